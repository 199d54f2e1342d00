import { describe, expect, it } from "vitest";
import { hostSteps, needsAmendment, senderSteps, takesReport, visitSpan } from "./lifecycle";
import { visit } from "./fixtures";

describe("a visit's next steps", () => {
  it("offers the sender the next step, back to draft from a proposal, and cancelling", () => {
    const to = (v: Parameters<typeof senderSteps>[0]) => senderSteps(v).map((s) => s.to);
    expect(to({ status: "draft", host_status: "pending" })).toEqual(["proposed", "cancelled"]);
    expect(to({ status: "proposed", host_status: "pending" })).toEqual([
      "confirmed",
      "draft",
      "cancelled",
    ]);
    expect(to({ status: "confirmed", host_status: "accepted" })).toEqual([
      "under_way",
      "cancelled",
    ]);
    expect(to({ status: "under_way", host_status: "accepted" })).toEqual([
      "completed",
      "cancelled",
    ]);
    expect(to({ status: "completed", host_status: "accepted" })).toEqual([]);
    expect(to({ status: "cancelled", host_status: "declined" })).toEqual([]);
  });

  it("blocks confirming until the host accepts, and asks a reason only to cancel", () => {
    const pending = senderSteps({ status: "proposed", host_status: "pending" });
    expect(pending.find((s) => s.to === "confirmed")?.blocked).toBe(true);
    expect(pending.find((s) => s.to === "cancelled")?.needsReason).toBe(true);
    expect(pending.find((s) => s.to === "draft")).toEqual({
      to: "draft",
      needsReason: false,
      blocked: false,
    });
    const accepted = senderSteps({ status: "proposed", host_status: "accepted" });
    expect(accepted.find((s) => s.to === "confirmed")?.blocked).toBe(false);
  });

  it("lets the host answer a proposal, withdraw until the visit is under way, and reconsider", () => {
    const to = (v: Parameters<typeof hostSteps>[0]) => hostSteps(v).map((s) => s.to);
    expect(to({ status: "draft", host_status: "pending" })).toEqual([]);
    expect(to({ status: "proposed", host_status: "pending" })).toEqual(["accepted", "declined"]);
    expect(to({ status: "proposed", host_status: "accepted" })).toEqual(["declined"]);
    expect(to({ status: "confirmed", host_status: "accepted" })).toEqual(["declined"]);
    expect(to({ status: "under_way", host_status: "accepted" })).toEqual([]);
    expect(to({ status: "proposed", host_status: "declined" })).toEqual(["accepted"]);
    expect(to({ status: "cancelled", host_status: "declined" })).toEqual([]);
    expect(hostSteps({ status: "proposed", host_status: "pending" })[1].needsReason).toBe(true);
  });

  it("makes changes amendments once agreed, and takes a report under way or after", () => {
    expect(["draft", "proposed", "cancelled"].map((s) => needsAmendment(s as never))).toEqual([
      false,
      false,
      false,
    ]);
    expect(["confirmed", "under_way", "completed"].every((s) => needsAmendment(s as never))).toBe(
      true,
    );
    expect(takesReport("confirmed")).toBe(false);
    expect(takesReport("under_way")).toBe(true);
    expect(takesReport("completed")).toBe(true);
  });

  it("reckons the visit's days as the server does", () => {
    expect(visitSpan(visit())).toEqual({ from: "2027-04-12", to: "2027-04-16" });
    expect(visitSpan(visit({ actual_start: "2027-04-13" }))).toEqual({
      from: "2027-04-13",
      to: "2027-04-16",
    });
    expect(visitSpan(visit({ actual_start: "2027-04-18" }))).toEqual({
      from: "2027-04-18",
      to: "2027-04-18",
    });
    expect(visitSpan(visit({ actual_start: "2027-04-13", actual_end: "2027-04-17" }))).toEqual({
      from: "2027-04-13",
      to: "2027-04-17",
    });
  });
});
