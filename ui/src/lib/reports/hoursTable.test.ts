import { describe, expect, it } from "vitest";
import type { HoursRow, ReportGrouping } from "$lib/api/types";
import {
  hoursColumns,
  hoursTotals,
  nextSort,
  shareOf,
  sortHoursRows,
  sortValue,
  type HoursSort,
} from "./hoursTable";

const row = (key: string | null, label: string, extra: Partial<HoursRow> = {}): HoursRow => ({
  key,
  label,
  person: null,
  people: 1,
  sessions: 1,
  hours: 2,
  planned_hours: 4,
  ...extra,
});

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
/** The rows' keys in `sort`'s order, names sorting by their label. */
function sorted(rows: HoursRow[], sort: NonNullable<HoursSort>, group: ReportGrouping = "unit") {
  const value = (r: HoursRow) => sortValue(r, sort.column, group, (x) => x.label);
  return sortHoursRows(rows, sort, value, collator.compare).map((r) => r.key);
}

describe("the hours table's columns", () => {
  it("name a person by number, unit and position, and count a group's people", () => {
    expect(hoursColumns("person")).toEqual([
      "name",
      "personnel_number",
      "unit",
      "position",
      "sessions",
      "hours",
      "planned_hours",
      "share",
    ]);
    expect(hoursColumns("month")).toEqual([
      "name",
      "people",
      "sessions",
      "hours",
      "planned_hours",
      "share",
    ]);
  });
});

describe("the share attended", () => {
  it("is hours attended out of hours planned, and none when nothing was planned", () => {
    expect(shareOf({ hours: 3, planned_hours: 4 })).toBe(0.75);
    expect(shareOf({ hours: 0, planned_hours: 0 })).toBeNull();
  });
});

describe("the totals", () => {
  const rows = [
    row("a", "A", { people: 3, sessions: 10, hours: 20.5, planned_hours: 30 }),
    row("b", "B", { people: 2, sessions: 4, hours: 8, planned_hours: 10 }),
  ];

  it("add up sessions and hours, and people where each is in one row", () => {
    for (const group of ["person", "unit", "organisation"] as const) {
      expect(hoursTotals(rows, group)).toEqual({
        people: 5,
        sessions: 14,
        hours: 28.5,
        planned_hours: 40,
        share: 28.5 / 40,
      });
    }
  });

  it("do not add up people who may be counted in several rows", () => {
    for (const group of ["programme", "month", "year"] as const) {
      expect(hoursTotals(rows, group).people).toBeNull();
    }
  });

  it("have no share when nothing was planned", () => {
    expect(hoursTotals([], "unit")).toEqual({
      people: 0,
      sessions: 0,
      hours: 0,
      planned_hours: 0,
      share: null,
    });
  });
});

describe("sorting", () => {
  it("goes names A to Z and figures largest first, then the other way, then as it came", () => {
    let s: HoursSort = null;
    s = nextSort(s, "name");
    expect(s).toEqual({ column: "name", direction: "ascending" });
    s = nextSort(s, "name");
    expect(s).toEqual({ column: "name", direction: "descending" });
    expect(nextSort(s, "name")).toBeNull();
    s = nextSort(s, "hours");
    expect(s).toEqual({ column: "hours", direction: "descending" });
    s = nextSort(s, "hours");
    expect(s).toEqual({ column: "hours", direction: "ascending" });
    expect(nextSort(s, "hours")).toBeNull();
  });

  it("sorts by the name shown, by a figure, and by the share", () => {
    const rows = [
      row("b", "Boʻlim 10", { hours: 1, planned_hours: 2 }),
      row("a", "boʻlim 2", { hours: 5, planned_hours: 20 }),
      row("c", "Axborot", { hours: 3, planned_hours: 0 }),
    ];
    expect(sorted(rows, { column: "name", direction: "ascending" })).toEqual(["c", "a", "b"]);
    expect(sorted(rows, { column: "hours", direction: "descending" })).toEqual(["a", "c", "b"]);
    // Nothing planned has no share: last either way.
    expect(sorted(rows, { column: "share", direction: "descending" })).toEqual(["b", "a", "c"]);
    expect(sorted(rows, { column: "share", direction: "ascending" })).toEqual(["a", "b", "c"]);
  });

  it("keeps months in the calendar's order and blank personnel numbers last", () => {
    const months = [row("2026-03", "Mart"), row("2026-10", "Oktabr"), row("2026-01", "Yanvar")];
    expect(sorted(months, { column: "name", direction: "ascending" }, "month")).toEqual([
      "2026-01",
      "2026-03",
      "2026-10",
    ]);
    const who = (n: string | null) => ({
      person: { personnel_number: n, organisation: "DXA", unit: null, position: null },
    });
    const people = [
      row("p1", "A", who(null)),
      row("p2", "B", who("T-10")),
      row("p3", "C", who("T-9")),
    ];
    expect(
      sorted(people, { column: "personnel_number", direction: "descending" }, "person"),
    ).toEqual(["p2", "p3", "p1"]);
  });

  it("returns the rows as they came when unsorted, and sorts 200,000 quickly", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) =>
      row(`p${i}`, `Person ${(i * 7919) % 200_000}`, { hours: i % 97 }),
    );
    expect(sortHoursRows(rows, null, () => null, collator.compare)).toBe(rows);
    const started = performance.now();
    const byName = sortHoursRows(
      rows,
      { column: "name", direction: "ascending" },
      (r) => r.label,
      collator.compare,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(byName[0].label).toBe("Person 0");
    expect(byName[1].label).toBe("Person 1");
  });
});
