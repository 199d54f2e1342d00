// The training hours table's logic: which columns a grouping shows, the share attended, the
// totals row and sorting by a column.
import type { HoursRow, ReportGrouping } from "$lib/api/types";

export type HoursColumn =
  | "name"
  | "personnel_number"
  | "unit"
  | "position"
  | "people"
  | "sessions"
  | "hours"
  | "planned_hours"
  | "share";

const FIGURES = ["sessions", "hours", "planned_hours", "share"] as const satisfies HoursColumn[];

/** The columns in the order shown: a person is named by number, unit and position; a group counts its people. */
export function hoursColumns(group: ReportGrouping): readonly HoursColumn[] {
  return group === "person"
    ? ["name", "personnel_number", "unit", "position", ...FIGURES]
    : ["name", "people", ...FIGURES];
}

export function isFigure(column: HoursColumn): boolean {
  return column === "people" || (FIGURES as readonly HoursColumn[]).includes(column);
}

/** Hours attended out of hours planned (0.75 for 75 %); null when nothing was planned. */
export function shareOf(r: Pick<HoursRow, "hours" | "planned_hours">): number | null {
  return r.planned_hours > 0 ? r.hours / r.planned_hours : null;
}

// Each person falls in exactly one row of these groupings (a person's unit, or their
// organisation when they have none), so the rows' people add up; by programme, month or year
// one person counts in several rows and a sum would count them again.
const ONE_ROW_A_PERSON: ReadonlySet<ReportGrouping> = new Set(["person", "unit", "organisation"]);

export type HoursTotals = {
  /** Null where adding up the rows would count people twice. */
  people: number | null;
  sessions: number;
  hours: number;
  planned_hours: number;
  share: number | null;
};

export function hoursTotals(rows: readonly HoursRow[], group: ReportGrouping): HoursTotals {
  let people = 0;
  let sessions = 0;
  let hours = 0;
  let planned = 0;
  for (const r of rows) {
    people += r.people;
    sessions += r.sessions;
    hours += r.hours;
    planned += r.planned_hours;
  }
  return {
    people: ONE_ROW_A_PERSON.has(group) ? people : null,
    sessions,
    hours,
    planned_hours: planned,
    share: shareOf({ hours, planned_hours: planned }),
  };
}

export type SortDirection = "ascending" | "descending";
/** The column the rows are sorted by; null keeps the order the report came in. */
export type HoursSort = { column: HoursColumn; direction: SortDirection } | null;

/**
 * A header pressed: another column sorts by it (names A to Z, figures largest first), the same
 * column turns the order round, and a third press goes back to the report's own order.
 */
export function nextSort(current: HoursSort, column: HoursColumn): HoursSort {
  const first: SortDirection = isFigure(column) ? "descending" : "ascending";
  if (current?.column !== column) return { column, direction: first };
  if (current.direction !== first) return null;
  return { column, direction: first === "ascending" ? "descending" : "ascending" };
}

/** What a row sorts by under a column: text, a number, or null (always last). */
export type SortValue = string | number | null;

/**
 * A row's value under `column`. The group's name sorts as shown (`shownName`), except months and
 * years, which sort by their key ("2027-03") so that they stay in the calendar's order.
 */
export function sortValue(
  row: HoursRow,
  column: HoursColumn,
  group: ReportGrouping,
  shownName: (row: HoursRow) => string,
): SortValue {
  switch (column) {
    case "name":
      return group === "month" || group === "year" ? row.key : shownName(row);
    case "personnel_number":
    case "unit":
    case "position":
      return row.person?.[column] || null;
    case "share":
      return shareOf(row);
    default:
      return row[column];
  }
}

/**
 * The rows in `sort`'s order (the same array when there is none). Each value is worked out once,
 * so sorting 200,000 people by name stays quick; equal values keep the report's order.
 */
export function sortHoursRows(
  rows: readonly HoursRow[],
  sort: HoursSort,
  valueOf: (row: HoursRow) => SortValue,
  compareText: (a: string, b: string) => number,
): readonly HoursRow[] {
  if (!sort) return rows;
  const sign = sort.direction === "ascending" ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, v: valueOf(row) }));
  const blank = (v: SortValue) => v === null || v === "";
  keyed.sort((a, b) => {
    if (blank(a.v) || blank(b.v)) return Number(blank(a.v)) - Number(blank(b.v)) || a.i - b.i;
    const c =
      typeof a.v === "number" && typeof b.v === "number"
        ? a.v - b.v
        : compareText(String(a.v), String(b.v));
    return c * sign || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}
