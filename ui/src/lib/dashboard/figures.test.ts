import { describe, expect, it } from "vitest";
import { CATALOGUES } from "$lib/i18n/catalogues";
import { interpolate } from "$lib/i18n/format";
import { LOCALES, type Locale } from "$lib/i18n/types";
import {
  completionSplit,
  enrolledText,
  formatFigure,
  freeText,
  isBlank,
  isEmptyDashboard,
  monthName,
  monthNames,
  peakIndex,
  total,
  wrapLabel,
  yearChange,
  yearChoices,
  type SeatWords,
} from "./figures";
import { busyCompletion, busyDashboard, emptyCompletion, emptyDashboard } from "./fixtures";

describe("yearChange", () => {
  it("is the change in percent of last year, rounded to a tenth", () => {
    expect(yearChange({ this_year: 120, last_year: 100 })).toEqual({
      direction: "up",
      percent: 20,
    });
    expect(yearChange({ this_year: 1200, last_year: 1500 })).toEqual({
      direction: "down",
      percent: 20,
    });
    expect(yearChange({ this_year: 2, last_year: 3 })).toEqual({
      direction: "down",
      percent: 33.3,
    });
  });

  it("is the same when nothing moved (or less than a twentieth of a percent)", () => {
    expect(yearChange({ this_year: 40, last_year: 40 })).toEqual({ direction: "same" });
    expect(yearChange({ this_year: 10000.2, last_year: 10000 })).toEqual({ direction: "same" });
  });

  it("has no percent when last year had none", () => {
    expect(yearChange({ this_year: 5, last_year: 0 })).toEqual({ direction: "new" });
    expect(yearChange({ this_year: 0, last_year: 0 })).toEqual({ direction: "none" });
  });

  it("falls by a hundred percent to nothing", () => {
    expect(yearChange({ this_year: 0, last_year: 8 })).toEqual({
      direction: "down",
      percent: 100,
    });
  });
});

describe("yearChoices", () => {
  it("offers this year first, then the years before", () => {
    expect(yearChoices(2026, 4)).toEqual([2026, 2025, 2024, 2023]);
    expect(yearChoices(2026)).toHaveLength(10);
  });
});

describe("month names", () => {
  const expected: Record<Locale, [string, string, string]> = {
    "uz-Latn": ["Yanvar", "Sentabr", "Sen"],
    "uz-Cyrl": ["Январ", "Сентабр", "Сен"],
    ru: ["Январь", "Сентябрь", "Сент."],
    az: ["Yanvar", "Sentyabr", "Sen"],
    en: ["January", "September", "Sep"],
  };

  it.each(LOCALES)("names the months in %s, capitalised", (locale) => {
    const [january, september, sep] = expected[locale];
    const names = monthNames(locale, 2026);
    expect(names).toHaveLength(12);
    expect(names[0]).toBe(january);
    expect(names[8]).toBe(september);
    expect(monthNames(locale, 2026, true)[8]).toBe(sep);
    expect(monthName(locale, "2026-09")).toBe(september);
  });
});

describe("completionSplit", () => {
  it("takes the server's rate over the places decided", () => {
    expect(completionSplit({ completed: 3, not_completed: 1, completion_rate: 75 })).toEqual({
      completed: 3,
      notCompleted: 1,
      decided: 4,
      rate: 75,
    });
  });

  it("works the rate out when the server gave none", () => {
    expect(
      completionSplit({ completed: 1, not_completed: 2, completion_rate: null }).rate,
    ).toBeCloseTo(33.33, 2);
  });

  it("reads the completion answer as it comes", () => {
    expect(completionSplit(busyCompletion())).toEqual({
      completed: 870,
      notCompleted: 130,
      decided: 1000,
      rate: 87,
    });
  });

  it("has no rate when no place is decided", () => {
    expect(completionSplit({ completed: 0, not_completed: 0, completion_rate: null })).toEqual({
      completed: 0,
      notCompleted: 0,
      decided: 0,
      rate: null,
    });
  });
});

describe("figures in the locale", () => {
  it("writes hours with a decimal and counts whole, with the locale's separators", () => {
    expect(formatFigure("en", "hours", 12345.5)).toBe("12,345.5");
    expect(formatFigure("ru", "hours", 12345.5)).toBe("12\u00a0345,5");
    expect(formatFigure("uz-Latn", "hours", 80)).toBe("80");
    expect(formatFigure("az", "count", 1500)).toBe("1\u00a0500");
  });
});

describe("seats in words", () => {
  const words = (locale: Locale): SeatWords => ({
    enrolledOf: (enrolled, capacity) =>
      interpolate(CATALOGUES[locale]["dashboard.open.enrolledOf"] as string, {
        enrolled,
        capacity,
      }),
    noLimit: CATALOGUES[locale]["dashboard.open.noLimit"] as string,
  });
  const [limited, open] = busyDashboard().open_activities;

  it("tells enrolled against the seats, and the seats left", () => {
    expect(enrolledText("en", limited, words("en"))).toBe("12 of 30");
    expect(enrolledText("uz-Latn", limited, words("uz-Latn"))).toBe("30 tadan 12 ta");
    expect(freeText("en", limited, words("en"))).toBe("18");
  });

  it("says there is no limit when the activity has none", () => {
    expect(enrolledText("ru", open, words("ru"))).toBe("1\u00a0234");
    expect(freeText("en", open, words("en"))).toBe("No limit");
    expect(freeText("uz-Cyrl", open, words("uz-Cyrl"))).toBe("Чекланмаган");
  });

  it("says none are left as 0, not as no limit", () => {
    expect(freeText("en", { ...limited, free: 0 }, words("en"))).toBe("0");
  });
});

describe("an empty register", () => {
  it("has nothing to show", () => {
    expect(isEmptyDashboard(emptyDashboard(), emptyCompletion())).toBe(true);
    expect(isEmptyDashboard(busyDashboard(), busyCompletion())).toBe(false);
  });

  it("is not empty with only last year's hours or one activity coming", () => {
    expect(
      isEmptyDashboard(
        { ...emptyDashboard(), hours: { this_year: 0, last_year: 3 } },
        emptyCompletion(),
      ),
    ).toBe(false);
    expect(
      isEmptyDashboard(
        { ...emptyDashboard(), open_activities: busyDashboard().open_activities },
        emptyCompletion(),
      ),
    ).toBe(false);
  });

  it("is not empty with only results, nor while the completion is not known", () => {
    expect(isEmptyDashboard(emptyDashboard(), { completed: 0, not_completed: 4 })).toBe(false);
    expect(isEmptyDashboard(emptyDashboard(), null)).toBe(false);
  });
});

describe("totals and peaks", () => {
  it("adds and finds the largest, the first of equals", () => {
    expect(total([1, 2.5, 3])).toBe(6.5);
    expect(peakIndex([0, 4, 9, 9, 1])).toBe(2);
    expect(peakIndex([0, 0])).toBe(-1);
    expect(peakIndex([])).toBe(-1);
  });

  it("calls a chart blank when every drawn figure is zero", () => {
    const series = (values: number[], tableOnly = false) => ({
      label: "x",
      values,
      unit: "count" as const,
      tone: "accent" as const,
      tableOnly,
    });
    expect(isBlank({ labelHeading: "", labels: [], series: [series([0, 0])] })).toBe(true);
    expect(
      isBlank({ labelHeading: "", labels: [], series: [series([0]), series([5], true)] }),
    ).toBe(true);
    expect(isBlank({ labelHeading: "", labels: [], series: [series([0, 1])] })).toBe(false);
  });
});

describe("wrapLabel", () => {
  it("keeps a short label on one line", () => {
    expect(wrapLabel("Public finance")).toEqual(["Public finance"]);
  });

  it("wraps at spaces and ends a cut label with an ellipsis", () => {
    expect(wrapLabel("Davlat xaridlari toʻgʻrisidagi qonunchilik", 20)).toEqual([
      "Davlat xaridlari",
      "toʻgʻrisidagi…",
    ]);
  });

  it("cuts a word longer than a line", () => {
    expect(wrapLabel("Qayta tayyorlashvamalakaoshirish kurslari", 10, 3)).toEqual([
      "Qayta",
      "tayyorlash",
      "vamalakao…",
    ]);
  });
});
