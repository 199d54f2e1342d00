import { describe, expect, it } from "vitest";
import type { Organisation } from "$lib/api/types";
import {
  DEFAULT_GROUPS,
  GROUPINGS,
  defaultReportFilter,
  isNarrowed,
  reportCountries,
  reportFilterToApi,
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

  it("group the hours by unit and the completion by activity at first, and offer every grouping", () => {
    expect(DEFAULT_GROUPS).toEqual({ hours: "unit", completion: "activity" });
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

  it("offer each organisation's country once, sorted", () => {
    expect(reportCountries([org("a", "UZ"), org("b", "az"), org("c", "UZ", "unit")])).toEqual([
      "AZ",
      "UZ",
    ]);
  });
});
