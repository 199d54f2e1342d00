// The training hours table's logic: which columns a grouping shows, the share attended, the
// totals row and sorting by a column.
import type { HoursRow, ReportGrouping } from "$lib/api/types";
import { groupSortName } from "./names";
import { nextSort as nextSortBy, sortRows, type Sort, type SortValue } from "./sorting";

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
// By activity, too, one person may take several.
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

/** The column the hours rows are sorted by; null keeps the order the report came in. */
export type HoursSort = Sort<HoursColumn>;

/** A header pressed: see `sorting.nextSort`. */
export const nextSort = (current: HoursSort, column: HoursColumn): HoursSort =>
  nextSortBy(current, column, isFigure(column));

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
      return groupSortName(row, group, shownName);
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

/** The rows in `sort`'s order (the same array when there is none); see `sorting.sortRows`. */
export const sortHoursRows: (
  rows: readonly HoursRow[],
  sort: HoursSort,
  valueOf: (row: HoursRow) => SortValue,
  compareText: (a: string, b: string) => number,
) => readonly HoursRow[] = sortRows;
