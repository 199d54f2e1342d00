import { call } from "./call";
import { pickOpenFile, type FileToken } from "./dialog";
import type { LogoPicture, NewOrganisation, Organisation } from "./types";

export const organisationList = () => call<Organisation[]>("organisation_list");

export const organisationCreate = (input: NewOrganisation) =>
  call<Organisation>("organisation_create", { input });

/** Edits an organisation; a new `parent_id` moves it (refused under itself or its own units). */
export const organisationUpdate = (id: string, input: NewOrganisation) =>
  call<Organisation>("organisation_update", { id, input });

/** The logo printed on an organisation's certificates (`org`: id or short code), or null. */
export const organisationLogo = (org: string) =>
  call<LogoPicture | null>("organisation_logo", { org });

/**
 * Sets the logo from a PNG, JPEG or SVG file of at most 1 MiB, picked with `pickLogoFile`
 * (refused with the file named).
 */
export const organisationLogoSet = (org: string, file: FileToken) =>
  call<LogoPicture>("organisation_logo_set", { org, path: file });

/** Removes the logo; false if there was none. */
export const organisationLogoClear = (org: string) =>
  call<boolean>("organisation_logo_clear", { org });

/** The open dialog for a logo picture; null if cancelled. */
export const pickLogoFile = (title: string, filterName: string) =>
  pickOpenFile(title, filterName, ["png", "jpg", "jpeg", "svg"]);
