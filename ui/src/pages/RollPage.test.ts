import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NewMark, SavedMark } from "$lib/api/types";
import { makeRoll, mark } from "$lib/attendance/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { router } from "$lib/router.svelte";
import { signInAs } from "$lib/testing/session";
import RollPage from "./RollPage.svelte";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("roll", "mark", "history", "sheetSave", "pick");
});

vi.mock("$lib/api/attendance", () => ({
  attendanceRoll: (id: string) => api.roll(id),
  attendanceMark: (marks: NewMark[]) => api.mark(marks),
  attendanceHistory: (s: string, p: string) => api.history(s, p),
  attendanceSheetSave: (s: string, l: string, file: string) => api.sheetSave(s, l, file),
}));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: (...a: string[]) => api.pick(...a) }));

const echo = (marks: NewMark[]): SavedMark[] =>
  marks.map((m) => ({
    session_id: m.session_id,
    person_id: m.person_id,
    mark: m.status
      ? mark(m.person_id, m.session_id, m.status, (m.expected_version ?? 0) + 1, {
          minutes_late: m.minutes_late ?? null,
          note: m.note ?? null,
        })
      : null,
  }));

const cell = (p: string) => screen.getByTestId(`cell-${p}-s1`);
const status = () => screen.getByTestId("save-status");

beforeEach(() => {
  setLocale("en");
  for (const f of Object.values(api)) f.mockReset();
  api.roll.mockResolvedValue(
    makeRoll(["Aliyev", "Karimova", "Rahimov"], ["s1"], [mark("p1", "s1", "present", 3)]),
  );
  api.mark.mockImplementation((marks: NewMark[]) => Promise.resolve(echo(marks)));
});

async function open() {
  render(RollPage, { sessionId: "s1" });
  return screen.findByTestId("roll-grid");
}

describe("the roll page", () => {
  it("shows the activity and session, and starts at the first unmarked person", async () => {
    await open();
    expect(screen.getByTestId("roll-title").textContent).toBe("Public service ethics");
    expect(screen.getAllByText(/09:00–12:00/).length).toBeGreaterThan(0);
    expect(cell("p2").getAttribute("tabindex")).toBe("0");
    await waitFor(() => expect(document.activeElement).toBe(cell("p2")));
    expect(status().getAttribute("data-state")).toBe("saved");
  });

  it("marks optimistically and saves the queue in one call after a pause", async () => {
    await open();
    await fireEvent.keyDown(cell("p2"), { key: "p", code: "KeyP" });
    await fireEvent.keyDown(cell("p3"), { key: "a", code: "KeyA" });
    expect(cell("p2").getAttribute("data-status")).toBe("present");
    expect(cell("p3").getAttribute("data-status")).toBe("absent");
    expect(status().getAttribute("data-state")).toBe("pending");
    await waitFor(() => expect(status().getAttribute("data-state")).toBe("saved"));
    expect(api.mark).toHaveBeenCalledTimes(1);
    expect(api.mark.mock.calls[0][0].map((m: NewMark) => [m.person_id, m.status])).toEqual([
      ["p2", "present"],
      ["p3", "absent"],
    ]);
    expect(status().textContent).toContain("All changes saved");
  });

  it("marks everyone unmarked present in one step, and undoes it", async () => {
    await open();
    await fireEvent.click(screen.getByTestId("mark-all-present"));
    expect(cell("p2").getAttribute("data-status")).toBe("present");
    expect(cell("p3").getAttribute("data-status")).toBe("present");
    await fireEvent.click(screen.getByTestId("undo"));
    expect(cell("p2").getAttribute("data-status")).toBe("");
    expect(cell("p3").getAttribute("data-status")).toBe("");
    expect((screen.getByTestId("undo") as HTMLButtonElement).disabled).toBe(true);
  });

  it("rolls back and shows the error when a save fails", async () => {
    api.mark.mockImplementation(() =>
      Promise.reject({
        code: "locked",
        reason: { key: "marks_locked", person: "Karimov Anvar", code: "UZ-1" },
      }),
    );
    await open();
    await fireEvent.keyDown(cell("p2"), { key: "l", code: "KeyL" });
    expect(cell("p2").getAttribute("data-status")).toBe("late");
    const error = await screen.findByTestId("save-error");
    expect(error.getAttribute("data-code")).toBe("locked");
    expect(error.textContent).toContain("locked by an issued certificate");
    expect(cell("p2").getAttribute("data-status")).toBe("");
    expect(status().getAttribute("data-state")).toBe("error");
  });

  it("reloads the roll when a save is stale", async () => {
    api.mark.mockImplementation(() =>
      Promise.reject({ code: "stale", reason: { key: "stale", entity: "mark" } }),
    );
    await open();
    api.roll.mockResolvedValue(
      makeRoll(["Aliyev", "Karimova", "Rahimov"], ["s1"], [mark("p2", "s1", "excused", 1)]),
    );
    await fireEvent.keyDown(cell("p2"), { key: "p", code: "KeyP" });
    await waitFor(() => expect(cell("p2").getAttribute("data-status")).toBe("excused"));
    expect(api.roll).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId("save-error").textContent).toContain("reloaded");
  });

  it("edits a mark in the detail panel with a reason, and lists its history", async () => {
    api.history.mockResolvedValue([
      {
        session_id: "s1",
        person_id: "p1",
        version: 1,
        old_status: null,
        new_status: "absent",
        old_note: null,
        new_note: null,
        changed_by: "trainer",
        changed_at: "2025-03-10T04:10:00Z",
        reason: null,
      },
      {
        session_id: "s1",
        person_id: "p1",
        version: 2,
        old_status: "absent",
        new_status: "present",
        old_note: null,
        new_note: null,
        changed_by: "manager",
        changed_at: "2025-03-10T05:00:00Z",
        reason: "signed the sheet",
      },
    ]);
    await open();
    await fireEvent.keyDown(cell("p2"), { key: "ArrowUp" });
    await fireEvent.keyDown(cell("p1"), { key: "Enter" });
    const panel = screen.getByTestId("mark-detail");
    const select = within(panel).getByTestId("mark-status") as HTMLSelectElement;
    expect(select.value).toBe("present");
    await fireEvent.change(select, { target: { value: "late" } });
    await fireEvent.input(within(panel).getByTestId("mark-minutes"), { target: { value: "15" } });
    await fireEvent.input(within(panel).getByTestId("mark-note"), { target: { value: "bus" } });
    await fireEvent.input(within(panel).getByTestId("mark-reason"), {
      target: { value: "came late" },
    });
    await fireEvent.click(within(panel).getByTestId("show-history"));
    const rows = await within(panel).findAllByTestId("history-row");
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain("Absent → Present");
    expect(rows[1].textContent).toContain("manager");
    expect(rows[1].textContent).toContain("signed the sheet");
    await fireEvent.click(within(panel).getByTestId("mark-apply"));
    expect(screen.queryByTestId("mark-detail")).toBeNull();
    expect(cell("p1").getAttribute("data-status")).toBe("late");
    await waitFor(() => expect(api.mark).toHaveBeenCalled());
    expect(api.mark.mock.calls[0][0]).toEqual([
      {
        session_id: "s1",
        person_id: "p1",
        status: "late",
        minutes_late: 15,
        note: "bus",
        reason: "came late",
        expected_version: 3,
      },
    ]);
  });

  it("prints the sign-in sheet in the current locale to the chosen path", async () => {
    setLocale("uz-Cyrl");
    api.pick.mockResolvedValue(picked("/tmp/sheet.pdf"));
    api.sheetSave.mockResolvedValue(2048);
    await open();
    await fireEvent.click(screen.getByTestId("print-sheet"));
    const saved = await screen.findByTestId("sheet-saved");
    expect(saved.textContent).toContain("/tmp/sheet.pdf");
    expect(api.sheetSave).toHaveBeenCalledWith("s1", "uz-Cyrl", "token:/tmp/sheet.pdf");
    expect(api.pick.mock.calls[0][2]).toBe("рўйхатга олиш варақаси 2025-03-10.pdf");
  });

  it("opens the activity's page", async () => {
    await open();
    await fireEvent.click(screen.getByTestId("open-activity"));
    expect(router.route).toEqual({ name: "activity-attendance", activityId: "act" });
  });
});

describe("the roll for a role that may not record attendance", () => {
  it("shows the marks to an HR officer, who can print the sheet but not mark", async () => {
    signInAs("hr_officer");
    await open();
    expect(screen.queryByTestId("mark-all-present")).toBeNull();
    expect(screen.queryByTestId("undo")).toBeNull();
    expect(screen.getByTestId("print-sheet")).toBeTruthy();
    expect(cell("p2").getAttribute("aria-readonly")).toBe("true");
    await fireEvent.keyDown(cell("p2"), { key: "p", code: "KeyP" });
    await new Promise((r) => setTimeout(r, 50));
    expect(cell("p2").getAttribute("data-status")).toBe("");
    expect(api.mark).not.toHaveBeenCalled();
  });
});

describe("the roll to a trainer's account", () => {
  /** The roll of session s1, given by `trainers`. */
  function givenBy(...trainers: string[]) {
    const roll = makeRoll(
      ["Aliyev", "Karimova", "Rahimov"],
      ["s1"],
      [mark("p1", "s1", "present", 3)],
    );
    roll.sessions[0].session.trainer_ids = trainers;
    api.roll.mockResolvedValue(roll);
  }

  it("marks the trainer's own session as anyone who records attendance does", async () => {
    signInAs("trainer", { trainer_id: "tr1" });
    givenBy("tr2", "tr1");
    await open();
    expect(screen.queryByTestId("others-session")).toBeNull();
    await fireEvent.click(screen.getByTestId("mark-all-present"));
    expect(cell("p2").getAttribute("data-status")).toBe("present");
    await waitFor(() => expect(api.mark).toHaveBeenCalledTimes(1));
  });

  it("only shows another trainer's session: a note, no keys, no mark all, nothing saved", async () => {
    signInAs("trainer", { trainer_id: "tr1" });
    givenBy("tr2");
    await open();
    expect(screen.getByTestId("others-session").textContent?.trim()).toBe(
      "This roll belongs to another trainer's session: you can see the marks but not change them.",
    );
    expect(screen.queryByTestId("mark-all-present")).toBeNull();
    expect(screen.queryByTestId("undo")).toBeNull();
    expect(screen.queryByText(/^Keys:/)).toBeNull();
    expect(screen.getByTestId("print-sheet")).toBeTruthy();
    expect(cell("p2").getAttribute("aria-readonly")).toBe("true");
    await fireEvent.keyDown(cell("p2"), { key: "p", code: "KeyP" });
    await fireEvent.keyDown(cell("p2"), { key: "Enter" });
    const panel = screen.getByTestId("mark-detail");
    expect(within(panel).queryByTestId("mark-apply")).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(cell("p2").getAttribute("data-status")).toBe("");
    expect(api.mark).not.toHaveBeenCalled();
  });

  it("says it in the locale's words", async () => {
    setLocale("uz-Latn");
    signInAs("trainer", { trainer_id: "tr1" });
    givenBy("tr2");
    await open();
    expect(screen.getByTestId("others-session").textContent).toContain(
      "boshqa trenerning mashgʻulotiga tegishli",
    );
  });

  it("leaves other roles as they were, whoever gives the session", async () => {
    signInAs("manager");
    givenBy("tr2");
    await open();
    expect(screen.queryByTestId("others-session")).toBeNull();
    expect(screen.getByTestId("mark-all-present")).toBeTruthy();
    expect(cell("p2").hasAttribute("aria-readonly")).toBe(false);
  });
});
