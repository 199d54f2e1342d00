import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { cellKey, type CellValue } from "$lib/attendance/cells";
import { makeRoll } from "$lib/attendance/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import RollGrid from "./RollGrid.svelte";

const roll = makeRoll(["Aliyev", "Karimova", "Rahimov"], ["s1", "s2"], [], {
  p3: "UZ-2025-000017",
});
const late: CellValue = { status: "late", minutes_late: 10, note: "bus" };

function setup(cells: Record<string, CellValue> = {}) {
  const handlers = { onmark: vi.fn(), onundo: vi.fn(), ondetail: vi.fn() };
  render(RollGrid, { roll, cells, ...handlers });
  return handlers;
}

const cell = (p: string, s: string) => screen.getByTestId(`cell-${p}-${s}`);
const focusable = () => [...document.querySelectorAll('[role="gridcell"][tabindex="0"]')];

beforeEach(() => setLocale("en"));

describe("the roll grid", () => {
  it("is an ARIA grid with counts, row headers in the roll's order and one tab stop", () => {
    setup({ [cellKey("p2", "s1")]: late });
    const grid = screen.getByRole("grid");
    expect(grid.getAttribute("aria-rowcount")).toBe("4");
    expect(grid.getAttribute("aria-colcount")).toBe("3");
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent?.trim())).toEqual([
      "Aliyev",
      "Karimova",
      "🔒 Rahimov",
    ]);
    expect(screen.getAllByRole("gridcell")).toHaveLength(6);
    expect(focusable()).toEqual([cell("p1", "s1")]);
    expect(cell("p2", "s1").getAttribute("data-status")).toBe("late");
    expect(cell("p2", "s1").textContent).toContain("Late");
    expect(cell("p2", "s1").textContent).toContain("10 min");
    expect(cell("p1", "s1").getAttribute("data-status")).toBe("");
  });

  it("marks with P and moves down one row in the same column, focus following", async () => {
    const { onmark } = setup();
    await fireEvent.keyDown(cell("p1", "s1"), { key: "p", code: "KeyP" });
    expect(onmark).toHaveBeenCalledWith("p1", "s1", "present");
    await tick();
    expect(focusable()).toEqual([cell("p2", "s1")]);
    expect(document.activeElement).toBe(cell("p2", "s1"));
  });

  it("marks by physical key on a Cyrillic layout", async () => {
    const { onmark } = setup();
    await fireEvent.keyDown(cell("p1", "s1"), { key: "ф", code: "KeyA" });
    expect(onmark).toHaveBeenCalledWith("p1", "s1", "absent");
  });

  it("moves with arrows, Home/End and Ctrl+Home/End, keeping one tab stop", async () => {
    setup();
    await fireEvent.keyDown(cell("p1", "s1"), { key: "ArrowRight" });
    expect(focusable()).toEqual([cell("p1", "s2")]);
    await fireEvent.keyDown(cell("p1", "s2"), { key: "ArrowDown" });
    expect(focusable()).toEqual([cell("p2", "s2")]);
    await fireEvent.keyDown(cell("p2", "s2"), { key: "Home" });
    expect(focusable()).toEqual([cell("p2", "s1")]);
    await fireEvent.keyDown(cell("p2", "s1"), { key: "End" });
    expect(focusable()).toEqual([cell("p2", "s2")]);
    await fireEvent.keyDown(cell("p2", "s2"), { key: "End", ctrlKey: true });
    expect(focusable()).toEqual([cell("p3", "s2")]);
    await fireEvent.keyDown(cell("p3", "s2"), { key: "Home", ctrlKey: true });
    expect(focusable()).toEqual([cell("p1", "s1")]);
    await tick();
    expect(document.activeElement).toBe(cell("p1", "s1"));
  });

  it("clears with Delete without moving, undoes with Ctrl+Z, opens details with Enter", async () => {
    const { onmark, onundo, ondetail } = setup({ [cellKey("p1", "s1")]: late });
    await fireEvent.keyDown(cell("p1", "s1"), { key: "Delete" });
    expect(onmark).toHaveBeenCalledWith("p1", "s1", null);
    expect(focusable()).toEqual([cell("p1", "s1")]);
    await fireEvent.keyDown(cell("p1", "s1"), { key: "z", code: "KeyZ", ctrlKey: true });
    expect(onundo).toHaveBeenCalledTimes(1);
    await fireEvent.keyDown(cell("p1", "s1"), { key: "Enter" });
    expect(ondetail).toHaveBeenCalledWith("p1", "s1");
  });

  it("activates a clicked cell", async () => {
    setup();
    await fireEvent.click(cell("p2", "s2"));
    expect(focusable()).toEqual([cell("p2", "s2")]);
  });

  it("keeps a locked person read-only, saying which certificate locks them", async () => {
    const { onmark } = setup();
    const locked = cell("p3", "s1");
    expect(locked.getAttribute("aria-readonly")).toBe("true");
    expect(locked.getAttribute("title")).toBe("Locked by certificate UZ-2025-000017");
    expect(cell("p1", "s1").hasAttribute("aria-readonly")).toBe(false);
    await fireEvent.click(locked);
    await fireEvent.keyDown(locked, { key: "p", code: "KeyP" });
    expect(onmark).not.toHaveBeenCalled();
  });

  it("keeps the columns of read-only sessions unchanged, the others marked as usual", async () => {
    const handlers = { onmark: vi.fn(), onundo: vi.fn(), ondetail: vi.fn() };
    const { onmark } = handlers;
    render(RollGrid, { roll, cells: {}, readOnlySessions: ["s2"], ...handlers });
    expect(cell("p1", "s2").getAttribute("aria-readonly")).toBe("true");
    expect(cell("p1", "s1").hasAttribute("aria-readonly")).toBe(false);
    await fireEvent.click(cell("p1", "s2"));
    await fireEvent.keyDown(cell("p1", "s2"), { key: "p", code: "KeyP" });
    expect(onmark).not.toHaveBeenCalled();
    await fireEvent.keyDown(cell("p2", "s2"), { key: "Enter" });
    expect(handlers.ondetail).toHaveBeenCalledWith("p2", "s2");
    await fireEvent.click(cell("p1", "s1"));
    await fireEvent.keyDown(cell("p1", "s1"), { key: "a", code: "KeyA" });
    expect(onmark).toHaveBeenCalledWith("p1", "s1", "absent");
  });
});
