// A placement's calendar: its weeks for the weekly log, and its working days (Monday to Friday)
// for attendance, laid out as a grid of weeks. Days are ISO "YYYY-MM-DD" strings throughout.
import type { NewPlacementDay, PlacementDay, PlacementDayStatus, WeekLog } from "$lib/api/types";
import { shiftDays, weekStart } from "$lib/i18n/dateInput";
import { DAY_STATUSES } from "./internshipWords";

export type Span = { from: string; to: string };

/** One week of the log: its Monday, the placement's days in it, and what was written. */
export type WeekRow = {
  /** The Monday the week is kept under. */
  week_of: string;
  /** The first and last day of the placement in this week. */
  from: string;
  to: string;
  log: WeekLog | null;
};

/** The Mondays of the weeks the placement touches, from its first week to its last. */
export function placementMondays(span: Span): string[] {
  if (span.to < span.from) return [];
  const out: string[] = [];
  for (let monday = weekStart(span.from); monday <= span.to; monday = shiftDays(monday, 7)) {
    out.push(monday);
  }
  return out;
}

/**
 * One row per week of the placement, each with its log when one was written (matched by the
 * Monday the server keeps it under). Weeks logged outside the placement's days (after its dates
 * changed) are listed too, in their place, so nothing written is hidden.
 */
export function weekRows(span: Span, logs: readonly WeekLog[]): WeekRow[] {
  const byMonday = new Map(logs.map((l) => [weekStart(l.week_of), l]));
  const mondays = new Set(placementMondays(span));
  for (const monday of byMonday.keys()) mondays.add(monday);
  return [...mondays].sort().map((monday) => {
    const sunday = shiftDays(monday, 6);
    return {
      week_of: monday,
      from: monday < span.from && span.from <= sunday ? span.from : monday,
      to: sunday > span.to && span.to >= monday ? span.to : sunday,
      log: byMonday.get(monday) ?? null,
    };
  });
}

/** One working day in the attendance grid; `inSpan` false for a day before or after it. */
export type DayCell = {
  day: string;
  inSpan: boolean;
  status: PlacementDayStatus | null;
};

/** A week of the grid: Monday to Friday. */
export type DayWeek = { week_of: string; cells: DayCell[] };

/** The working days of the placement as weeks of five cells, each with its mark if any. */
export function dayGrid(span: Span, days: readonly PlacementDay[]): DayWeek[] {
  const marks = new Map(days.map((d) => [d.day, d.status]));
  return placementMondays(span).map((monday) => ({
    week_of: monday,
    cells: Array.from({ length: 5 }, (_, i) => {
      const day = shiftDays(monday, i);
      const inSpan = day >= span.from && day <= span.to;
      return { day, inSpan, status: inSpan ? (marks.get(day) ?? null) : null };
    }),
  }));
}

/** The mark a click gives: unmarked → present → absent → excused → present. */
export function nextDayStatus(status: PlacementDayStatus | null): PlacementDayStatus {
  if (status === null) return DAY_STATUSES[0];
  const i = DAY_STATUSES.indexOf(status);
  return DAY_STATUSES[(i + 1) % DAY_STATUSES.length];
}

/** "Mark all week present": every working day of the week within the placement. */
export function weekPresent(week: DayWeek): NewPlacementDay[] {
  return week.cells
    .filter((c) => c.inSpan)
    .map((c) => ({ day: c.day, status: "present" as const, note: null }));
}

/** How many of the placement's working days are marked, and how many are present. */
export function dayCounts(grid: readonly DayWeek[]): {
  days: number;
  marked: number;
  present: number;
} {
  const cells = grid.flatMap((w) => w.cells).filter((c) => c.inSpan);
  return {
    days: cells.length,
    marked: cells.filter((c) => c.status !== null).length,
    present: cells.filter((c) => c.status === "present").length,
  };
}
