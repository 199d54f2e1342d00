import { describe, expect, it } from "vitest";
import type { MobilityReportRow } from "$lib/api/types";
import { mobilityRow } from "./fixtures";
import {
  MOBILITY_GROUPINGS,
  MOBILITY_SCOPE,
  byPeriod,
  mobilityColumns,
  mobilityKindKey,
  mobilityRowData,
  mobilitySortValue,
  mobilityStatusKey,
  mobilityTotals,
  nextMobilitySort,
  type MobilitySort,
} from "./mobilityTable";
import { sortRows } from "./sorting";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const shown = (r: MobilityReportRow, c: "kind" | "direction" | "status") => String(r[c]);
const sorted = (rows: MobilityReportRow[], sort: MobilitySort) =>
  sortRows(rows, sort, (r) => mobilitySortValue(r, sort!.column, shown), collator.compare).map(
    (r) => mobilityRowData(r)["data-key"],
  );

describe("the mobility report's choices", () => {
  it("offer the whole period, months or years, and only the two kinds it counts", () => {
    expect(MOBILITY_GROUPINGS).toEqual(["unit", "month", "year"]);
    expect(MOBILITY_GROUPINGS.map(byPeriod)).toEqual([false, true, true]);
    expect(MOBILITY_SCOPE).toEqual({ programme: false, kinds: ["study_visit", "internship"] });
  });

  it("show the period in a column only by month or year", () => {
    const what = ["kind", "direction", "country", "partner", "status"];
    const figures = ["count", "people", "person_days"];
    expect(mobilityColumns("unit")).toEqual([...what, ...figures]);
    expect(mobilityColumns("year")).toEqual([...what, "period", ...figures]);
  });
});

describe("a row's words and test attributes", () => {
  it("word the kind as the activity kinds do, and the status as its own list does", () => {
    expect(mobilityKindKey("visit")).toBe("activity.kind.study_visit");
    expect(mobilityKindKey("internship")).toBe("activity.kind.internship");
    expect(mobilityStatusKey("visit", "under_way")).toBe("visit.state.under_way");
    expect(mobilityStatusKey("internship", "host_accepted")).toBe("internship.state.host_accepted");
    // A visit has no "host accepted"; a status not known yet is shown as stored.
    expect(mobilityStatusKey("visit", "host_accepted")).toBeNull();
  });

  it("join what the row counts in its key, the period last when there is one", () => {
    expect(mobilityRowData(mobilityRow())).toEqual({
      "data-key": "visit/outgoing/o-asan/confirmed",
      "data-kind": "visit",
      "data-direction": "outgoing",
      "data-partner-id": "o-asan",
      "data-status": "confirmed",
      "data-period": "",
    });
    expect(mobilityRowData(mobilityRow({ period: "2026-03" }))["data-key"]).toBe(
      "visit/outgoing/o-asan/confirmed/2026-03",
    );
  });
});

describe("the totals and sorting", () => {
  const rows = [
    mobilityRow(),
    mobilityRow({
      kind: "internship",
      direction: "incoming",
      partner_id: "o-kz",
      partner: "Astana Hub",
      country: "KZ",
      status: "agreed",
      count: 1,
      people: 1,
      person_days: 30,
    }),
    mobilityRow({ status: "completed", count: 3, people: 12, person_days: 60 }),
  ];

  it("add up every figure, each visit or placement being in one row", () => {
    expect(mobilityTotals(rows)).toEqual({ count: 6, people: 20, person_days: 125 });
  });

  it("sorts words as shown and figures largest first", () => {
    expect(nextMobilitySort(null, "partner")?.direction).toBe("ascending");
    expect(nextMobilitySort(null, "person_days")?.direction).toBe("descending");
    expect(sorted(rows, { column: "partner", direction: "descending" })).toEqual([
      "internship/incoming/o-kz/agreed",
      "visit/outgoing/o-asan/confirmed",
      "visit/outgoing/o-asan/completed",
    ]);
    expect(sorted(rows, { column: "status", direction: "descending" })).toEqual([
      "visit/outgoing/o-asan/confirmed",
      "visit/outgoing/o-asan/completed",
      "internship/incoming/o-kz/agreed",
    ]);
    expect(sorted(rows, { column: "person_days", direction: "descending" })).toEqual([
      "visit/outgoing/o-asan/completed",
      "visit/outgoing/o-asan/confirmed",
      "internship/incoming/o-kz/agreed",
    ]);
  });
});
