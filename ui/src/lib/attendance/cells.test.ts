import { describe, expect, it } from "vitest";
import { cellKey, EMPTY, normalised, sameValue, splitKey, valueOf, withStatus } from "./cells";

describe("cell values", () => {
  it("keys a cell by person and session, and splits the key back", () => {
    expect(splitKey(cellKey("p1", "s1"))).toEqual({ personId: "p1", sessionId: "s1" });
  });

  it("reads a saved mark, or nothing", () => {
    expect(valueOf(undefined)).toBe(EMPTY);
    expect(
      valueOf({
        session_id: "s",
        person_id: "p",
        status: "late",
        minutes_late: 10,
        note: "bus",
        version: 3,
        marked_by: "u",
        marked_at: "2025-01-01T00:00:00Z",
      }),
    ).toEqual({ status: "late", minutes_late: 10, note: "bus" });
  });

  it("drops minutes unless late, notes on a cleared cell and blank notes", () => {
    expect(normalised({ status: "present", minutes_late: 5, note: "  " })).toEqual({
      status: "present",
      minutes_late: null,
      note: null,
    });
    expect(normalised({ status: null, minutes_late: null, note: "x" })).toEqual(EMPTY);
    expect(normalised({ status: "late", minutes_late: 5, note: " bus " })).toEqual({
      status: "late",
      minutes_late: 5,
      note: "bus",
    });
  });

  it("compares values as they would be saved", () => {
    expect(sameValue(EMPTY, { status: null, minutes_late: 3, note: "x" })).toBe(true);
    expect(sameValue(EMPTY, { status: "present", minutes_late: null, note: null })).toBe(false);
  });

  it("changes the status by key, keeping the note and, while late, the minutes", () => {
    const late = { status: "late" as const, minutes_late: 10, note: "bus" };
    expect(withStatus(late, "late")).toEqual(late);
    expect(withStatus(late, "present")).toEqual({
      status: "present",
      minutes_late: null,
      note: "bus",
    });
    expect(withStatus(late, null)).toEqual(EMPTY);
  });
});
