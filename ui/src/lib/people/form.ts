import type { ApiError } from "$lib/api/error";
import {
  placeFieldError,
  type FieldError,
  type FieldErrors as FieldErrorsOf,
} from "$lib/api/fieldError";
import type { NewPerson, Person } from "$lib/api/types";

/** The form's fields, named as the API names them in `ApiError.field`. */
export const PERSON_FIELDS = [
  "family_name",
  "given_name",
  "patronymic",
  "family_name_alt",
  "given_name_alt",
  "patronymic_alt",
  "organisation",
  "unit",
  "personnel_number",
  "position",
  "email",
  "phone",
  "birth_date",
  "hired_on",
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** The date fields, checked alike: ISO "YYYY-MM-DD" (as a DateField gives a date) or empty. */
const DATE_FIELDS = ["birth_date", "hired_on"] as const satisfies readonly PersonField[];

/** What the inputs hold: always strings, "" for empty. */
export type PersonFormValues = Record<PersonField, string>;

export type { FieldError } from "$lib/api/fieldError";
export type FieldErrors = FieldErrorsOf<PersonField>;

export function emptyPersonForm(organisation = ""): PersonFormValues {
  const values = Object.fromEntries(PERSON_FIELDS.map((f) => [f, ""])) as PersonFormValues;
  values.organisation = organisation;
  return values;
}

export function personToForm(p: Person): PersonFormValues {
  return {
    family_name: p.family_name,
    given_name: p.given_name,
    patronymic: p.patronymic ?? "",
    family_name_alt: p.family_name_alt ?? "",
    given_name_alt: p.given_name_alt ?? "",
    patronymic_alt: p.patronymic_alt ?? "",
    organisation: p.organisation_id,
    unit: p.unit_id ?? "",
    personnel_number: p.personnel_number ?? "",
    position: p.position ?? "",
    email: p.email ?? "",
    phone: p.phone ?? "",
    birth_date: p.birth_date ?? "",
    hired_on: p.hired_on ?? "",
  };
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

export function formToNewPerson(v: PersonFormValues): NewPerson {
  return {
    family_name: v.family_name.trim(),
    given_name: v.given_name.trim(),
    patronymic: orNull(v.patronymic),
    family_name_alt: orNull(v.family_name_alt),
    given_name_alt: orNull(v.given_name_alt),
    patronymic_alt: orNull(v.patronymic_alt),
    organisation_id: v.organisation,
    unit_id: orNull(v.unit),
    personnel_number: orNull(v.personnel_number),
    position: orNull(v.position),
    email: orNull(v.email),
    phone: orNull(v.phone),
    birth_date: orNull(v.birth_date),
    hired_on: orNull(v.hired_on),
  };
}

/**
 * Checks made before saving so obvious slips show at once. The server checks everything again
 * and is the authority; these only catch what is certain to fail.
 */
export function checkPersonForm(v: PersonFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of ["family_name", "given_name", "organisation"] as const) {
    if (v[f].trim() === "") errors[f] = { key: "validation.required" };
  }
  for (const f of DATE_FIELDS) {
    const date = v[f].trim();
    if (date !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(date)) errors[f] = { key: "validation.date" };
  }
  const email = v.email.trim();
  if (email !== "" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.email = { key: "validation.email" };
  return errors;
}

// Names the API may use for a field that the form shows under another name.
const FIELD_ALIASES: Partial<Record<string, PersonField>> = {
  organisation_id: "organisation",
  unit_id: "unit",
  reference: "organisation",
};

/** Places a server error beside its person-form field, or null if it is about the whole form. */
export function fieldErrorFromApi(e: ApiError): { field: PersonField; error: FieldError } | null {
  return placeFieldError(e, PERSON_FIELDS, FIELD_ALIASES);
}
