import { describe, expect, it } from "vitest";
import type { CertificateReportRow } from "$lib/api/types";
import {
  CERTIFICATE_COLUMNS,
  certificateRowData,
  certificateSortValue,
  certificateTotals,
  isCertificateFigure,
  nextCertificateSort,
  type CertificateSort,
} from "./certificatesTable";
import { certificateRow } from "./fixtures";
import { sortRows } from "./sorting";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const sorted = (rows: CertificateReportRow[], sort: CertificateSort, group = "unit" as const) =>
  sortRows(
    rows,
    sort,
    (r) => certificateSortValue(r, sort!.column, group, (x) => x.label),
    collator.compare,
  ).map((r) => `${r.series}/${r.key}`);

describe("the certificates table's columns", () => {
  it("are the series, the group and four figures, as the file lays them out", () => {
    expect(CERTIFICATE_COLUMNS).toEqual([
      "series",
      "name",
      "issued",
      "reissued",
      "in_force",
      "revoked",
    ]);
    expect(CERTIFICATE_COLUMNS.filter(isCertificateFigure)).toEqual([
      "issued",
      "reissued",
      "in_force",
      "revoked",
    ]);
  });

  it("name each row by its series and its group's key", () => {
    expect(certificateRowData(certificateRow())).toEqual({
      "data-series": "DXA",
      "data-key": "2026-03",
    });
    expect(certificateRowData(certificateRow({ key: null }))["data-key"]).toBe("");
  });
});

describe("the totals", () => {
  it("add up every figure, each certificate being in one row", () => {
    expect(
      certificateTotals([
        certificateRow(),
        certificateRow({ key: "2026-04", issued: 3, reissued: 0, in_force: 3, revoked: 2 }),
      ]),
    ).toEqual({ issued: 15, reissued: 2, in_force: 14, revoked: 3 });
    expect(certificateTotals([])).toEqual({ issued: 0, reissued: 0, in_force: 0, revoked: 0 });
  });
});

describe("sorting", () => {
  const rows = [
    certificateRow({ series: "DXA", key: "u2", label: "Moliya", issued: 4 }),
    certificateRow({ series: "ASAN", key: "u1", label: "Kadrlar", issued: 9 }),
    certificateRow({ series: "DXA", key: "u1", label: "Kadrlar", issued: 1 }),
  ];

  it("goes series and names A to Z first, figures largest first", () => {
    expect(nextCertificateSort(null, "series")).toEqual({
      column: "series",
      direction: "ascending",
    });
    expect(nextCertificateSort(null, "revoked")?.direction).toBe("descending");
  });

  it("sorts by series, group and figure, equal values keeping the report's order", () => {
    expect(sorted(rows, { column: "series", direction: "ascending" })).toEqual([
      "ASAN/u1",
      "DXA/u2",
      "DXA/u1",
    ]);
    expect(sorted(rows, { column: "name", direction: "ascending" })).toEqual([
      "ASAN/u1",
      "DXA/u1",
      "DXA/u2",
    ]);
    expect(sorted(rows, { column: "issued", direction: "descending" })).toEqual([
      "ASAN/u1",
      "DXA/u2",
      "DXA/u1",
    ]);
  });

  it("keeps months in the calendar's order", () => {
    const months = [
      certificateRow({ key: "2026-10", label: "2026-10" }),
      certificateRow({ key: "2026-03", label: "2026-03" }),
    ];
    const keys = sortRows(
      months,
      { column: "name", direction: "ascending" },
      (r) => certificateSortValue(r, "name", "month", () => "same"),
      collator.compare,
    ).map((r) => r.key);
    expect(keys).toEqual(["2026-03", "2026-10"]);
  });
});
