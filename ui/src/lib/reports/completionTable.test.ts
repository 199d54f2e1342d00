import { describe, expect, it } from "vitest";
import type { CompletionRow } from "$lib/api/types";
import {
  completionColumns,
  completionRate,
  completionSortValue,
  completionTotals,
  figureOf,
  nextCompletionSort,
  type CompletionSort,
} from "./completionTable";
import { completionRow } from "./fixtures";
import { sortRows } from "./sorting";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const sorted = (rows: CompletionRow[], sort: CompletionSort, group = "activity" as const) =>
  sortRows(
    rows,
    sort,
    (r) => completionSortValue(r, sort!.column, group, (x) => x.label),
    collator.compare,
  ).map((r) => r.key);

describe("the completion table's columns", () => {
  it("show places by result with the rate, or those not completed beside why", () => {
    expect(completionColumns("results")).toEqual([
      "name",
      "enrolled",
      "completed",
      "rate",
      "not_completed",
      "in_progress",
      "upcoming",
      "certified",
    ]);
    expect(completionColumns("reasons")).toEqual([
      "name",
      "not_completed",
      "below_minimum",
      "marks_missing",
      "no_sessions",
      "assessment_missing",
      "assessment_failed",
    ]);
  });
});

describe("the completion rate", () => {
  it("is completed places, percent of all places, and none when there are none", () => {
    expect(completionRate({ completed: 12, enrolled: 20 })).toBe(60);
    expect(completionRate({ completed: 1, enrolled: 3 })).toBeCloseTo(33.333, 2);
    expect(completionRate({ completed: 0, enrolled: 0 })).toBeNull();
  });

  it("is a figure beside the counts and the reasons", () => {
    const r = completionRow();
    expect(figureOf(r, "rate")).toBe(60);
    expect(figureOf(r, "upcoming")).toBe(1);
    expect(figureOf(r, "below_minimum")).toBe(3);
    expect(figureOf(r, "marks_missing")).toBe(1);
  });
});

describe("the totals", () => {
  it("add up every count and reason, each place being in one row", () => {
    const t = completionTotals([
      completionRow(),
      completionRow({
        key: "a2",
        enrolled: 5,
        completed: 5,
        not_completed: 0,
        in_progress: 0,
        upcoming: 0,
        certified: 5,
        why: { below_minimum: 0, marks_missing: 0, assessment_missing: 0 },
      }),
      completionRow({ key: "a3", why: { no_sessions: 2, assessment_failed: 1 } }),
    ]);
    expect(t).toEqual({
      enrolled: 45,
      completed: 29,
      not_completed: 8,
      in_progress: 6,
      upcoming: 2,
      certified: 25,
      why: {
        below_minimum: 6,
        marks_missing: 2,
        no_sessions: 2,
        assessment_missing: 2,
        assessment_failed: 1,
      },
    });
    expect(figureOf(t, "rate")).toBeCloseTo((100 * 29) / 45, 5);
  });

  it("have no rate when nobody is enrolled", () => {
    const t = completionTotals([]);
    expect(t.enrolled).toBe(0);
    expect(figureOf(t, "rate")).toBeNull();
  });
});

describe("sorting", () => {
  const rows = [
    completionRow({ key: "a", label: "Moliya", enrolled: 10, completed: 5 }),
    completionRow({ key: "b", label: "Axborot", enrolled: 4, completed: 4 }),
    completionRow({ key: "c", label: "Kadrlar", enrolled: 0, completed: 0 }),
  ];

  it("goes names A to Z first and figures largest first", () => {
    expect(nextCompletionSort(null, "name")).toEqual({ column: "name", direction: "ascending" });
    expect(nextCompletionSort(null, "rate")).toEqual({ column: "rate", direction: "descending" });
    expect(nextCompletionSort(null, "below_minimum")?.direction).toBe("descending");
  });

  it("sorts by name, count and rate, with no rate last", () => {
    expect(sorted(rows, { column: "name", direction: "ascending" })).toEqual(["b", "c", "a"]);
    expect(sorted(rows, { column: "enrolled", direction: "descending" })).toEqual(["a", "b", "c"]);
    expect(sorted(rows, { column: "rate", direction: "descending" })).toEqual(["b", "a", "c"]);
    expect(sorted(rows, { column: "rate", direction: "ascending" })).toEqual(["a", "b", "c"]);
  });

  it("keeps months in the calendar's order", () => {
    const months = [
      completionRow({ key: "2026-10", label: "2026-10" }),
      completionRow({ key: "2026-03", label: "2026-03" }),
    ];
    const s = { column: "name", direction: "ascending" } as const;
    const keys = sortRows(
      months,
      s,
      (r) => completionSortValue(r, "name", "month", () => "same"),
      collator.compare,
    ).map((r) => r.key);
    expect(keys).toEqual(["2026-03", "2026-10"]);
  });
});
