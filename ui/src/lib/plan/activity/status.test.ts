import { describe, expect, it } from "vitest";
import { canCancel, isFinal, nextStatuses } from "./status";

describe("the activity lifecycle", () => {
  it("offers every later step of the chain", () => {
    expect(nextStatuses("draft")).toEqual(["planned", "confirmed", "in_progress", "completed"]);
    expect(nextStatuses("confirmed")).toEqual(["in_progress", "completed"]);
    expect(nextStatuses("in_progress")).toEqual(["completed"]);
  });

  it("keeps completed and cancelled activities as they are", () => {
    expect(nextStatuses("completed")).toEqual([]);
    expect(nextStatuses("cancelled")).toEqual([]);
    expect(isFinal("completed")).toBe(true);
    expect(isFinal("cancelled")).toBe(true);
    expect(canCancel("completed")).toBe(false);
    expect(canCancel("cancelled")).toBe(false);
  });

  it("lets anything not yet final be cancelled", () => {
    for (const s of ["draft", "planned", "confirmed", "in_progress"] as const) {
      expect(canCancel(s)).toBe(true);
      expect(isFinal(s)).toBe(false);
    }
  });
});
