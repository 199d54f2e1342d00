import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  clock,
  dayOf,
  daysBetween,
  formatWall,
  mondayOf,
  monthGrid,
  parseWall,
  periodBounds,
  stepPeriod,
  todayIn,
  wallIn,
  weekDays,
  weekdayIndex,
} from "./days";

describe("days", () => {
  it("adds days across months, years and daylight-saving changes", () => {
    expect(addDays("2025-02-27", 2)).toBe("2025-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
    expect(daysBetween("2025-03-10", "2025-03-17")).toBe(7);
  });

  it("starts weeks on Monday", () => {
    expect(weekdayIndex("2025-03-10")).toBe(0); // a Monday
    expect(weekdayIndex("2025-03-16")).toBe(6);
    expect(mondayOf("2025-03-16")).toBe("2025-03-10");
    expect(mondayOf("2025-03-10")).toBe("2025-03-10");
    expect(weekDays("2025-01-01")).toEqual([
      "2024-12-30",
      "2024-12-31",
      "2025-01-01",
      "2025-01-02",
      "2025-01-03",
      "2025-01-04",
      "2025-01-05",
    ]);
  });

  it("adds months keeping the day where the month has it", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-01-15", -1)).toBe("2024-12-15");
    expect(addMonths("2025-03-10", 12)).toBe("2026-03-10");
  });

  it("lays a month out as 42 days from the Monday on or before the 1st", () => {
    const grid = monthGrid("2025-03-19");
    expect(grid).toHaveLength(42);
    expect(grid[0]).toBe("2025-02-24");
    expect(grid[5]).toBe("2025-03-01");
    expect(grid[41]).toBe("2025-04-06");
    // A month starting on Monday starts the grid on the 1st.
    expect(monthGrid("2025-09-30")[0]).toBe("2025-09-01");
  });

  it("bounds each view's period, the end exclusive", () => {
    expect(periodBounds("week", "2025-03-12")).toEqual({ from: "2025-03-10", to: "2025-03-17" });
    expect(periodBounds("month", "2025-03-12")).toEqual({ from: "2025-02-24", to: "2025-04-07" });
    expect(periodBounds("year", "2025-03-12")).toEqual({ from: "2025-01-01", to: "2026-01-01" });
  });

  it("steps a period back and forth", () => {
    expect(stepPeriod("week", "2025-03-12", 1)).toBe("2025-03-19");
    expect(stepPeriod("week", "2025-03-12", -1)).toBe("2025-03-05");
    expect(stepPeriod("month", "2025-03-31", -1)).toBe("2025-02-28");
    expect(stepPeriod("year", "2024-02-29", 1)).toBe("2025-02-28");
  });

  it("reads and writes wall times", () => {
    const w = parseWall("2025-03-10T09:30:00");
    expect(formatWall(w)).toBe("2025-03-10T09:30");
    expect(clock(w)).toBe("09:30");
    expect(dayOf(w)).toBe("2025-03-10");
    expect(formatWall(parseWall("2025-03-10T23:45") + 30)).toBe("2025-03-11T00:15");
  });

  it("reads an instant on a zone's clock", () => {
    expect(formatWall(wallIn("2025-03-10T05:00:00Z", "Asia/Tashkent"))).toBe("2025-03-10T10:00");
    expect(formatWall(wallIn("2025-03-10T05:00:00Z", "Asia/Baku"))).toBe("2025-03-10T09:00");
    expect(formatWall(wallIn("2025-03-10T05:00:00+05:00", "UTC"))).toBe("2025-03-10T00:00");
    expect(formatWall(wallIn("2025-03-09T19:30:00Z", "Asia/Tashkent"))).toBe("2025-03-10T00:30");
    expect(todayIn("Asia/Tashkent", new Date("2025-03-09T20:00:00Z"))).toBe("2025-03-10");
    expect(todayIn("UTC", new Date("2025-03-09T20:00:00Z"))).toBe("2025-03-09");
  });
});
