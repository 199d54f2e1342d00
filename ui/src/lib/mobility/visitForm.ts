// The visit form (a new visit on the Mobility page, a visit's details on its page): what is
// typed, checked and sent.
import type { ApiError } from "$lib/api/error";
import { placeFieldError, type FieldError, type FieldErrors } from "$lib/api/fieldError";
import type { NewVisit, Organisation, Visit, VisitDirection, VisitStatus } from "$lib/api/types";
import type { Locale } from "$lib/i18n/types";
import { zoneName } from "$lib/settings/venueForm";
import { defaultZones, zoneOfOrg } from "./zones";

/** The form's fields in the order shown, named as `ApiError.field` names them. */
export const VISIT_FIELDS = [
  "title",
  "sending_org",
  "host_org",
  "direction",
  "host_city",
  "purpose",
  "agreement_ref",
  "host_time_zone",
  "home_time_zone",
  "planned_start",
  "planned_end",
  "actual_start",
  "actual_end",
  "reason",
] as const;
export type VisitField = (typeof VISIT_FIELDS)[number];
export type VisitErrors = FieldErrors<VisitField>;

/** What the inputs hold: text as typed, "" for empty; `direction` "" lets the server decide. */
export type VisitFormValues = {
  title: string;
  sending_org: string;
  host_org: string;
  direction: VisitDirection | "";
  host_city: string;
  purpose: string;
  agreement_ref: string;
  host_time_zone: string;
  home_time_zone: string;
  planned_start: string;
  planned_end: string;
  actual_start: string;
  actual_end: string;
  /** Why the details change (asked once the visit is confirmed). */
  reason: string;
};

/** A new visit: the clocks by the desk's country until the organisations are chosen. */
export function emptyVisitForm(locale: Locale): VisitFormValues {
  const zones = defaultZones(locale);
  return {
    title: "",
    sending_org: "",
    host_org: "",
    direction: "",
    host_city: "",
    purpose: "",
    agreement_ref: "",
    host_time_zone: zones.host,
    home_time_zone: zones.home,
    planned_start: "",
    planned_end: "",
    actual_start: "",
    actual_end: "",
    reason: "",
  };
}

export function visitToForm(v: Visit): VisitFormValues {
  return {
    title: v.title,
    sending_org: v.sending_org_id,
    host_org: v.host_org_id,
    direction: v.direction,
    host_city: v.host_city ?? "",
    purpose: v.purpose ?? "",
    agreement_ref: v.agreement_ref ?? "",
    host_time_zone: v.host_time_zone,
    home_time_zone: v.home_time_zone,
    planned_start: v.planned_start,
    planned_end: v.planned_end,
    actual_start: v.actual_start ?? "",
    actual_end: v.actual_end ?? "",
    reason: "",
  };
}

/** Which clock each side of the visit keeps: the sender's is home, the host's the host's. */
const CLOCK_OF = { sending_org: "home_time_zone", host_org: "host_time_zone" } as const;

/**
 * The form after `side` was chosen: its clock follows the organisation's country (AZ → Baku,
 * UZ → Tashkent, …) unless the officer typed a zone of their own (`typed`).
 */
export function followOrg(
  v: VisitFormValues,
  orgs: readonly Organisation[],
  side: keyof typeof CLOCK_OF,
  typed: boolean,
): VisitFormValues {
  const zone = typed ? null : zoneOfOrg(orgs, v[side]);
  return zone ? { ...v, [CLOCK_OF[side]]: zone } : v;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks made before saving so obvious slips show at once; the server checks everything again.
 * `amending` is the visit's status when its changes are amendments (a reason is then asked).
 */
export function checkVisitForm(
  v: VisitFormValues,
  amending: VisitStatus | null = null,
): VisitErrors {
  const errors: VisitErrors = {};
  if (v.title.trim() === "") errors.title = { key: "validation.required" };
  if (v.sending_org === "") errors.sending_org = { key: "validation.required" };
  if (v.host_org === "") errors.host_org = { key: "validation.required" };
  else if (v.host_org === v.sending_org) errors.host_org = { key: "visit.form.sameSides" };
  for (const f of ["host_time_zone", "home_time_zone"] as const) {
    if (v[f].trim() === "") errors[f] = { key: "validation.required" };
    else if (!zoneName(v[f])) errors[f] = { key: "venues.zoneUnknown" };
  }
  for (const f of ["planned_start", "planned_end", "actual_start", "actual_end"] as const) {
    const d = v[f].trim();
    if (d === "" && f.startsWith("planned")) errors[f] = { key: "validation.required" };
    else if (d !== "" && !DATE.test(d)) errors[f] = { key: "validation.date" };
  }
  const ends = (start: "planned_start" | "actual_start", end: "planned_end" | "actual_end") => {
    const [s, e] = [v[start].trim(), v[end].trim()];
    if (!errors[start] && !errors[end] && s !== "" && e !== "" && e < s) {
      errors[end] = { reason: { key: "ends_before_start", start: s } };
    }
  };
  ends("planned_start", "planned_end");
  ends("actual_start", "actual_end");
  if (v.actual_end.trim() !== "" && v.actual_start.trim() === "" && !errors.actual_end) {
    errors.actual_start = { key: "validation.required" };
  }
  if (amending && v.reason.trim() === "") {
    errors.reason = { reason: { key: "amendment_reason_required", status: amending } };
  }
  return errors;
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

/** The input for `visitCreate`/`visitUpdate`; call once `checkVisitForm` found nothing. */
export function formToNewVisit(v: VisitFormValues): NewVisit {
  return {
    title: v.title.trim(),
    direction: v.direction === "" ? null : v.direction,
    purpose: orNull(v.purpose),
    agreement_ref: orNull(v.agreement_ref),
    sending_org_id: v.sending_org,
    host_org_id: v.host_org,
    host_city: orNull(v.host_city),
    host_time_zone: zoneName(v.host_time_zone) ?? v.host_time_zone.trim(),
    home_time_zone: zoneName(v.home_time_zone) ?? v.home_time_zone.trim(),
    planned_start: v.planned_start.trim(),
    planned_end: v.planned_end.trim(),
    actual_start: orNull(v.actual_start),
    actual_end: orNull(v.actual_end),
  };
}

/**
 * Whether saving `v` over `before` changes something the server keeps as an amendment (and asks
 * a reason for once the visit is agreed): anything but recording a first actual date, a fact
 * rather than a change of plan, or leaving the direction to the server.
 */
export function detailsChangeIsAmendment(before: Visit, v: VisitFormValues): boolean {
  const was = formToNewVisit(visitToForm(before));
  const now = formToNewVisit(v);
  return (Object.keys(was) as (keyof NewVisit)[]).some((k) => {
    if (k === "direction" && now.direction === null) return false;
    if ((k === "actual_start" || k === "actual_end") && was[k] === null) return false;
    return (was[k] ?? null) !== (now[k] ?? null);
  });
}

/** The reason sent with an edit: null when none was typed. */
export const reasonOf = (v: { reason: string }): string | null => orNull(v.reason);

// Names the API may use for a field the form shows under another name.
const ALIASES: Partial<Record<string, VisitField>> = {
  sending_org_id: "sending_org",
  host_org_id: "host_org",
};

/**
 * Places a server error beside one of the fields `shown`, or null when it is about the whole
 * form (or a field not shown).
 */
export function placeVisitError(
  e: ApiError,
  shown: readonly VisitField[] = VISIT_FIELDS,
): { field: VisitField; error: FieldError } | null {
  return placeFieldError(e, shown, ALIASES);
}
