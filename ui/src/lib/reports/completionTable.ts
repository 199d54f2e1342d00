// The completion table's logic: which columns a grouping and a view show, the completion rate,
// the totals row and sorting by a column.
import type {
  CompletionRow,
  NotCompletedCounts,
  ReportGrouping,
  TranscriptResult,
} from "$lib/api/types";
import { TRANSCRIPT_RESULTS } from "$lib/people/transcript";
import { groupSortName } from "./names";
import { nextSort as nextSortBy, type Sort, type SortValue } from "./sorting";

/** Places by result, or why the places that ended were not completed. */
export const COMPLETION_VIEWS = ["results", "reasons"] as const;
export type CompletionView = (typeof COMPLETION_VIEWS)[number];

/** Why a place was not completed, in the order the columns show them. */
export const REASONS = [
  "below_minimum",
  "marks_missing",
  "no_sessions",
  "assessment_missing",
  "assessment_failed",
] as const satisfies readonly (keyof NotCompletedCounts)[];
export type Reason = (typeof REASONS)[number];

/** The places by result, and the rate, in the order the results view shows them. */
const RESULT_FIGURES = [
  "enrolled",
  "completed",
  "rate",
  "not_completed",
  "in_progress",
  "upcoming",
  "certified",
] as const;
type Count = Exclude<(typeof RESULT_FIGURES)[number], "rate">;

export type CompletionColumn = "name" | (typeof RESULT_FIGURES)[number] | Reason;

/**
 * The columns in the order shown: the group's name (a person's number and unit under it), then
 * the places by result, or those not completed beside their reasons.
 */
export function completionColumns(view: CompletionView): readonly CompletionColumn[] {
  return view === "results" ? ["name", ...RESULT_FIGURES] : ["name", "not_completed", ...REASONS];
}

export const isCompletionFigure = (column: CompletionColumn): boolean => column !== "name";

/** Whether a column counts the places with one result (headed by that result's word). */
export const isResult = (column: CompletionColumn): column is TranscriptResult =>
  (TRANSCRIPT_RESULTS as readonly string[]).includes(column);

/** Completed places, percent of all the group's places; null when it has none. */
export function completionRate(r: Pick<CompletionRow, "completed" | "enrolled">): number | null {
  return r.enrolled > 0 ? (100 * r.completed) / r.enrolled : null;
}

/** A figure of a row (or of the totals): a count of places, or the rate. */
export function figureOf(
  r: Pick<CompletionRow, Count | "why">,
  column: Exclude<CompletionColumn, "name">,
): number | null {
  if (column === "rate") return completionRate(r);
  if ((REASONS as readonly string[]).includes(column)) return r.why[column as Reason];
  return r[column as Count];
}

export type CompletionTotals = Pick<CompletionRow, Count | "why">;

/** Every place is in exactly one row, whatever the grouping: the rows add up. */
export function completionTotals(rows: readonly CompletionRow[]): CompletionTotals {
  const t: CompletionTotals = {
    enrolled: 0,
    completed: 0,
    not_completed: 0,
    in_progress: 0,
    upcoming: 0,
    certified: 0,
    why: {
      below_minimum: 0,
      marks_missing: 0,
      no_sessions: 0,
      assessment_missing: 0,
      assessment_failed: 0,
    },
  };
  for (const r of rows) {
    t.enrolled += r.enrolled;
    t.completed += r.completed;
    t.not_completed += r.not_completed;
    t.in_progress += r.in_progress;
    t.upcoming += r.upcoming;
    t.certified += r.certified;
    for (const why of REASONS) t.why[why] += r.why[why];
  }
  return t;
}

export type CompletionSort = Sort<CompletionColumn>;

/** A header pressed: names A to Z first, figures largest first; see `sorting.nextSort`. */
export const nextCompletionSort = (
  current: CompletionSort,
  column: CompletionColumn,
): CompletionSort => nextSortBy(current, column, isCompletionFigure(column));

/** A row's value under `column`: the name as shown (months and years by their key), or a figure. */
export function completionSortValue(
  row: CompletionRow,
  column: CompletionColumn,
  group: ReportGrouping,
  shownName: (row: CompletionRow) => string,
): SortValue {
  return column === "name" ? groupSortName(row, group, shownName) : figureOf(row, column);
}
