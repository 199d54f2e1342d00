import type { SessionPlan } from "$lib/api/types";
import { isDate, isoWeekday, normaliseTime, weeksToUntil } from "./dates";

/** At most this many weeks may be typed for "for N weeks" (ten years). */
export const MAX_WEEKS = 520;

/** What the "Add sessions" form holds, as typed. */
export type PlanForm = {
  /** The first day, "YYYY-MM-DD". */
  date: string;
  /** "HH:MM" from a time input (seconds, if any, are dropped). */
  start: string;
  end: string;
  /** "" = no venue; then `zone` says which clock the times are on. */
  venueId: string;
  zone: string;
  trainerIds: string[];
  title: string;
  repeat: boolean;
  /** ISO weekdays 1 = Mon … 7 = Sun; null until the user picks: the first day's weekday. */
  weekdays: number[] | null;
  /** "Until" date; used unless `weeks` is given. */
  until: string;
  /** "For N weeks"; empty (null) when the until date is used instead. */
  weeks: number | null;
  skip: string[];
};

/** Why the form does not make a plan yet; each has a message `activity.problem.<name>`. */
export type PlanProblem =
  "date" | "start" | "end" | "order" | "zone" | "weekdays" | "until" | "untilBefore" | "weeks";

export type BuiltPlan = { ok: true; plan: SessionPlan } | { ok: false; problem: PlanProblem };

export function emptyForm(overrides: Partial<PlanForm> = {}): PlanForm {
  return {
    date: "",
    start: "",
    end: "",
    venueId: "",
    zone: "",
    trainerIds: [],
    title: "",
    repeat: false,
    weekdays: null,
    until: "",
    weeks: null,
    skip: [],
    ...overrides,
  };
}

/** The weekdays the plan repeats on: the picked ones, or by default the first day's. */
export function effectiveWeekdays(form: Pick<PlanForm, "date" | "weekdays">): number[] {
  if (form.weekdays) return [...new Set(form.weekdays)].sort((a, b) => a - b);
  const day = isoWeekday(form.date);
  return day ? [day] : [];
}

/** Ticks or unticks one weekday, starting from what is shown (the default until first picked). */
export function toggleWeekday(form: Pick<PlanForm, "date" | "weekdays">, day: number): number[] {
  const now = effectiveWeekdays(form);
  return now.includes(day) ? now.filter((d) => d !== day) : [...now, day].sort((a, b) => a - b);
}

/** Whether "for N weeks" is filled in (then it wins over the until date). */
export function usesWeeks(form: Pick<PlanForm, "weeks">): boolean {
  return form.weeks !== null && String(form.weeks).trim() !== "";
}

/** The last day of the repetition: from "for N weeks" when given, else the until date. */
export function effectiveUntil(form: Pick<PlanForm, "date" | "until" | "weeks">): string | null {
  if (usesWeeks(form)) {
    const weeks = Number(form.weeks);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) return null;
    return weeksToUntil(form.date, weeks);
  }
  return isDate(form.until) ? form.until : null;
}

/** The skip list with one more date, sorted and without repeats. */
export function withSkip(skip: string[], date: string): string[] {
  if (!isDate(date)) return skip;
  return [...new Set([...skip, date])].sort();
}

export function withoutSkip(skip: string[], date: string): string[] {
  return skip.filter((d) => d !== date);
}

/**
 * The SessionPlan the form describes (times on the first day; the venue's zone, or the typed zone
 * when there is no venue), or the first thing that stops it.
 */
export function buildPlan(activityId: string, form: PlanForm): BuiltPlan {
  if (!isDate(form.date)) return { ok: false, problem: "date" };
  const start = normaliseTime(form.start);
  if (!start) return { ok: false, problem: "start" };
  const end = normaliseTime(form.end);
  if (!end) return { ok: false, problem: "end" };
  if (end <= start) return { ok: false, problem: "order" };
  const zone = form.zone.trim();
  if (!form.venueId && !zone) return { ok: false, problem: "zone" };

  let repeat: SessionPlan["repeat"] = null;
  if (form.repeat) {
    const weekdays = effectiveWeekdays(form);
    if (weekdays.length === 0) return { ok: false, problem: "weekdays" };
    const until = effectiveUntil(form);
    if (!until) return { ok: false, problem: usesWeeks(form) ? "weeks" : "until" };
    if (until < form.date) return { ok: false, problem: "untilBefore" };
    const skip = [...new Set(form.skip.filter(isDate))].sort();
    repeat = { weekdays, until, skip };
  }

  const title = form.title.trim();
  return {
    ok: true,
    plan: {
      activity_id: activityId,
      title: title || null,
      starts_local: `${form.date}T${start}`,
      ends_local: `${form.date}T${end}`,
      time_zone: form.venueId ? null : zone,
      venue_id: form.venueId || null,
      trainer_ids: [...new Set(form.trainerIds)].sort(),
      repeat,
    },
  };
}

/** A plan as one string, to tell whether a check's answer still belongs to the form. */
export function planKey(plan: SessionPlan): string {
  return JSON.stringify(plan);
}
