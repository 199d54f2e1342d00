import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogues";
import {
  clampDate,
  formatDateInput,
  isIsoDate,
  monthWeeks,
  parseDateInput,
  shiftMonths,
  todayIso,
} from "./dateInput";
import { LOCALES } from "./types";

describe("formatting a date for a field", () => {
  it.each([
    ["uz-Latn", "17.12.2026"],
    ["uz-Cyrl", "17.12.2026"],
    ["ru", "17.12.2026"],
    ["az", "17.12.2026"],
    ["en", "2026-12-17"],
  ] as const)("%s writes 2026-12-17 as %s", (locale, shown) => {
    expect(formatDateInput(locale, "2026-12-17")).toBe(shown);
  });

  it("writes nothing for what is not an ISO date", () => {
    expect(formatDateInput("ru", "")).toBe("");
    expect(formatDateInput("ru", "2026-02-31")).toBe("");
    expect(formatDateInput("en", "17.12.2026")).toBe("");
  });

  it.each(LOCALES)("%s's placeholder has the field's shape", (locale) => {
    // Same separators in the same places: letters for the placeholder, digits in the field.
    const placeholder = CATALOGUES[locale]["date.placeholder"];
    expect(placeholder.replace(/\p{L}/gu, "0")).toBe(
      formatDateInput(locale, "2026-12-17").replace(/\d/g, "0"),
    );
  });
});

describe("reading what a person typed", () => {
  it.each(["17.12.2026", "17/12/2026", "17-12-2026", " 17.12.2026 ", "2026-12-17", "2026.12.17"])(
    "Russian reads %j as 17 December 2026",
    (typed) => {
      expect(parseDateInput("ru", typed)).toEqual({ kind: "date", iso: "2026-12-17" });
    },
  );

  it("takes a day and month without their leading zero", () => {
    expect(parseDateInput("uz-Latn", "1.2.2026")).toEqual({ kind: "date", iso: "2026-02-01" });
    expect(parseDateInput("en", "2026-2-1")).toEqual({ kind: "date", iso: "2026-02-01" });
  });

  it("reads the same numbers the same way in every day-first language", () => {
    for (const locale of ["uz-Latn", "uz-Cyrl", "ru", "az"] as const) {
      expect(parseDateInput(locale, "03.04.2026")).toEqual({ kind: "date", iso: "2026-04-03" });
    }
  });

  it("takes only year-first dates in English, where 03/04/2026 would be ambiguous", () => {
    expect(parseDateInput("en", "2026-04-03")).toEqual({ kind: "date", iso: "2026-04-03" });
    expect(parseDateInput("en", "03/04/2026")).toEqual({ kind: "malformed" });
  });

  it("tells an empty field, a malformed text and a day that does not exist apart", () => {
    expect(parseDateInput("ru", "  ")).toEqual({ kind: "empty" });
    expect(parseDateInput("ru", "17.12")).toEqual({ kind: "malformed" });
    expect(parseDateInput("ru", "завтра")).toEqual({ kind: "malformed" });
    expect(parseDateInput("ru", "17.12.26")).toEqual({ kind: "malformed" });
    expect(parseDateInput("ru", "17.12.0026")).toEqual({ kind: "malformed" });
    expect(parseDateInput("ru", "31.02.2026")).toEqual({ kind: "impossible" });
    expect(parseDateInput("az", "29.02.2026")).toEqual({ kind: "impossible" });
    expect(parseDateInput("az", "29.02.2028")).toEqual({ kind: "date", iso: "2028-02-29" });
    expect(parseDateInput("ru", "01.13.2026")).toEqual({ kind: "impossible" });
    expect(parseDateInput("en", "2026-02-31")).toEqual({ kind: "impossible" });
  });

  it("round-trips every locale's own form", () => {
    for (const locale of LOCALES) {
      const shown = formatDateInput(locale, "2028-02-29");
      expect(parseDateInput(locale, shown)).toEqual({ kind: "date", iso: "2028-02-29" });
    }
  });
});

describe("calendar arithmetic", () => {
  it("knows real ISO dates", () => {
    expect(isIsoDate("2026-12-17")).toBe(true);
    expect(isIsoDate("2026-2-1")).toBe(false);
    expect(isIsoDate("2026-02-29")).toBe(false);
  });

  it("lays a month out in whole weeks from Monday", () => {
    const weeks = monthWeeks("2026-02-14");
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toBe("2026-01-26");
    expect(weeks[0][6]).toBe("2026-02-01");
    expect(weeks[4][6]).toBe("2026-03-01");
  });

  it("moves by months within the shorter month", () => {
    expect(shiftMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(shiftMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(shiftMonths("2026-03-10", 12)).toBe("2027-03-10");
  });

  it("keeps a day within bounds", () => {
    expect(clampDate("2026-03-01", "2026-03-05", "2026-03-09")).toBe("2026-03-05");
    expect(clampDate("2026-03-12", "2026-03-05", "2026-03-09")).toBe("2026-03-09");
    expect(clampDate("2026-03-07", undefined, "")).toBe("2026-03-07");
  });

  it("names today on this computer's calendar", () => {
    expect(todayIso(new Date(2026, 11, 17, 23, 30))).toBe("2026-12-17");
  });
});
