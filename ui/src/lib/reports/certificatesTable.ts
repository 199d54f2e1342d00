// The certificates table's logic: its columns, the totals row and sorting by a column.
import type { CertificateReportRow, ReportGrouping } from "$lib/api/types";
import { groupSortName } from "./names";
import { nextSort as nextSortBy, type Sort, type SortValue } from "./sorting";

const FIGURES = ["issued", "reissued", "in_force", "revoked"] as const;
export type CertificateFigure = (typeof FIGURES)[number];

/** The columns in the order shown (as the file lays them out): the series, the group, the figures. */
export const CERTIFICATE_COLUMNS = ["series", "name", ...FIGURES] as const;
export type CertificateColumn = (typeof CERTIFICATE_COLUMNS)[number];

export const isCertificateFigure = (column: CertificateColumn): column is CertificateFigure =>
  (FIGURES as readonly string[]).includes(column);

export type CertificateTotals = Record<CertificateFigure, number>;

/**
 * Each certificate is of one series and falls in one group (its holder, its activity, the month
 * it was issued in — and, revoked, the month it was revoked in, counted there as revoked only),
 * so every figure adds up.
 */
export function certificateTotals(rows: readonly CertificateReportRow[]): CertificateTotals {
  const t: CertificateTotals = { issued: 0, reissued: 0, in_force: 0, revoked: 0 };
  for (const r of rows) for (const f of FIGURES) t[f] += r[f];
  return t;
}

export type CertificateSort = Sort<CertificateColumn>;

/** A header pressed: series and names A to Z first, figures largest first. */
export const nextCertificateSort = (
  current: CertificateSort,
  column: CertificateColumn,
): CertificateSort => nextSortBy(current, column, isCertificateFigure(column));

/** A row's value under `column`: the series, the group's name as shown (months by key), a figure. */
export function certificateSortValue(
  row: CertificateReportRow,
  column: CertificateColumn,
  group: ReportGrouping,
  shownName: (row: CertificateReportRow) => string,
): SortValue {
  if (column === "series") return row.series;
  if (column === "name") return groupSortName(row, group, shownName);
  return row[column];
}

/** A row's test attributes: its series, and its group's key as the hours report's (`""`: none). */
export const certificateRowData = (row: CertificateReportRow): Record<string, string> => ({
  "data-series": row.series,
  "data-key": row.key ?? "",
});
