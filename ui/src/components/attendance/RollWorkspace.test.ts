import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NewMark } from "$lib/api/types";
import { echo, makeRoll } from "$lib/attendance/fixtures";
import { RollState } from "$lib/attendance/rollState.svelte";
import { setLocale } from "$lib/i18n/index.svelte";
import { signInAs } from "$lib/testing/session";
import RollWorkspace from "./RollWorkspace.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("mark", "history");
});

vi.mock("$lib/api/attendance", () => ({
  attendanceMark: (marks: NewMark[]) => api.mark(marks),
  attendanceHistory: (s: string, p: string) => api.history(s, p),
}));

const cell = (p: string, s: string) => screen.getByTestId(`cell-${p}-${s}`);
let rs: RollState | null = null;

/** An activity's grid: s1 given by tr1, s2 by tr2. */
async function open() {
  const roll = makeRoll(["Aliyev", "Karimova"], ["s1", "s2"]);
  roll.sessions[0].session.trainer_ids = ["tr1"];
  roll.sessions[1].session.trainer_ids = ["tr2"];
  rs = new RollState(() => Promise.resolve(roll));
  await rs.load();
  render(RollWorkspace, { rs });
  return screen.getByTestId("roll-grid");
}

beforeEach(() => {
  setLocale("en");
  api.mark.mockReset().mockImplementation((marks: NewMark[]) => Promise.resolve(echo(marks)));
  api.history.mockReset().mockResolvedValue([]);
});

afterEach(() => rs?.dispose());

describe("an activity's grid to a trainer's account", () => {
  it("marks the trainer's own sessions and only shows another trainer's", async () => {
    signInAs("trainer", { trainer_id: "tr1" });
    await open();
    expect(screen.getByTestId("others-session").textContent?.trim()).toBe(
      "Sessions given by another trainer are read-only here: you can see their marks but not change them.",
    );
    expect(screen.getByTestId("undo")).toBeTruthy();
    expect(cell("p1", "s2").getAttribute("aria-readonly")).toBe("true");
    expect(cell("p1", "s1").hasAttribute("aria-readonly")).toBe(false);

    await fireEvent.click(cell("p1", "s2"));
    await fireEvent.keyDown(cell("p1", "s2"), { key: "p", code: "KeyP" });
    expect(cell("p1", "s2").getAttribute("data-status")).toBe("");
    await fireEvent.keyDown(cell("p2", "s2"), { key: "Enter" });
    const panel = screen.getByTestId("mark-detail");
    expect(within(panel).queryByTestId("mark-apply")).toBeNull();

    await fireEvent.click(cell("p1", "s1"));
    await fireEvent.keyDown(cell("p1", "s1"), { key: "p", code: "KeyP" });
    expect(cell("p1", "s1").getAttribute("data-status")).toBe("present");
    await waitFor(() => expect(api.mark).toHaveBeenCalledTimes(1));
    expect(api.mark.mock.calls[0][0].map((m: NewMark) => m.session_id)).toEqual(["s1"]);
  });

  it("reads every column when the trainer gives none of the sessions", async () => {
    signInAs("trainer", { trainer_id: "tr3" });
    await open();
    expect(screen.getByTestId("others-session")).toBeTruthy();
    expect(screen.queryByTestId("undo")).toBeNull();
    expect(cell("p1", "s1").getAttribute("aria-readonly")).toBe("true");
  });

  it("leaves an administrator's grid as it was", async () => {
    await open();
    expect(screen.queryByTestId("others-session")).toBeNull();
    expect(cell("p1", "s2").hasAttribute("aria-readonly")).toBe(false);
  });
});
