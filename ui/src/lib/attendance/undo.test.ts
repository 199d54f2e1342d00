import { describe, expect, it } from "vitest";
import { EMPTY, type CellValue } from "./cells";
import { UndoStack } from "./undo";

const present: CellValue = { status: "present", minutes_late: null, note: null };
const edit = (key: string) => ({ key, before: EMPTY, after: present });

describe("undo stack", () => {
  it("gives back actions newest first, each as a whole", () => {
    const u = new UndoStack();
    u.push([edit("a")]);
    u.push([edit("b"), edit("c")]);
    expect(u.size).toBe(2);
    expect(u.pop()?.map((e) => e.key)).toEqual(["b", "c"]);
    expect(u.pop()?.map((e) => e.key)).toEqual(["a"]);
    expect(u.pop()).toBeNull();
  });

  it("ignores an action that changed nothing", () => {
    const u = new UndoStack();
    u.push([]);
    expect(u.size).toBe(0);
  });

  it("keeps only the latest actions", () => {
    const u = new UndoStack(2);
    u.push([edit("a")]);
    u.push([edit("b")]);
    u.push([edit("c")]);
    expect(u.size).toBe(2);
    expect(u.pop()?.[0].key).toBe("c");
    expect(u.pop()?.[0].key).toBe("b");
  });

  it("forgets cells a failed save rolled back, dropping actions left empty", () => {
    const u = new UndoStack();
    u.push([edit("a")]);
    u.push([edit("b"), edit("c")]);
    u.forget(["b", "a"]);
    expect(u.size).toBe(1);
    expect(u.pop()?.map((e) => e.key)).toEqual(["c"]);
  });

  it("clears", () => {
    const u = new UndoStack();
    u.push([edit("a")]);
    u.clear();
    expect(u.pop()).toBeNull();
  });
});
