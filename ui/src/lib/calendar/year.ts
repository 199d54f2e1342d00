// The year view's timeline: months as columns sized by their days, one bar per activity.
import type { Activity, ActivityFilter } from "$lib/api/types";
import { daysBetween, daysInMonth, type Day } from "./days";
import { packLanes } from "./lanes";

export type MonthColumn = {
  /** 1–12. */
  month: number;
  /** The 1st of the month. */
  first: Day;
  /** Percent of the year's width from its left edge, and its width. */
  left: number;
  width: number;
};

export function daysInYear(year: number): number {
  return daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
}

/** The twelve month columns of a year. */
export function monthColumns(year: number): MonthColumn[] {
  const total = daysInYear(year);
  let before = 0;
  return Array.from({ length: 12 }, (_, i) => {
    const days = daysInMonth(year, i + 1);
    const col = {
      month: i + 1,
      first: `${year}-${String(i + 1).padStart(2, "0")}-01`,
      left: (before / total) * 100,
      width: (days / total) * 100,
    };
    before += days;
    return col;
  });
}

export type Bar = {
  activity: Activity;
  /** Percent of the year's width. */
  left: number;
  width: number;
  /** The row the bar is drawn in; bars in one lane never overlap. */
  lane: number;
  /** Whether the activity goes on before 1 January or after 31 December. */
  clippedStart: boolean;
  clippedEnd: boolean;
};

/**
 * A bar per activity overlapping the year, spanning its days (both ends inclusive, clipped to
 * the year), packed into as few lanes as possible: each bar takes the first lane free by then.
 */
export function yearBars(activities: Activity[], year: number): Bar[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const total = daysInYear(year);
  const inYear = activities
    .filter((a) => a.starts_on <= last && a.ends_on >= first)
    .map((a) => {
      const from = a.starts_on < first ? first : a.starts_on;
      const to = a.ends_on > last ? last : a.ends_on < from ? from : a.ends_on;
      return { a, start: daysBetween(first, from), end: daysBetween(first, to) + 1 };
    })
    .sort((x, y) => x.start - y.start || y.end - x.end || x.a.title.localeCompare(y.a.title));
  const lanes = packLanes(inYear);
  return inYear.map(({ a, start, end }, i) => ({
    activity: a,
    left: (start / total) * 100,
    width: ((end - start) / total) * 100,
    lane: lanes[i],
    clippedStart: a.starts_on < first,
    clippedEnd: a.ends_on > last,
  }));
}

/** The activity list's filter for a year: activities overlapping it (both bounds inclusive). */
export function yearFilter(
  year: number,
  f: {
    organisation_id: string | null;
    trainer_id: string | null;
    venue_id: string | null;
    kind: ActivityFilter["kind"];
  },
  limit: number,
): ActivityFilter {
  return { from: `${year}-01-01`, to: `${year}-12-31`, ...f, limit };
}
