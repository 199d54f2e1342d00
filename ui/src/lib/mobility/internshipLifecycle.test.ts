import { describe, expect, it } from "vitest";
import { defaultInternshipFilter, internshipFilterToApi } from "./filters";
import { internship } from "./internshipFixtures";
import {
  internshipIsOpen,
  internshipIsRunning,
  internshipNeedsAmendment,
  internshipSteps,
  placementSpan,
  takesCertificate,
} from "./internshipLifecycle";

describe("a placement's next steps", () => {
  const to = (over: Parameters<typeof internship>[0]) =>
    internshipSteps(internship(over)).map((s) => s.to);

  it("offers the moves the server allows, forward first and withdrawing last", () => {
    expect(to({ status: "proposed" })).toEqual(["host_accepted", "withdrawn"]);
    expect(to({ status: "host_accepted" })).toEqual(["agreed", "proposed", "withdrawn"]);
    expect(to({ status: "agreed" })).toEqual(["under_way", "withdrawn"]);
    expect(to({ status: "under_way" })).toEqual(["withdrawn"]);
    expect(to({ status: "evaluated" })).toEqual(["closed", "withdrawn"]);
    expect(to({ status: "closed" })).toEqual([]);
    expect(to({ status: "withdrawn" })).toEqual([]);
  });

  it("blocks agreeing without a mentor or objectives, and asks why to withdraw", () => {
    const agree = (over: Parameters<typeof internship>[0]) =>
      internshipSteps(internship({ status: "host_accepted", ...over })).find(
        (s) => s.to === "agreed",
      )?.blocked;
    expect(agree({})).toBeNull();
    expect(agree({ mentor: null })).toBe("mentor_required");
    expect(agree({ objectives: [] })).toBe("objectives_required");
    const steps = internshipSteps(internship());
    expect(steps.find((s) => s.to === "withdrawn")?.needsReason).toBe(true);
    expect(steps.find((s) => s.to === "host_accepted")?.needsReason).toBe(false);
  });

  it("keeps changes as amendments once agreed; logs, evaluates and certifies in its time", () => {
    expect(internshipNeedsAmendment("host_accepted")).toBe(false);
    expect(internshipNeedsAmendment("agreed")).toBe(true);
    expect(internshipNeedsAmendment("closed")).toBe(true);
    expect(internshipIsOpen("evaluated")).toBe(true);
    expect(internshipIsOpen("closed")).toBe(false);
    expect(internshipIsRunning("agreed")).toBe(false);
    expect(internshipIsRunning("evaluated")).toBe(true);
    expect(takesCertificate("under_way")).toBe(false);
    expect(takesCertificate("closed")).toBe(true);
  });

  it("reckons the placement's days as the server does", () => {
    expect(placementSpan(internship())).toEqual({ from: "2027-03-01", to: "2027-03-26" });
    expect(placementSpan(internship({ actual_start: "2027-03-02" }))).toEqual({
      from: "2027-03-02",
      to: "2027-03-26",
    });
    expect(
      placementSpan(internship({ actual_start: "2027-03-02", actual_end: "2027-03-30" })),
    ).toEqual({ from: "2027-03-02", to: "2027-03-30" });
  });
});

describe("the internship list's filters", () => {
  it("sends every filter left on “any” as null, an internship status as it is", () => {
    expect(internshipFilterToApi(defaultInternshipFilter())).toEqual({
      direction: null,
      country: null,
      partner_org_id: null,
      status: null,
      year: null,
    });
    expect(
      internshipFilterToApi({
        ...defaultInternshipFilter(),
        status: "host_accepted",
        year: "2027",
      }),
    ).toMatchObject({ status: "host_accepted", year: 2027 });
  });
});
