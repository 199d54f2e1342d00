// The attendance table's logic: its columns, the flag for a minimum no longer within reach, and
// sorting by a column.
import type { AttendanceRow, ReportGrouping } from "$lib/api/types";
import { TRANSCRIPT_RESULTS } from "$lib/people/transcript";
import { nextSort as nextSortBy, type Sort, type SortValue } from "./sorting";

/**
 * The grouping the attendance report is asked for. Its rows are always one a learner and
 * activity; the grouping only orders them (and the file), so the screen offers none: by person
 * they come by name, then by the day each activity began. The table sorts by any column.
 */
export const ATTENDANCE_ORDER: ReportGrouping = "person";

export const ATTENDANCE_COLUMNS = [
  "name",
  "activity",
  "taken",
  "rate_taken",
  "rate_all",
  "max_reachable",
  "required",
  "result",
] as const;
export type AttendanceColumn = (typeof ATTENDANCE_COLUMNS)[number];

export const isAttendanceFigure = (column: AttendanceColumn): boolean =>
  column !== "name" && column !== "activity" && column !== "result";

/**
 * Whether the minimum is out of reach even if every remaining session is attended. Said only of
 * a place not completed yet (one completed another way, e.g. settled by hand, has nothing left
 * to reach) and of an activity with sessions (one with none may still be given some).
 */
export const isUnreachable = (
  r: Pick<AttendanceRow, "sessions" | "max_reachable" | "required" | "result">,
): boolean => r.result !== "completed" && r.sessions > 0 && r.max_reachable < r.required;

export type AttendanceSort = Sort<AttendanceColumn>;

/** A header pressed: names and results first in their order, figures largest first. */
export const nextAttendanceSort = (
  current: AttendanceSort,
  column: AttendanceColumn,
): AttendanceSort => nextSortBy(current, column, isAttendanceFigure(column));

/**
 * A row's value under `column`. Results sort in the order an activity goes through them
 * (upcoming, in progress, completed, not completed); a rate of the sessions taken is blank (last)
 * before the first one.
 */
export function attendanceSortValue(row: AttendanceRow, column: AttendanceColumn): SortValue {
  switch (column) {
    case "name":
      return row.person_name;
    case "activity":
      return row.activity_title;
    case "result":
      return TRANSCRIPT_RESULTS.indexOf(row.result);
    default:
      return row[column];
  }
}
