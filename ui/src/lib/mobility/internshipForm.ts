// The internship form (a new placement on the Mobility page, a placement's plan on its page):
// the intern, the host, the dates and hours, the host units, the mentor and the learning
// objectives, as typed, checked and sent.
import type { ApiError } from "$lib/api/error";
import type { FieldError, FieldErrors } from "$lib/api/fieldError";
import type {
  Internship,
  InternshipStatus,
  NewHostUnit,
  NewInternship,
  NewMentor,
} from "$lib/api/types";
import { isIsoDate, shiftDays } from "$lib/i18n/dateInput";
import type { PickedPerson } from "$lib/settings/trainerForm";
import { itemField } from "./nested";

/** The form's fields, named as their test ids (`internship-field-<name>`) name them. */
export const INTERNSHIP_FIELDS = [
  "intern",
  "host_org",
  "title",
  "planned_start",
  "planned_end",
  "actual_start",
  "actual_end",
  "hours_per_week",
  "units",
  "mentor_person",
  "mentor_name",
  "mentor_position",
  "mentor_email",
  "objectives",
  "reason",
] as const;
export type InternshipField = (typeof INTERNSHIP_FIELDS)[number];

export const UNIT_FIELDS = ["name", "starts_on", "ends_on"] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

/** Most host units and objectives a placement takes (as `model/internship.rs` has it). */
export const MAX_UNITS = 6;
export const MAX_OBJECTIVES = 20;
/** The hours a week a placement may take. */
export const HOURS_MIN = 1;
export const HOURS_MAX = 60;

/** A mentor from the register (named by it) or from outside it (named here). */
export type MentorKind = "register" | "outsider";
export const MENTOR_KINDS: readonly MentorKind[] = ["register", "outsider"];

export type UnitValues = { name: string; starts_on: string; ends_on: string };

/** What the inputs hold: text as typed, "" for empty. */
export type InternshipFormValues = {
  intern: PickedPerson | null;
  host_org: string;
  /** Left empty, the server makes it from the intern and the host. */
  title: string;
  planned_start: string;
  planned_end: string;
  actual_start: string;
  actual_end: string;
  hours_per_week: string;
  units: UnitValues[];
  mentor_kind: MentorKind;
  mentor_person: PickedPerson | null;
  mentor_name: string;
  mentor_position: string;
  mentor_email: string;
  /** One line each. */
  objectives: string[];
  /** Why the plan changes (asked once the placement is agreed). */
  reason: string;
};

/** The problems found: the form's fields, each unit's and each objective's by position from 0. */
export type InternshipErrors = {
  fields: FieldErrors<InternshipField>;
  units: Record<number, FieldErrors<UnitField>>;
  objectives: Record<number, FieldError>;
};

export const noInternshipErrors = (): InternshipErrors => ({
  fields: {},
  units: {},
  objectives: {},
});

export function hasInternshipErrors(e: InternshipErrors): boolean {
  return (
    Object.keys(e.fields).length > 0 ||
    Object.keys(e.units).length > 0 ||
    Object.keys(e.objectives).length > 0
  );
}

export const emptyUnit = (): UnitValues => ({ name: "", starts_on: "", ends_on: "" });

export function emptyInternshipForm(): InternshipFormValues {
  return {
    intern: null,
    host_org: "",
    title: "",
    planned_start: "",
    planned_end: "",
    actual_start: "",
    actual_end: "",
    hours_per_week: "40",
    units: [],
    mentor_kind: "outsider",
    mentor_person: null,
    mentor_name: "",
    mentor_position: "",
    mentor_email: "",
    objectives: [""],
    reason: "",
  };
}

/** The form filled from a placement; `intern` is the intern's name as the page shows it. */
export function internshipToForm(i: Internship, intern: string): InternshipFormValues {
  const m = i.mentor;
  return {
    intern: { id: i.intern_id, name: intern },
    host_org: i.host_org_id,
    title: i.title,
    planned_start: i.planned_start,
    planned_end: i.planned_end,
    actual_start: i.actual_start ?? "",
    actual_end: i.actual_end ?? "",
    hours_per_week: String(i.hours_per_week),
    units: i.units.map((u) => ({ name: u.name, starts_on: u.starts_on, ends_on: u.ends_on })),
    mentor_kind: m?.person_id ? "register" : "outsider",
    mentor_person: m?.person_id ? { id: m.person_id, name: m.name } : null,
    mentor_name: m && !m.person_id ? m.name : "",
    mentor_position: m?.position ?? "",
    mentor_email: m?.email ?? "",
    objectives: i.objectives.length > 0 ? i.objectives.map((o) => o.text) : [""],
    reason: "",
  };
}

const blankUnit = (u: UnitValues) =>
  u.name.trim() === "" && u.starts_on.trim() === "" && u.ends_on.trim() === "";

/** The units that are sent: a row left entirely empty is dropped. */
export const keptUnits = (v: Pick<InternshipFormValues, "units">): UnitValues[] =>
  v.units.filter((u) => !blankUnit(u));

/** The objectives that are sent: blank lines are dropped (as the server drops them). */
export const keptObjectives = (v: Pick<InternshipFormValues, "objectives">): string[] =>
  v.objectives.filter((o) => o.trim() !== "");

/** Hours a week as typed ("37,5" or "37.5"), or null when it is not a number. */
export function parseHours(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * The placement's days as the form has them, as the server reckons them (see `placementSpan`),
 * or null while its dates are not valid days.
 */
export function formSpan(v: InternshipFormValues): { from: string; to: string } | null {
  const [ps, pe, as, ae] = [v.planned_start, v.planned_end, v.actual_start, v.actual_end].map((d) =>
    d.trim(),
  );
  if (!isIsoDate(ps) || !isIsoDate(pe)) return null;
  if (as !== "" && isIsoDate(as)) {
    if (ae !== "" && isIsoDate(ae)) return { from: as, to: ae };
    return { from: as, to: pe > as ? pe : as };
  }
  return { from: ps, to: pe };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks made before saving so obvious slips show at once; the server checks everything again.
 * Units and objectives are counted among those kept (so positions match the server's).
 * `amending` is the placement's status when its changes are amendments (a reason is then asked).
 */
export function checkInternshipForm(
  v: InternshipFormValues,
  amending: InternshipStatus | null = null,
): InternshipErrors {
  const errors = noInternshipErrors();
  const f = errors.fields;
  if (!v.intern) f.intern = { key: "trainers.pickPerson" };
  if (v.host_org === "") f.host_org = { key: "validation.required" };
  for (const d of ["planned_start", "planned_end", "actual_start", "actual_end"] as const) {
    const s = v[d].trim();
    if (s === "" && d.startsWith("planned")) f[d] = { key: "validation.required" };
    else if (s !== "" && !isIsoDate(s)) f[d] = { key: "validation.date" };
  }
  const ends = (start: "planned_start" | "actual_start", end: "planned_end" | "actual_end") => {
    const [s, e] = [v[start].trim(), v[end].trim()];
    if (!f[start] && !f[end] && s !== "" && e !== "" && e < s) {
      f[end] = { reason: { key: "ends_before_start", start: s } };
    }
  };
  ends("planned_start", "planned_end");
  ends("actual_start", "actual_end");
  if (v.actual_end.trim() !== "" && v.actual_start.trim() === "" && !f.actual_end) {
    f.actual_start = { key: "validation.required" };
  }
  const hours = parseHours(v.hours_per_week);
  if (hours === null || hours < HOURS_MIN || hours > HOURS_MAX) {
    f.hours_per_week = { key: "internship.form.hoursRange" };
  }

  const units = keptUnits(v);
  if (units.length > MAX_UNITS) f.units = { reason: { key: "too_many_at_once", max: MAX_UNITS } };
  const span = formSpan(v);
  let previousEnd: string | null = null;
  units.forEach((u, i) => {
    const row: FieldErrors<UnitField> = {};
    if (u.name.trim() === "") row.name = { key: "validation.required" };
    for (const d of ["starts_on", "ends_on"] as const) {
      const s = u[d].trim();
      if (s === "") row[d] = { key: "validation.required" };
      else if (!isIsoDate(s)) row[d] = { key: "validation.date" };
      else if (span && (s < span.from || s > span.to)) {
        row[d] = { reason: { key: "outside_placement_dates", when: s, ...span } };
      }
    }
    const [s, e] = [u.starts_on.trim(), u.ends_on.trim()];
    if (!row.starts_on && !row.ends_on && e < s) {
      row.ends_on = { reason: { key: "ends_before_start", start: s } };
    }
    if (!row.starts_on && previousEnd !== null && s <= previousEnd) {
      row.starts_on = { reason: { key: "ends_before_start", start: shiftDays(previousEnd, 1) } };
    }
    if (!row.ends_on && isIsoDate(e)) previousEnd = e;
    if (Object.keys(row).length > 0) errors.units[i] = row;
  });

  if (v.mentor_kind === "register") {
    const typed = v.mentor_position.trim() !== "" || v.mentor_email.trim() !== "";
    if (!v.mentor_person && typed) f.mentor_person = { key: "trainers.pickPerson" };
  } else {
    const typed = v.mentor_position.trim() !== "" || v.mentor_email.trim() !== "";
    if (v.mentor_name.trim() === "" && typed) f.mentor_name = { key: "validation.required" };
  }
  const email = v.mentor_email.trim();
  if (email !== "" && !EMAIL.test(email)) f.mentor_email = { key: "validation.email" };

  if (keptObjectives(v).length > MAX_OBJECTIVES) {
    f.objectives = { reason: { key: "too_many_at_once", max: MAX_OBJECTIVES } };
  }
  if (amending && v.reason.trim() === "") f.reason = { key: "internship.form.reasonRequired" };
  return errors;
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

/** The mentor as sent: a register person, a named outsider, or none yet. */
export function mentorOf(v: InternshipFormValues): NewMentor | null {
  const rest = { position: orNull(v.mentor_position), email: orNull(v.mentor_email) };
  if (v.mentor_kind === "register") {
    return v.mentor_person ? { person_id: v.mentor_person.id, name: null, ...rest } : null;
  }
  const name = orNull(v.mentor_name);
  return name ? { person_id: null, name, ...rest } : null;
}

/** The input for `internshipCreate`/`internshipUpdate`; call once the checks found nothing. */
export function formToNewInternship(v: InternshipFormValues): NewInternship {
  return {
    title: orNull(v.title),
    intern_id: v.intern?.id ?? "",
    host_org_id: v.host_org,
    units: keptUnits(v).map((u): NewHostUnit => ({
      name: u.name.trim(),
      starts_on: u.starts_on.trim(),
      ends_on: u.ends_on.trim(),
    })),
    mentor: mentorOf(v),
    planned_start: v.planned_start.trim(),
    planned_end: v.planned_end.trim(),
    actual_start: orNull(v.actual_start),
    actual_end: orNull(v.actual_end),
    hours_per_week: parseHours(v.hours_per_week) ?? 0,
    objectives: keptObjectives(v).map((o) => o.trim()),
  };
}

// Names the API uses for a field the form shows under another name.
const ALIASES: Partial<Record<string, InternshipField>> = {
  intern_id: "intern",
  host_org_id: "host_org",
  "mentor.person": "mentor_person",
  "mentor.person_id": "mentor_person",
  "mentor.name": "mentor_name",
  "mentor.position": "mentor_position",
  "mentor.email": "mentor_email",
};

/**
 * Places a server refusal beside its field, a unit's field (`units.2.starts_on`, counted from 1)
 * or an objective's line (`objectives.1.text`); null when it is about the whole form.
 */
export function placeInternshipError(e: ApiError): InternshipErrors | null {
  const errors = noInternshipErrors();
  const error: FieldError = { reason: e.reason };
  const name = e.field ?? "";
  const field = (INTERNSHIP_FIELDS as readonly string[]).includes(name)
    ? (name as InternshipField)
    : ALIASES[name];
  if (field) {
    errors.fields[field] = error;
    return errors;
  }
  const at = itemField(e.field);
  if (at?.list === "units" && (UNIT_FIELDS as readonly string[]).includes(at.field)) {
    errors.units[at.n - 1] = { [at.field]: error };
    return errors;
  }
  if (at?.list === "objectives") {
    errors.objectives[at.n - 1] = error;
    return errors;
  }
  return null;
}
