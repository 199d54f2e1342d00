import { describe, expect, it } from "vitest";
import { en } from "./en";
import { formatDate, formatDecimal, formatNumber, interpolate, pluralForm, render } from "./format";
import { ru } from "./ru";
import { uzLatn } from "./uz-Latn";
import type { Plural } from "./types";

describe("plural rules", () => {
  const people = ru["count.people"] as Plural;

  it.each([
    [1, "1 человек"],
    [2, "2 человека"],
    [4, "4 человека"],
    [5, "5 человек"],
    [11, "11 человек"],
    [12, "12 человек"],
    [21, "21 человек"],
    [22, "22 человека"],
    [25, "25 человек"],
    [0, "0 человек"],
  ])("Russian: %i → %s", (n, expected) => {
    expect(render("ru", people, {}, n)).toBe(expected);
  });

  it("Russian one/few/many pick different forms", () => {
    expect(pluralForm("ru", people, 1)).not.toBe(pluralForm("ru", people, 3));
    expect(pluralForm("ru", people, 3)).not.toBe(pluralForm("ru", people, 7));
  });

  it("English one/other", () => {
    expect(render("en", en["count.people"], {}, 1)).toBe("1 person");
    expect(render("en", en["count.people"], {}, 2)).toBe("2 people");
  });

  it("Uzbek counts with one form", () => {
    expect(render("uz-Latn", uzLatn["count.people"], {}, 1)).toBe("1 nafar xodim");
    expect(render("uz-Latn", uzLatn["count.people"], {}, 7)).toBe("7 nafar xodim");
  });

  it("groups large counts for the locale", () => {
    expect(render("ru", people, {}, 200000)).toBe("200\u00a0000 человек");
    expect(render("en", en["count.people"], {}, 200000)).toBe("200,000 people");
  });

  it("falls back to 'other' when a form is missing", () => {
    expect(pluralForm("ru", { other: "x" }, 2)).toBe("x");
  });
});

describe("interpolate", () => {
  it("fills named parameters and leaves unknown ones visible", () => {
    expect(interpolate("{done} of {total}", { done: 3, total: 10 })).toBe("3 of 10");
    expect(interpolate("Hello {who}")).toBe("Hello {who}");
  });
});

describe("dates through date-fns locales", () => {
  const d = new Date(2025, 2, 10);

  it.each([
    ["uz-Latn", "10 Mart 2025"],
    ["uz-Cyrl", "10 март 2025"],
    ["ru", "10 марта 2025"],
    ["az", "10 Mart 2025"],
    ["en", "10 March 2025"],
  ] as const)("%s", (locale, expected) => {
    expect(formatDate(locale, d)).toBe(expected);
  });

  it("reads ISO text and returns nothing for an invalid date", () => {
    expect(formatDate("en", "2024-12-31")).toBe("31 December 2024");
    expect(formatDate("en", "not a date")).toBe("");
  });
});

describe("numbers", () => {
  it("uses the locale's thousands separator", () => {
    expect(formatNumber("uz-Latn", 1234567)).toBe("1\u00a0234\u00a0567");
    expect(formatNumber("en", 1234567)).toBe("1,234,567");
    expect(formatNumber("az", 999)).toBe("999");
    expect(formatNumber("ru", -12000)).toBe("-12\u00a0000");
  });

  it("writes decimals with the locale's separator and drops trailing zeros", () => {
    expect(formatDecimal("en", 72.5)).toBe("72.5");
    expect(formatDecimal("ru", 72.5)).toBe("72,5");
    expect(formatDecimal("uz-Latn", 80)).toBe("80");
    expect(formatDecimal("az", 66.666)).toBe("66,7");
    expect(formatDecimal("en", 1234.25, 2)).toBe("1,234.25");
    expect(formatDecimal("ru", -0.04)).toBe("0");
    expect(formatDecimal("ru", -1.5)).toBe("-1,5");
  });
});
