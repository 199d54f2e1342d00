import { describe, expect, it } from "vitest";
import {
  ACTIVITY_LIST_LIMIT,
  defaultActivityFilter,
  filterToApi,
  isFiltered,
  isoDay,
} from "./filters";

const today = new Date(2026, 2, 15, 10, 30); // 15 March 2026, local time

describe("activity filters", () => {
  it("look back 30 days by default, everything else open", () => {
    expect(defaultActivityFilter(today)).toEqual({
      from: "2026-02-13",
      to: "",
      kind: "",
      status: "",
      organisation: "",
    });
  });

  it("cross month and year ends", () => {
    expect(defaultActivityFilter(new Date(2026, 0, 10)).from).toBe("2025-12-11");
    expect(isoDay(new Date(2024, 1, 29))).toBe("2024-02-29");
  });

  it("send every 'any' as null, with the list's limit", () => {
    expect(filterToApi(defaultActivityFilter(today))).toEqual({
      from: "2026-02-13",
      to: null,
      kind: null,
      status: null,
      organisation_id: null,
      limit: ACTIVITY_LIST_LIMIT,
    });
  });

  it("send chosen values as they are, a half-typed date as null", () => {
    expect(
      filterToApi(
        {
          from: "2026-0",
          to: "2026-04-01",
          kind: "seminar",
          status: "planned",
          organisation: "o1",
        },
        50,
      ),
    ).toEqual({
      from: null,
      to: "2026-04-01",
      kind: "seminar",
      status: "planned",
      organisation_id: "o1",
      limit: 50,
    });
  });

  it("tell when they differ from the defaults", () => {
    expect(isFiltered(defaultActivityFilter(today), today)).toBe(false);
    expect(isFiltered({ ...defaultActivityFilter(today), kind: "workshop" }, today)).toBe(true);
    expect(isFiltered({ ...defaultActivityFilter(today), from: "" }, today)).toBe(true);
  });
});
