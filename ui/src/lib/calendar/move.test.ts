import { describe, expect, it } from "vitest";
import { entry } from "./fixtures";
import {
  columnAt,
  droppedTop,
  keyShift,
  minutesToPx,
  pxToMinutes,
  shiftBetween,
  shiftedSession,
  shiftWall,
  snap,
} from "./move";

describe("moving a block", () => {
  it("snaps to a quarter of an hour", () => {
    expect(snap(7)).toBe(0);
    expect(snap(8)).toBe(15);
    expect(snap(-8)).toBe(-15);
    expect(snap(547)).toBe(540);
  });

  it("converts between pixels and minutes", () => {
    expect(minutesToPx(90, 48)).toBe(72);
    expect(pxToMinutes(12, 48)).toBe(15);
  });

  it("finds the day column under the pointer, clamped to the grid", () => {
    expect(columnAt(150, 100, 700, 7)).toBe(0);
    expect(columnAt(250, 100, 700, 7)).toBe(1);
    expect(columnAt(799, 100, 700, 7)).toBe(6);
    expect(columnAt(2000, 100, 700, 7)).toBe(6);
    expect(columnAt(0, 100, 700, 7)).toBe(0);
  });

  it("drops the top on the grid, inside the day", () => {
    expect(droppedTop(540, 28, 48)).toBe(570); // 35 minutes later, snapped to 09:30
    expect(droppedTop(550, 0, 48)).toBe(555);
    expect(droppedTop(60, -200, 48)).toBe(0);
    expect(droppedTop(1400, 200, 48)).toBe(1425);
  });

  it("measures the shift between the original and dropped start", () => {
    expect(shiftBetween({ column: 0, top: 540 }, { column: 2, top: 600 })).toBe(2 * 1440 + 60);
    expect(shiftBetween({ column: 3, top: 540 }, { column: 1, top: 480 })).toBe(-2 * 1440 - 60);
  });

  it("maps Alt+arrows to shifts and ignores other keys", () => {
    expect(keyShift({ key: "ArrowUp", altKey: true })).toBe(-15);
    expect(keyShift({ key: "ArrowDown", altKey: true })).toBe(15);
    expect(keyShift({ key: "ArrowLeft", altKey: true })).toBe(-1440);
    expect(keyShift({ key: "ArrowRight", altKey: true })).toBe(1440);
    expect(keyShift({ key: "ArrowDown", altKey: false })).toBeNull();
    expect(keyShift({ key: "Enter", altKey: true })).toBeNull();
  });

  it("shifts the venue's wall times, keeping the duration", () => {
    expect(shiftWall("2025-03-10T09:00:00", 15)).toBe("2025-03-10T09:15");
    expect(shiftWall("2025-03-31T23:30:00", 60)).toBe("2025-04-01T00:30");
    expect(shiftWall("2025-03-10T09:00", -1440)).toBe("2025-03-09T09:00");
    const e = entry("s", ["2025-03-10T13:00:00", "2025-03-10T16:30:00"], { zone: "Asia/Baku" });
    expect(shiftedSession(e.session, 1440 + 45)).toEqual({
      start: "2025-03-11T13:45",
      end: "2025-03-11T17:15",
    });
  });
});
