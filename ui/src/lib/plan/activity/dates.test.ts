import { describe, expect, it } from "vitest";
import { addDays, isDate, isoWeekday, normaliseTime, weeksToUntil } from "./dates";

describe("calendar dates", () => {
  it("tells valid dates from malformed or impossible ones", () => {
    expect(isDate("2026-03-02")).toBe(true);
    expect(isDate("2026-02-29")).toBe(false);
    expect(isDate("2028-02-29")).toBe(true);
    expect(isDate("2026-3-2")).toBe(false);
    expect(isDate("")).toBe(false);
  });

  it("names ISO weekdays, Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2026-03-02")).toBe(1);
    expect(isoWeekday("2026-03-07")).toBe(6);
    expect(isoWeekday("2026-03-08")).toBe(7);
    expect(isoWeekday("nope")).toBeNull();
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
  });

  it("turns N weeks into the last day: first day + 7·N − 1", () => {
    expect(weeksToUntil("2026-03-02", 1)).toBe("2026-03-08");
    expect(weeksToUntil("2026-03-02", 4)).toBe("2026-03-29");
    expect(weeksToUntil("2026-03-02", 0)).toBeNull();
    expect(weeksToUntil("2026-03-02", 1.5)).toBeNull();
  });

  it("reads time inputs with or without seconds", () => {
    expect(normaliseTime("09:30")).toBe("09:30");
    expect(normaliseTime("09:30:00")).toBe("09:30");
    expect(normaliseTime("24:00")).toBeNull();
    expect(normaliseTime("")).toBeNull();
  });
});
