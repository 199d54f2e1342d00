import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NewMark } from "$lib/api/types";
import { cellKey } from "./cells";
import { RollEditor } from "./editor";
import { echo, makeRoll, mark } from "./fixtures";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function editor(save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m))), onStale = vi.fn()) {
  const roll = makeRoll(
    ["Aliyev", "Karimova", "Rahimov"],
    ["s1"],
    [mark("p2", "s1", "late", 2, { minutes_late: 10, note: "bus" })],
    { p3: "UZ-2025-000017" },
  );
  return { e: new RollEditor(roll, { save, onStale }), save, onStale };
}

describe("a roll being marked", () => {
  it("marks by key, keeping the note, and never touches a locked person", () => {
    const { e } = editor();
    e.mark("p2", "s1", "absent");
    expect(e.value("p2", "s1")).toEqual({ status: "absent", minutes_late: null, note: "bus" });
    e.mark("p3", "s1", "present");
    expect(e.value("p3", "s1").status).toBeNull();
    expect(e.isLocked("p3")).toBe(true);
    expect(e.view().canUndo).toBe(true);
  });

  it("marks every unmarked, unlocked cell present in one undoable step", () => {
    const { e } = editor();
    expect(e.markAllUnmarked()).toBe(1);
    expect(e.value("p1", "s1").status).toBe("present");
    expect(e.value("p2", "s1").status).toBe("late");
    expect(e.value("p3", "s1").status).toBeNull();
    expect(e.undo()).toBe(true);
    expect(e.value("p1", "s1").status).toBeNull();
    expect(e.undo()).toBe(false);
  });

  it("undoes the latest action first, back to what each cell showed", () => {
    const { e } = editor();
    e.mark("p1", "s1", "present");
    e.mark("p1", "s1", "absent");
    e.mark("p2", "s1", null);
    e.undo();
    expect(e.value("p2", "s1")).toEqual({ status: "late", minutes_late: 10, note: "bus" });
    e.undo();
    expect(e.value("p1", "s1").status).toBe("present");
  });

  it("applies the detail panel's values with a reason for the history", async () => {
    const { e, save } = editor();
    e.apply("p2", "s1", { status: "late", minutes_late: 25, note: "bus" }, "read the sheet again");
    await e.flush();
    expect(save.mock.calls[0][0]).toEqual([
      {
        session_id: "s1",
        person_id: "p2",
        status: "late",
        minutes_late: 25,
        note: "bus",
        expected_version: 2,
        reason: "read the sheet again",
      },
    ]);
    expect(e.isRecorded("p2", "s1")).toBe(true);
  });

  it("asks for a reload when a save is stale, and forgets the undone cells", async () => {
    const save = vi.fn(() =>
      Promise.reject({ code: "stale", reason: { key: "stale", entity: "mark" } }),
    );
    const { e, onStale } = editor(save);
    e.mark("p1", "s1", "present");
    await e.flush();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(e.view()).toMatchObject({ state: "error", canUndo: false });
    expect(e.view().error?.code).toBe("stale");
    expect(e.value("p1", "s1").status).toBeNull();
    e.replace(makeRoll(["Aliyev"], ["s1"], [mark("p1", "s1", "excused", 5)]));
    expect(e.value("p1", "s1").status).toBe("excused");
    expect(e.view().error?.code).toBe("stale");
  });

  it("renders every cell, and tells subscribers about changes until disposed", async () => {
    const { e } = editor();
    const heard = vi.fn();
    e.subscribe(heard);
    e.mark("p1", "s1", "present");
    expect(heard).toHaveBeenCalled();
    expect(Object.keys(e.view().cells)).toEqual([
      cellKey("p1", "s1"),
      cellKey("p2", "s1"),
      cellKey("p3", "s1"),
    ]);
    heard.mockClear();
    await e.dispose();
    e.mark("p1", "s1", "absent");
    expect(heard).not.toHaveBeenCalled();
  });

  it("never changes a session `mayMark` refuses, nor saves anything for it", async () => {
    const save = vi.fn((m: NewMark[]) => Promise.resolve(echo(m)));
    const roll = makeRoll(["Aliyev", "Karimova"], ["s1", "s2"]);
    const e = new RollEditor(roll, { save, mayMark: (s) => s.id === "s1" });
    expect(e.isReadOnly("s2")).toBe(true);
    expect(e.isReadOnly("s1")).toBe(false);
    e.mark("p1", "s2", "present");
    e.apply("p1", "s2", { status: "late", minutes_late: 5, note: null }, "why");
    expect(e.value("p1", "s2").status).toBeNull();
    expect(e.markAllUnmarked()).toBe(2);
    expect(e.value("p1", "s1").status).toBe("present");
    expect(e.value("p2", "s2").status).toBeNull();
    await e.flush();
    expect(save.mock.calls.flat(2).map((m: NewMark) => m.session_id)).toEqual(["s1", "s1"]);
  });
});

describe("a roll taking in another desk's marks", () => {
  it("keeps the marks made here, follows the others, and says whether anything changed", () => {
    const { e } = editor();
    e.mark("p1", "s1", "present");
    const fresh = makeRoll(
      ["Aliyev", "Karimova", "Rahimov"],
      ["s1"],
      [mark("p1", "s1", "absent", 1), mark("p2", "s1", "excused", 3)],
      { p3: "UZ-2025-000017" },
    );
    expect(e.refresh(fresh, e.saveCount)).toBe(true);
    expect(e.value("p1", "s1").status).toBe("present");
    expect(e.value("p2", "s1").status).toBe("excused");
    expect(e.refresh(fresh, e.saveCount)).toBe(false);
  });

  it("forgets the undo of a cell another desk changed, never putting back an older mark", async () => {
    const { e } = editor();
    e.mark("p1", "s1", "present");
    await e.flush();
    expect(e.view().canUndo).toBe(true);
    // After the save, another desk marked p1 absent (version 2).
    const fresh = makeRoll(
      ["Aliyev", "Karimova", "Rahimov"],
      ["s1"],
      [
        mark("p1", "s1", "absent", 2),
        mark("p2", "s1", "late", 2, { minutes_late: 10, note: "bus" }),
      ],
      { p3: "UZ-2025-000017" },
    );
    expect(e.refresh(fresh, e.saveCount)).toBe(true);
    expect(e.value("p1", "s1").status).toBe("absent");
    expect(e.view().canUndo).toBe(false);
    expect(e.undo()).toBe(false);
  });

  it("says a new person or session is a change, but a lock alone is not", () => {
    const { e } = editor();
    const same = (lockedBy: Record<string, string>, people = ["Aliyev", "Karimova", "Rahimov"]) =>
      makeRoll(
        people,
        ["s1"],
        [mark("p2", "s1", "late", 2, { minutes_late: 10, note: "bus" })],
        lockedBy,
      );
    expect(e.refresh(same({ p3: "UZ-2025-000017", p1: "UZ-2025-000018" }), 0)).toBe(false);
    expect(e.isLocked("p1")).toBe(true);
    expect(e.refresh(same({}, ["Aliyev", "Karimova", "Rahimov", "Usmonov"]), 0)).toBe(true);
  });
});
