import { describe, expect, it } from "vitest";
import type { Organisation } from "$lib/api/types";
import {
  DEFAULT_GROUPS,
  FULL_SCOPE,
  GROUPINGS,
  defaultReportFilter,
  isNarrowed,
  reportCountries,
  reportFilterToApi,
  withinScope,
} from "./filters";

const org = (id: string, country: string, kind: Organisation["kind"] = "agency"): Organisation => ({
  id,
  name: id,
  short_code: null,
  country,
  kind,
  parent_id: null,
  created_at: "2025-01-01T00:00:00Z",
});

describe("the report filters", () => {
  it("start with this calendar year and everyone", () => {
    const v = defaultReportFilter(new Date(2027, 5, 15));
    expect(v).toEqual({
      from: "2027-01-01",
      to: "2027-12-31",
      organisation: "",
      programme: "",
      kind: "",
      country: "",
    });
    expect(isNarrowed(v)).toBe(false);
  });

  it("group each report its own way at first, and offer every grouping", () => {
    expect(DEFAULT_GROUPS).toEqual({
      hours: "unit",
      completion: "activity",
      certificates: "month",
      trainers: "person",
      mobility: "unit",
    });
    expect(GROUPINGS).toEqual([
      "person",
      "unit",
      "organisation",
      "programme",
      "activity",
      "month",
      "year",
    ]);
  });

  it("send every “any” as null", () => {
    expect(reportFilterToApi(defaultReportFilter(new Date(2027, 5, 15)), "unit")).toEqual({
      from: "2027-01-01",
      to: "2027-12-31",
      organisation_id: null,
      programme_id: null,
      kind: null,
      country: null,
      group_by: "unit",
    });
    const narrowed = {
      ...defaultReportFilter(new Date(2027, 5, 15)),
      organisation: "o1",
      programme: "p1",
      kind: "seminar" as const,
      country: "UZ",
    };
    expect(isNarrowed(narrowed)).toBe(true);
    expect(reportFilterToApi(narrowed, "month")).toMatchObject({
      organisation_id: "o1",
      programme_id: "p1",
      kind: "seminar",
      country: "UZ",
      group_by: "month",
    });
  });

  it("count a filter a report does not offer as “any”", () => {
    const v = {
      ...defaultReportFilter(new Date(2027, 5, 15)),
      organisation: "o1",
      programme: "p1",
      kind: "seminar" as const,
    };
    expect(withinScope(v, FULL_SCOPE)).toEqual(v);
    const mobility = { programme: false, kinds: ["study_visit", "internship"] as const };
    expect(withinScope(v, mobility)).toEqual({ ...v, programme: "", kind: "" });
    expect(withinScope({ ...v, kind: "internship" }, mobility).kind).toBe("internship");
  });

  it("offer each organisation's country once, sorted", () => {
    expect(reportCountries([org("a", "UZ"), org("b", "az"), org("c", "UZ", "unit")])).toEqual([
      "AZ",
      "UZ",
    ]);
  });
});
