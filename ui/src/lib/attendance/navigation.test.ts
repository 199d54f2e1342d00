import { describe, expect, it } from "vitest";
import { commandFor, type GridKey, type Pos } from "./navigation";

const at = (row: number, col: number): Pos => ({ row, col });
const key = (k: string, extra: Partial<GridKey> = {}): GridKey => ({ key: k, ...extra });
// A grid of 5 people × 3 sessions, the cursor in the middle.
const run = (e: GridKey, pos = at(2, 1)) => commandFor(e, pos, 5, 3);

describe("grid navigation", () => {
  it("moves with the arrows and stops at the edges", () => {
    expect(run(key("ArrowUp"))).toEqual({ kind: "move", to: at(1, 1) });
    expect(run(key("ArrowDown"))).toEqual({ kind: "move", to: at(3, 1) });
    expect(run(key("ArrowLeft"))).toEqual({ kind: "move", to: at(2, 0) });
    expect(run(key("ArrowRight"))).toEqual({ kind: "move", to: at(2, 2) });
    expect(run(key("ArrowUp"), at(0, 0))).toEqual({ kind: "move", to: at(0, 0) });
    expect(run(key("ArrowRight"), at(4, 2))).toEqual({ kind: "move", to: at(4, 2) });
  });

  it("goes to the row's ends with Home/End, the grid's with Ctrl", () => {
    expect(run(key("Home"))).toEqual({ kind: "move", to: at(2, 0) });
    expect(run(key("End"))).toEqual({ kind: "move", to: at(2, 2) });
    expect(run(key("Home", { ctrlKey: true }))).toEqual({ kind: "move", to: at(0, 0) });
    expect(run(key("End", { ctrlKey: true }))).toEqual({ kind: "move", to: at(4, 2) });
    expect(run(key("End", { metaKey: true }))).toEqual({ kind: "move", to: at(4, 2) });
  });

  it("pages by ten rows", () => {
    expect(run(key("PageDown"))).toEqual({ kind: "move", to: at(4, 1) });
    expect(run(key("PageUp"))).toEqual({ kind: "move", to: at(0, 1) });
  });

  it("marks with P/L/A/E by physical key and moves down one row in the same column", () => {
    expect(run(key("p", { code: "KeyP" }))).toEqual({
      kind: "mark",
      status: "present",
      then: at(3, 1),
    });
    expect(run(key("L", { code: "KeyL", shiftKey: true }))).toMatchObject({ status: "late" });
    expect(run(key("a", { code: "KeyA" }))).toMatchObject({ status: "absent" });
    expect(run(key("e", { code: "KeyE" }))).toMatchObject({ status: "excused" });
  });

  it("reads the key's position, not its letter, so a Cyrillic layout marks too", () => {
    expect(run(key("з", { code: "KeyP" }))).toMatchObject({ status: "present" });
    expect(run(key("ф", { code: "KeyA" }))).toMatchObject({ status: "absent" });
    expect(run(key("p", { code: "KeyH" }))).toBeNull();
  });

  it("falls back to the letter when the event has no code", () => {
    expect(run(key("E"))).toMatchObject({ status: "excused" });
    expect(run(key("x"))).toBeNull();
  });

  it("stays on the last row after marking it", () => {
    expect(run(key("p", { code: "KeyP" }), at(4, 2))).toMatchObject({ then: at(4, 2) });
  });

  it("clears with Delete or Backspace without moving", () => {
    expect(run(key("Delete"))).toEqual({ kind: "mark", status: null, then: at(2, 1) });
    expect(run(key("Backspace"))).toEqual({ kind: "mark", status: null, then: at(2, 1) });
  });

  it("undoes with Ctrl+Z on any layout, opens details with Enter", () => {
    expect(run(key("z", { code: "KeyZ", ctrlKey: true }))).toEqual({ kind: "undo" });
    expect(run(key("я", { code: "KeyZ", ctrlKey: true }))).toEqual({ kind: "undo" });
    expect(run(key("z", { code: "KeyZ", metaKey: true }))).toEqual({ kind: "undo" });
    expect(run(key("Z", { code: "KeyZ", ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(run(key("Enter"))).toEqual({ kind: "detail" });
  });

  it("leaves shortcuts with modifiers to the browser", () => {
    expect(run(key("p", { code: "KeyP", ctrlKey: true }))).toBeNull();
    expect(run(key("a", { code: "KeyA", altKey: true }))).toBeNull();
    expect(run(key("Tab"))).toBeNull();
  });

  it("does nothing in an empty grid", () => {
    expect(commandFor(key("ArrowDown"), at(0, 0), 0, 3)).toBeNull();
  });
});
