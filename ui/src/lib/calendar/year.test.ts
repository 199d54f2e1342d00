import { describe, expect, it } from "vitest";
import { activity } from "./fixtures";
import { laneCount } from "./lanes";
import { daysInYear, monthColumns, yearBars } from "./year";

describe("the year timeline", () => {
  it("sizes month columns by their days", () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2025)).toBe(365);
    const cols = monthColumns(2025);
    expect(cols).toHaveLength(12);
    expect(cols[0]).toMatchObject({ month: 1, first: "2025-01-01", left: 0 });
    expect(cols[0].width).toBeCloseTo((31 / 365) * 100);
    expect(cols[2].left).toBeCloseTo((59 / 365) * 100);
    const last = cols[11];
    expect(last.left + last.width).toBeCloseTo(100);
  });

  it("spans each activity's days, both ends included", () => {
    const [bar] = yearBars([activity("a", "2025-01-01", "2025-01-31")], 2025);
    expect(bar.left).toBe(0);
    expect(bar.width).toBeCloseTo((31 / 365) * 100);
    const [one] = yearBars([activity("b", "2025-03-01", "2025-03-01")], 2025);
    expect(one.left).toBeCloseTo((59 / 365) * 100);
    expect(one.width).toBeCloseTo((1 / 365) * 100);
  });

  it("clips activities running over the year's edges and drops those outside", () => {
    const bars = yearBars(
      [
        activity("a", "2024-12-20", "2025-01-10"),
        activity("b", "2025-12-28", "2026-01-05"),
        activity("c", "2024-05-01", "2024-05-03"),
      ],
      2025,
    );
    expect(bars.map((b) => b.activity.id)).toEqual(["a", "b"]);
    expect(bars[0]).toMatchObject({ left: 0, clippedStart: true, clippedEnd: false });
    expect(bars[0].width).toBeCloseTo((10 / 365) * 100);
    expect(bars[1].clippedEnd).toBe(true);
    expect(bars[1].left + bars[1].width).toBeCloseTo(100);
  });

  it("packs overlapping activities into separate lanes, reusing free ones", () => {
    const bars = yearBars(
      [
        activity("a", "2025-03-01", "2025-03-10"),
        activity("b", "2025-03-05", "2025-03-20"),
        activity("c", "2025-03-11", "2025-03-12"),
        activity("d", "2025-03-10", "2025-03-10"),
      ],
      2025,
    );
    const lanes = Object.fromEntries(bars.map((b) => [b.activity.id, b.lane]));
    expect(lanes).toEqual({ a: 0, b: 1, d: 2, c: 0 });
    expect(laneCount(bars)).toBe(3);
    expect(laneCount([])).toBe(0);
  });
});
