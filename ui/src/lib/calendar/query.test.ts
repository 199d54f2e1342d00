import { describe, expect, it } from "vitest";
import { activityQuery, calendarQuery, isCapped, LIMIT, NO_FILTERS } from "./query";

describe("the calendar's requests", () => {
  it("asks for a week or month in the viewer's zone, capped, with no filters as null", () => {
    expect(calendarQuery("week", "2025-03-12", "Asia/Tashkent", NO_FILTERS)).toEqual({
      from: "2025-03-10",
      to: "2025-03-17",
      time_zone: "Asia/Tashkent",
      organisation_id: null,
      trainer_id: null,
      venue_id: null,
      kind: null,
      limit: LIMIT,
    });
    expect(LIMIT).toBe(5000);
  });

  it("counts a full list as capped", () => {
    expect(isCapped(4999)).toBe(false);
    expect(isCapped(5000)).toBe(true);
  });

  it("passes the filters on", () => {
    const q = calendarQuery("month", "2025-03-12", "UTC", {
      organisation: "o1",
      trainer: "t1",
      venue: "v1",
      kind: "seminar",
    });
    expect(q).toMatchObject({
      from: "2025-02-24",
      to: "2025-04-07",
      organisation_id: "o1",
      trainer_id: "t1",
      venue_id: "v1",
      kind: "seminar",
    });
  });

  it("lists a year's activities with both bounds inclusive", () => {
    expect(activityQuery("2025-03-12", { ...NO_FILTERS, kind: "workshop" })).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
      organisation_id: null,
      trainer_id: null,
      venue_id: null,
      kind: "workshop",
      limit: LIMIT,
    });
  });
});
