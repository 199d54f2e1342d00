import { describe, expect, it } from "vitest";
import { amendmentsNewestFirst, amendmentValue } from "./amendments";
import { ORGS, org, row } from "./fixtures";
import {
  countryChoices,
  defaultMobilityFilter,
  isMobilityFiltered,
  mobilityFilterToApi,
  partnerChoices,
  partnerOf,
  yearChoices,
} from "./filters";

describe("the Mobility list", () => {
  it("sends every filter left on “any” as null, and a year as a number", () => {
    expect(mobilityFilterToApi(defaultMobilityFilter())).toEqual({
      direction: null,
      country: null,
      partner_org_id: null,
      status: null,
      year: null,
    });
    const v = { ...defaultMobilityFilter(), direction: "incoming" as const, year: "2027" };
    expect(mobilityFilterToApi(v)).toMatchObject({ direction: "incoming", year: 2027 });
    expect(isMobilityFiltered(defaultMobilityFilter())).toBe(false);
    expect(isMobilityFiltered(v)).toBe(true);
  });

  it("offers the partners' countries and the partners, or everyone when none is a partner", () => {
    expect(countryChoices(ORGS)).toEqual(["AZ", "KZ"]);
    expect(partnerChoices(ORGS).map((o) => o.id)).toEqual(["o-asan", "o-kz"]);
    const home = [org("a", "B agency", "agency", "uz"), org("b", "A centre", "service_centre")];
    expect(countryChoices(home)).toEqual(["UZ"]);
    expect(partnerChoices(home).map((o) => o.name)).toEqual(["A centre", "B agency"]);
  });

  it("offers eight years, two ahead of this one first", () => {
    expect(yearChoices(new Date(2026, 11, 7))).toEqual([
      "2028",
      "2027",
      "2026",
      "2025",
      "2024",
      "2023",
      "2022",
      "2021",
    ]);
  });

  it("names the partner: the host of an outgoing visit, the sender of an incoming one", () => {
    expect(partnerOf(row())).toBe("ASAN xidmət");
    expect(partnerOf(row({ direction: "incoming" }))).toBe("Davlat xizmatlari agentligi");
  });
});

describe("amendments", () => {
  const words = {
    organisation: (id: string) => (id === "o-asan" ? "ASAN xidmət" : ""),
    date: (iso: string) => `[${iso}]`,
    direction: (d: string) => `<${d}>`,
  };

  it("lists the newest first", () => {
    const a = (at: string) => ({
      what: "title",
      before: "a",
      after: "b",
      reason: "r",
      by: "x",
      at,
    });
    expect(
      amendmentsNewestFirst([a("2027-01-01T10:00:00Z"), a("2027-02-01T10:00:00Z")]).map(
        (x) => x.at,
      ),
    ).toEqual(["2027-02-01T10:00:00Z", "2027-01-01T10:00:00Z"]);
  });

  it("words organisations by name, days and directions, and keeps other text", () => {
    expect(amendmentValue("host_org", "o-asan", words)).toBe("ASAN xidmət");
    expect(amendmentValue("host_org", "o-gone", words)).toBe("o-gone");
    expect(amendmentValue("planned_end", "2027-04-17", words)).toBe("[2027-04-17]");
    expect(amendmentValue("direction", "incoming", words)).toBe("<incoming>");
    expect(amendmentValue("programme", "2027-04-12T10:00–12:00 Welcome", words)).toBe(
      "2027-04-12T10:00–12:00 Welcome",
    );
    expect(amendmentValue("members", null, words)).toBe("");
  });
});
