// The mobility table's logic: the groupings and kinds it offers, its columns, the words of a
// row's kind and status, the totals row and sorting by a column.
import type { MobilityKind, MobilityReportRow, ReportGrouping } from "$lib/api/types";
import type { TextKey } from "$lib/i18n/catalogue";
import { internshipStatusKey, isInternshipStatus } from "$lib/mobility/internshipWords";
import { isVisitStatus, visitStatusKey } from "$lib/mobility/words";
import { kindKey } from "$lib/plan/catalogue/words";
import type { ReportScope } from "./filters";
import { nextSort as nextSortBy, type Sort, type SortValue } from "./sorting";

/**
 * The groupings offered: the whole period (asked as by unit, which the report does not split),
 * or by the month or year each visit or placement starts in.
 */
export const MOBILITY_GROUPINGS = [
  "unit",
  "month",
  "year",
] as const satisfies readonly ReportGrouping[];

/** Whether the rows are split by the period they start in (a column names it). */
export const byPeriod = (group: ReportGrouping): boolean => group === "month" || group === "year";

/**
 * The filters the report reads: no programme, and of the kinds only the two lists it counts
 * (any other kind would give nothing).
 */
export const MOBILITY_SCOPE: ReportScope = {
  programme: false,
  kinds: ["study_visit", "internship"],
};

const FIGURES = ["count", "people", "person_days"] as const;
export type MobilityFigure = (typeof FIGURES)[number];
export type MobilityColumn =
  "kind" | "direction" | "country" | "partner" | "status" | "period" | MobilityFigure;

/** The columns in the order shown (as the file lays them out). */
export function mobilityColumns(group: ReportGrouping): readonly MobilityColumn[] {
  const what = ["kind", "direction", "country", "partner", "status"] as const;
  return byPeriod(group) ? [...what, "period", ...FIGURES] : [...what, ...FIGURES];
}

export const isMobilityFigure = (column: MobilityColumn): column is MobilityFigure =>
  (FIGURES as readonly string[]).includes(column);

/** A row's kind, as the activity kinds word it (one term per concept). */
export const mobilityKindKey = (kind: MobilityKind): TextKey =>
  kindKey(kind === "visit" ? "study_visit" : "internship");

/** A row's status, as the mobility screens word it; null for one the UI does not know yet. */
export function mobilityStatusKey(kind: MobilityKind, status: string): TextKey | null {
  if (kind === "visit") return isVisitStatus(status) ? visitStatusKey(status) : null;
  return isInternshipStatus(status) ? internshipStatusKey(status) : null;
}

export type MobilityTotals = Record<MobilityFigure, number>;

/** Each visit or placement is in exactly one row, its people and days with it: all add up. */
export function mobilityTotals(rows: readonly MobilityReportRow[]): MobilityTotals {
  const t: MobilityTotals = { count: 0, people: 0, person_days: 0 };
  for (const r of rows) for (const f of FIGURES) t[f] += r[f];
  return t;
}

export type MobilitySort = Sort<MobilityColumn>;

/** A header pressed: words A to Z first, figures largest first. */
export const nextMobilitySort = (current: MobilitySort, column: MobilityColumn): MobilitySort =>
  nextSortBy(current, column, isMobilityFigure(column));

/**
 * A row's value under `column`: kind, direction and status as shown (`shown`), the partner's
 * name, the country's code, the period by its key ("2026-03", in the calendar's order), a figure.
 */
export function mobilitySortValue(
  row: MobilityReportRow,
  column: MobilityColumn,
  shown: (row: MobilityReportRow, column: "kind" | "direction" | "status") => string,
): SortValue {
  switch (column) {
    case "kind":
    case "direction":
    case "status":
      return shown(row, column);
    default:
      return row[column];
  }
}

/**
 * A row's test attributes: each of what it counts, and `data-key` joining them
 * (`visit/outgoing/o-asan/confirmed`, `/2026-03` added by month).
 */
export function mobilityRowData(row: MobilityReportRow): Record<string, string> {
  const parts = [row.kind, row.direction, row.partner_id, row.status];
  if (row.period) parts.push(row.period);
  return {
    "data-key": parts.join("/"),
    "data-kind": row.kind,
    "data-direction": row.direction,
    "data-partner-id": row.partner_id,
    "data-status": row.status,
    "data-period": row.period ?? "",
  };
}
