import type { ApiError } from "$lib/api/error";
import type { Activity, ActivityKind, NewActivity, Programme } from "$lib/api/types";
import { placeFieldError, type FieldError, type FieldErrors } from "$lib/api/fieldError";
import { isHours, isSeats, numberToText, parseNumber } from "./numbers";
import type { CreateStatus } from "./words";

/** The activity form's fields, named as the API names them in `ApiError.field`. */
export const ACTIVITY_FIELDS = [
  "kind",
  "title",
  "programme",
  "starts_on",
  "ends_on",
  "host",
  "partner",
  "venue",
  "capacity",
  "language",
  "planned_hours",
  "description",
  "status",
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export type ActivityErrors = FieldErrors<ActivityField>;

/** What the inputs hold: text as typed ("" for empty), the partners as a list of ids. */
export type ActivityFormValues = {
  kind: ActivityKind;
  title: string;
  programme: string;
  starts_on: string;
  ends_on: string;
  host: string;
  partners: string[];
  venue: string;
  capacity: string;
  language: string;
  planned_hours: string;
  description: string;
  /** Only sent when creating; an existing activity moves through its lifecycle instead. */
  status: CreateStatus;
};

export function emptyActivityForm(language: string, host = ""): ActivityFormValues {
  return {
    kind: "training",
    title: "",
    programme: "",
    starts_on: "",
    ends_on: "",
    host,
    partners: [],
    venue: "",
    capacity: "",
    language,
    planned_hours: "",
    description: "",
    status: "planned",
  };
}

export function activityToForm(a: Activity): ActivityFormValues {
  return {
    kind: a.kind,
    title: a.title,
    programme: a.programme_id ?? "",
    starts_on: a.starts_on,
    ends_on: a.ends_on,
    host: a.host_org_id,
    partners: [...a.partner_org_ids],
    venue: a.venue_id ?? "",
    capacity: numberToText(a.capacity),
    language: a.language,
    planned_hours: numberToText(a.planned_hours),
    description: a.description ?? "",
    status: a.status === "draft" ? "draft" : "planned",
  };
}

/** What a programme puts into an activity's fields. */
function fromProgramme(p: Programme) {
  return {
    title: p.title,
    planned_hours: numberToText(p.planned_hours),
    description: p.objectives ?? "",
    language: p.language,
  };
}

/**
 * The form after choosing programme `next` (null: none) instead of `previous`. The title, hours,
 * description and language are carried over from the programme where they are empty or still
 * hold what the previous programme put there, so nothing the officer typed is lost.
 */
export function applyProgramme(
  v: ActivityFormValues,
  next: Programme | null,
  previous: Programme | null = null,
): ActivityFormValues {
  const out = { ...v, partners: [...v.partners], programme: next?.id ?? "" };
  if (!next) return out;
  const was = previous ? fromProgramme(previous) : null;
  const now = fromProgramme(next);
  for (const f of ["title", "planned_hours", "description"] as const) {
    if (out[f].trim() === "" || (was && out[f] === was[f])) out[f] = now[f];
  }
  if (!was || out.language === was.language) out.language = now.language;
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks made before saving so obvious slips show at once; the server checks everything again.
 * The title may stay empty when a programme is chosen: the server takes the programme's.
 */
export function checkActivityForm(v: ActivityFormValues): ActivityErrors {
  const errors: ActivityErrors = {};
  if (v.title.trim() === "" && v.programme === "") errors.title = { key: "validation.required" };
  for (const f of ["starts_on", "ends_on"] as const) {
    const d = v[f].trim();
    if (d === "") errors[f] = { key: "validation.required" };
    else if (!DATE.test(d)) errors[f] = { key: "validation.date" };
  }
  if (!errors.starts_on && !errors.ends_on && v.ends_on.trim() < v.starts_on.trim()) {
    errors.ends_on = { key: "activityForm.endsBeforeStarts" };
  }
  if (v.host === "") errors.host = { key: "validation.required" };
  else if (v.partners.includes(v.host)) errors.partner = { key: "activityForm.hostIsPartner" };
  if (v.language.trim() === "") errors.language = { key: "validation.required" };
  const capacity = parseNumber(v.capacity);
  if (capacity !== null && !isSeats(capacity)) errors.capacity = { key: "activityForm.seats" };
  const hours = parseNumber(v.planned_hours);
  if (hours !== null && !isHours(hours)) errors.planned_hours = { key: "catalogue.hoursFormat" };
  return errors;
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

/**
 * The input for `activityCreate` (with its starting status) or `activityUpdate` (without: the
 * status changes through the lifecycle). Empty optional fields become null; call after
 * `checkActivityForm` passed.
 */
export function formToNewActivity(v: ActivityFormValues, mode: "create" | "edit"): NewActivity {
  const input: NewActivity = {
    kind: v.kind,
    title: v.title.trim(),
    programme_id: orNull(v.programme),
    starts_on: v.starts_on.trim(),
    ends_on: v.ends_on.trim(),
    host_org_id: v.host,
    partner_org_ids: [...new Set(v.partners)].filter((p) => p !== "" && p !== v.host),
    venue_id: orNull(v.venue),
    capacity: parseNumber(v.capacity),
    language: v.language,
    planned_hours: parseNumber(v.planned_hours),
    description: orNull(v.description),
  };
  if (mode === "create") input.status = v.status;
  return input;
}

// Names the API may use for a field that the form shows under another name.
const ALIASES: Partial<Record<string, ActivityField>> = {
  host_org_id: "host",
  partner_org_ids: "partner",
  partners: "partner",
  venue_id: "venue",
  programme_id: "programme",
};

/** Places a server error beside its activity-form field, or null if it is about the whole form. */
export function activityErrorFromApi(
  e: ApiError,
): { field: ActivityField; error: FieldError } | null {
  return placeFieldError(e, ACTIVITY_FIELDS, ALIASES);
}
