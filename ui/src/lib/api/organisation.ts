import { call } from "./call";
import type { NewOrganisation, Organisation } from "./types";

export const organisationList = () => call<Organisation[]>("organisation_list");

export const organisationCreate = (input: NewOrganisation) =>
  call<Organisation>("organisation_create", { input });
