import type { ApiError } from "$lib/api/error";
import type { NewProgramme, Programme } from "$lib/api/types";
import { placeFieldError, type FieldError, type FieldErrors } from "$lib/api/fieldError";
import { isHours, numberToText, parseNumber } from "./numbers";

/** The programme form's fields, named as the API names them in `ApiError.field`. */
export const PROGRAMME_FIELDS = [
  "code",
  "title",
  "planned_hours",
  "language",
  "objectives",
] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];

/** What the inputs hold: always strings, "" for empty. */
export type ProgrammeFormValues = Record<ProgrammeField, string>;
export type ProgrammeErrors = FieldErrors<ProgrammeField>;

/** Up to 24 Latin letters, digits, '-', '_' or '.', as the server accepts a code. */
const CODE = /^[A-Za-z0-9._-]{1,24}$/;

export function emptyProgrammeForm(language: string): ProgrammeFormValues {
  return { code: "", title: "", planned_hours: "", language, objectives: "" };
}

export function programmeToForm(p: Programme): ProgrammeFormValues {
  return {
    code: p.code,
    title: p.title,
    planned_hours: numberToText(p.planned_hours),
    language: p.language,
    objectives: p.objectives ?? "",
  };
}

/**
 * Checks made before saving so obvious slips show at once; the server checks everything again.
 */
export function checkProgrammeForm(v: ProgrammeFormValues): ProgrammeErrors {
  const errors: ProgrammeErrors = {};
  const code = v.code.trim();
  if (code === "") errors.code = { key: "validation.required" };
  else if (!CODE.test(code)) errors.code = { key: "catalogue.codeFormat" };
  if (v.title.trim() === "") errors.title = { key: "validation.required" };
  const hours = parseNumber(v.planned_hours);
  if (hours === null) errors.planned_hours = { key: "validation.required" };
  else if (!isHours(hours)) errors.planned_hours = { key: "catalogue.hoursFormat" };
  if (v.language.trim() === "") errors.language = { key: "validation.required" };
  return errors;
}

/** The input for `programmeCreate`/`programmeUpdate`; call after `checkProgrammeForm` passed. */
export function formToNewProgramme(v: ProgrammeFormValues): NewProgramme {
  const objectives = v.objectives.trim();
  return {
    code: v.code.trim().toUpperCase(),
    title: v.title.trim(),
    planned_hours: parseNumber(v.planned_hours) ?? 0,
    language: v.language,
    objectives: objectives === "" ? null : objectives,
  };
}

/**
 * Places a server error beside its field: an invalid value where the API names it, a code that
 * another programme already uses under the code. Null when the error is about the whole form.
 */
export function programmeErrorFromApi(
  e: ApiError,
): { field: ProgrammeField; error: FieldError } | null {
  if (e.code === "duplicate" && e.field === "code") {
    return { field: "code", error: { key: "catalogue.codeTaken" } };
  }
  return placeFieldError(e, PROGRAMME_FIELDS);
}

/** Programmes in catalogue order: by code. */
export function sortProgrammes(list: readonly Programme[]): Programme[] {
  return [...list].sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
}

/**
 * The list after saving or archiving `p`: replaced (or added) in code order, and dropped when it
 * is archived while archived ones are hidden.
 */
export function withProgramme(
  list: readonly Programme[],
  p: Programme,
  showArchived: boolean,
): Programme[] {
  const rest = list.filter((x) => x.id !== p.id);
  return sortProgrammes(p.archived && !showArchived ? rest : [...rest, p]);
}
