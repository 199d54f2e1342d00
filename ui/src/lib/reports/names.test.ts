import { describe, expect, it } from "vitest";
import { formatDate } from "$lib/i18n/format";
import { groupName, type GroupWords } from "./names";

const words = (locale: "en" | "ru" | "uz-Latn"): GroupWords => ({
  noProgramme: "Outside any programme",
  month: (d) => formatDate(locale, d, "LLLL yyyy"),
});

describe("a report row's name", () => {
  it("is its label for people, units, organisations, programmes and years", () => {
    for (const group of ["person", "unit", "organisation", "programme", "year"] as const) {
      expect(groupName({ key: "k1", label: "Kadrlar boʻlimi" }, group, words("en"))).toBe(
        "Kadrlar boʻlimi",
      );
    }
  });

  it("words the row of activities outside any programme", () => {
    expect(groupName({ key: null, label: "" }, "programme", words("en"))).toBe(
      "Outside any programme",
    );
  });

  it("names a month with its year, capitalised, in the locale", () => {
    const march = { key: "2026-03", label: "2026-03" };
    expect(groupName(march, "month", words("en"))).toBe("March 2026");
    expect(groupName(march, "month", words("ru"))).toBe("Март 2026");
    expect(groupName(march, "month", words("uz-Latn"))).toBe("Mart 2026");
  });
});
