import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NewMark } from "$lib/api/types";
import { echo, makeRoll, mark } from "$lib/attendance/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { announce, followDelay } from "$lib/testing/changes";
import RollPage from "./RollPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("roll", "mark");
});

vi.mock("$lib/api/attendance", () => ({
  attendanceRoll: (id: string) => api.roll(id),
  attendanceMark: (marks: NewMark[]) => api.mark(marks),
  attendanceHistory: () => Promise.resolve([]),
  attendanceSheetSave: () => Promise.resolve(0),
}));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: () => Promise.resolve(null) }));
vi.mock("@tauri-apps/api/event", async () => (await import("$lib/testing/changes")).fakeEvents);

const PEOPLE = ["Aliyev", "Karimova", "Rahimov"];
const cell = (p: string) => screen.getByTestId(`cell-${p}-s1`);
const statusOf = (p: string) => cell(p).getAttribute("data-status");
const status = () => screen.getByTestId("save-status");

beforeEach(() => {
  setLocale("en");
  for (const f of Object.values(api)) f.mockReset();
  api.roll.mockResolvedValue(makeRoll(PEOPLE, ["s1"], [mark("p1", "s1", "present", 3)]));
  api.mark.mockImplementation((marks: NewMark[]) => Promise.resolve(echo(marks)));
});

async function open() {
  render(RollPage, { sessionId: "s1" });
  await screen.findByTestId("roll-grid");
}

describe("the roll following other desks", () => {
  it("shows the marks another desk saved in this session, and says so", async () => {
    await open();
    api.roll.mockResolvedValue(
      makeRoll(PEOPLE, ["s1"], [mark("p1", "s1", "present", 3), mark("p2", "s1", "late", 1)]),
    );
    announce("roll", "s1");
    announce("roll", "s1");
    await waitFor(() => expect(statusOf("p2")).toBe("late"));
    expect(api.roll).toHaveBeenCalledTimes(2); // a burst of notices reloads once
    expect(api.roll).toHaveBeenLastCalledWith("s1");
    expect((await screen.findByTestId("others-updated")).textContent).toBe(
      "Updated with changes from another desk.",
    );
  });

  it("does not reload for another session's roll or another activity", async () => {
    await open();
    announce("roll", "s2");
    announce("enrolment", "other-activity");
    announce("person");
    await followDelay();
    expect(api.roll).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId("others-updated")).toBeNull();
  });

  it("reloads when the people on the roll change (the activity's enrolments)", async () => {
    await open();
    api.roll.mockResolvedValue(
      makeRoll([...PEOPLE, "Usmonov"], ["s1"], [mark("p1", "s1", "present", 3)]),
    );
    announce("enrolment", "act");
    await screen.findByTestId("cell-p4-s1");
  });

  it("keeps a mark made here and not yet saved; saving it then reports the conflict", async () => {
    await open();
    // Another desk marked Karimova excused and Rahimov absent.
    api.roll.mockResolvedValue(
      makeRoll(
        PEOPLE,
        ["s1"],
        [
          mark("p1", "s1", "present", 3),
          mark("p2", "s1", "excused", 1),
          mark("p3", "s1", "absent", 1),
        ],
      ),
    );
    api.mark.mockImplementation(() =>
      Promise.reject({ code: "stale", reason: { key: "stale", entity: "mark" } }),
    );
    await fireEvent.keyDown(cell("p2"), { key: "p", code: "KeyP" });
    announce("roll", "s1");
    // The notice's reload (250 ms) comes before the save (400 ms after the key).
    await waitFor(() => expect(statusOf("p3")).toBe("absent"));
    expect(statusOf("p2")).toBe("present");
    expect(status().getAttribute("data-state")).toBe("pending");
    // The save names the version the mark was made on, and is refused: the existing conflict.
    await waitFor(() => expect(api.mark).toHaveBeenCalled());
    expect(api.mark.mock.calls[0][0]).toEqual([
      expect.objectContaining({ person_id: "p2", status: "present", expected_version: 0 }),
    ]);
    await waitFor(() => expect(statusOf("p2")).toBe("excused"));
    expect(screen.getByTestId("save-error").textContent).toContain("reloaded");
  });

  it("reloads quietly after its own save: nothing new, nothing said", async () => {
    await open();
    await fireEvent.keyDown(cell("p2"), { key: "p", code: "KeyP" });
    await waitFor(() => expect(status().getAttribute("data-state")).toBe("saved"));
    // The notice of this desk's own save: the roll as the save left it.
    api.roll.mockResolvedValue(
      makeRoll(PEOPLE, ["s1"], [mark("p1", "s1", "present", 3), mark("p2", "s1", "present", 1)]),
    );
    announce("roll", "s1");
    await waitFor(() => expect(api.roll).toHaveBeenCalledTimes(2));
    await followDelay();
    expect(statusOf("p2")).toBe("present");
    expect(screen.queryByTestId("others-updated")).toBeNull();
    expect(screen.queryByTestId("save-error")).toBeNull();
  });

  it("stops following when the roll is left", async () => {
    const view = render(RollPage, { sessionId: "s1" });
    await screen.findByTestId("roll-grid");
    view.unmount();
    announce("roll", "s1");
    await followDelay();
    expect(api.roll).toHaveBeenCalledTimes(1);
  });
});
