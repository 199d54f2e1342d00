import { describe, expect, it } from "vitest";
import { isCompletePeriod, pickedPeriod, yearPeriod } from "./period";

describe("a report's period", () => {
  it("runs a year from 1 January to 31 December, both included", () => {
    expect(yearPeriod(2026)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("offers this year and last year, seen from the desk's day", () => {
    const today = new Date(2026, 0, 1, 0, 30);
    expect(pickedPeriod("this-year", today)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(pickedPeriod("last-year", today)).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("is asked about only once both ends are real days", () => {
    expect(isCompletePeriod({ from: "2026-01-01", to: "2026-12-31" })).toBe(true);
    expect(isCompletePeriod({ from: "2026-01-01", to: "" })).toBe(false);
    expect(isCompletePeriod({ from: "01.01.20", to: "2026-12-31" })).toBe(false);
    expect(isCompletePeriod({ from: "2026-02-30", to: "2026-12-31" })).toBe(false);
  });
});
