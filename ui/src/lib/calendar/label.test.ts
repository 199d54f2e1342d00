import { format, parseISO } from "date-fns";
import { ru } from "date-fns/locale/ru";
import { describe, expect, it } from "vitest";
import { periodLabel, zoneCity } from "./label";

const en = (day: string, pattern: string) => format(parseISO(day), pattern);
const inRussian = (day: string, pattern: string) => format(parseISO(day), pattern, { locale: ru });

describe("the period label", () => {
  it("names a week within a month, across months and across years", () => {
    expect(periodLabel("week", "2025-03-12", en)).toBe("10–16 March 2025");
    expect(periodLabel("week", "2025-04-02", en)).toBe("31 March – 6 April 2025");
    expect(periodLabel("week", "2025-12-31", en)).toBe("29 December 2025 – 4 January 2026");
  });

  it("names a month in the nominative, capitalised", () => {
    expect(periodLabel("month", "2025-03-12", en)).toBe("March 2025");
    expect(periodLabel("month", "2025-03-12", inRussian)).toBe("Март 2025");
    expect(periodLabel("week", "2025-03-12", inRussian)).toBe("10–16 марта 2025");
  });

  it("names a year by its number", () => {
    expect(periodLabel("year", "2025-03-12", en)).toBe("2025");
  });

  it("reads a zone's city", () => {
    expect(zoneCity("Asia/Baku")).toBe("Baku");
    expect(zoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(zoneCity("UTC")).toBe("UTC");
  });
});
