import type { ApiError } from "$lib/api/error";
import { placeFieldError, type FieldErrors } from "$lib/api/fieldError";
import type { NewOrganisation, Organisation, OrgKind } from "$lib/api/types";

export const ORG_KINDS: readonly OrgKind[] = [
  "agency",
  "service_centre",
  "ministry",
  "partner",
  "unit",
  "other",
];

export const ORG_FIELDS = ["name", "short_code", "country", "kind", "parent"] as const;
export type OrgField = (typeof ORG_FIELDS)[number];

export type OrgFormValues = {
  name: string;
  short_code: string;
  country: string;
  kind: OrgKind;
  parent: string;
};

export type OrgFieldErrors = FieldErrors<OrgField>;

export function emptyOrgForm(): OrgFormValues {
  return { name: "", short_code: "", country: "UZ", kind: "agency", parent: "" };
}

/** The form filled with an organisation's stored values, to edit it. */
export function orgToForm(o: Organisation): OrgFormValues {
  return {
    name: o.name,
    short_code: o.short_code ?? "",
    country: o.country,
    kind: o.kind,
    parent: o.parent_id ?? "",
  };
}

/** Client checks mirroring the API's (core NewOrganisation::validated); the server decides. */
export function checkOrgForm(v: OrgFormValues): OrgFieldErrors {
  const errors: OrgFieldErrors = {};
  if (v.name.trim() === "") errors.name = { key: "validation.required" };
  if (!/^[A-Za-z]{2}$/.test(v.country.trim())) errors.country = { key: "validation.country" };
  const code = v.short_code.trim();
  if (code !== "" && !/^[A-Za-z0-9-]{1,12}$/.test(code))
    errors.short_code = { key: "validation.shortCode" };
  return errors;
}

export function orgFormToInput(v: OrgFormValues): NewOrganisation {
  return {
    name: v.name.trim(),
    short_code: v.short_code.trim() === "" ? null : v.short_code.trim(),
    country: v.country.trim().toUpperCase(),
    kind: v.kind,
    parent_id: v.parent === "" ? null : v.parent,
  };
}

export function orgFieldErrorFromApi(e: ApiError) {
  return placeFieldError(e, ORG_FIELDS, { parent_id: "parent" });
}
