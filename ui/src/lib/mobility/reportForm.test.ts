import { describe, expect, it } from "vitest";
import {
  checkReport,
  emptyFollowUp,
  formToReport,
  hasReportErrors,
  placeReportError,
  reportToForm,
} from "./reportForm";

describe("the visit report", () => {
  it("drops follow-up rows left empty and sends the rest trimmed", () => {
    const v = {
      learned: " One window for every service ",
      follow_ups: [
        { action: "Pilot a front office", owner: "Karimova", due_on: "2027-06-01", done: false },
        emptyFollowUp(),
        { action: "Send the thanks", owner: " Aliyev ", due_on: "", done: true },
      ],
    };
    expect(checkReport(v)).toEqual({ follow_ups: {} });
    expect(formToReport(v)).toEqual({
      learned: "One window for every service",
      follow_ups: [
        { action: "Pilot a front office", owner: "Karimova", due_on: "2027-06-01", done: false },
        { action: "Send the thanks", owner: "Aliyev", due_on: null, done: true },
      ],
    });
  });

  it("asks for the text, and an action and owner on each follow-up kept", () => {
    const errors = checkReport({
      learned: "",
      follow_ups: [emptyFollowUp(), { ...emptyFollowUp(), action: "Pilot" }],
    });
    expect(hasReportErrors(errors)).toBe(true);
    expect(errors.learned).toEqual({ key: "validation.required" });
    expect(errors.follow_ups).toEqual({ 0: { owner: { key: "validation.required" } } });
  });

  it("reads a stored report, and places a refusal beside its follow-up", () => {
    expect(reportToForm(null)).toEqual({ learned: "", follow_ups: [] });
    expect(
      reportToForm({
        learned: "x",
        follow_ups: [{ action: "a", owner: "o", due_on: null, done: false }],
      }).follow_ups,
    ).toEqual([{ action: "a", owner: "o", due_on: "", done: false }]);
    const refused = (field: string) => ({
      code: "invalid" as const,
      field,
      reason: { key: "required" as const },
    });
    expect(placeReportError(refused("follow_ups.2.owner"))).toEqual({
      follow_ups: { 1: { owner: { reason: { key: "required" } } } },
    });
    expect(placeReportError(refused("learned"))?.learned).toEqual({ reason: { key: "required" } });
    expect(placeReportError(refused("status"))).toBeNull();
  });
});
