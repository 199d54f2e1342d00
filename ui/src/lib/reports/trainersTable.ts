// The trainers' load table's logic: the groupings it offers, its columns, the totals row, the
// flag for rolls still to record and sorting by a column.
import type { ReportGrouping, TrainerLoadRow } from "$lib/api/types";
import { groupSortName } from "./names";
import { nextSort as nextSortBy, type Sort, type SortValue } from "./sorting";

/**
 * The groupings offered, in order. By person is one row a trainer (the report reads person, unit
 * and organisation alike: trainers are not grouped by where they work); the others split each
 * trainer's row by programme, activity, month or year.
 */
export const TRAINER_GROUPINGS = [
  "person",
  "programme",
  "activity",
  "month",
  "year",
] as const satisfies readonly ReportGrouping[];

/** Whether each trainer's row is split by the grouping (a column names the group). */
export const splitsTrainers = (group: ReportGrouping): boolean =>
  !["person", "unit", "organisation"].includes(group);

const FIGURES = [
  "activities",
  "sessions",
  "hours",
  "held",
  "held_hours",
  "unrecorded",
  "learners",
] as const;
export type TrainerFigure = (typeof FIGURES)[number];
export type TrainerColumn = "trainer" | "name" | TrainerFigure;

/**
 * The columns in the order shown (as the file lays them out): the trainer (the affiliation under
 * the name, so that seven figures and the group fit 1280 px), the group when split, the figures.
 */
export function trainerColumns(group: ReportGrouping): readonly TrainerColumn[] {
  return splitsTrainers(group) ? ["trainer", "name", ...FIGURES] : ["trainer", ...FIGURES];
}

export const isTrainerFigure = (column: TrainerColumn): column is TrainerFigure =>
  (FIGURES as readonly string[]).includes(column);

/** Held sessions with no mark at all: rolls still to record, which the table makes stand out. */
export const hasUnrecorded = (row: Pick<TrainerLoadRow, "unrecorded">): boolean =>
  row.unrecorded > 0;

/**
 * The load adds up (a session two trainers gave is work for both); activities, learners and
 * rolls do not (an activity may have several trainers, a learner several activities, a roll is
 * the session's): those are null.
 */
export type TrainerTotals = Record<TrainerFigure, number | null>;

export function trainerTotals(rows: readonly TrainerLoadRow[]): TrainerTotals {
  const t = { sessions: 0, hours: 0, held: 0, held_hours: 0 };
  for (const r of rows) {
    t.sessions += r.sessions;
    t.hours += r.hours;
    t.held += r.held;
    t.held_hours += r.held_hours;
  }
  return { ...t, activities: null, unrecorded: null, learners: null };
}

export type TrainerSort = Sort<TrainerColumn>;

/** A header pressed: names A to Z first, figures largest first. */
export const nextTrainerSort = (current: TrainerSort, column: TrainerColumn): TrainerSort =>
  nextSortBy(current, column, isTrainerFigure(column));

/** A row's value under `column`: the trainer's name, the group as shown (months by key), a figure. */
export function trainerSortValue(
  row: TrainerLoadRow,
  column: TrainerColumn,
  group: ReportGrouping,
  shownName: (row: TrainerLoadRow) => string,
): SortValue {
  switch (column) {
    case "trainer":
      return row.trainer;
    case "name":
      return groupSortName(row, group, shownName);
    default:
      return row[column];
  }
}

/** A row's test attributes: the trainer's id, and the group's key (`""`: a trainer's only row). */
export const trainerRowData = (row: TrainerLoadRow): Record<string, string> => ({
  "data-trainer-id": row.trainer_id,
  "data-key": row.key ?? "",
});
