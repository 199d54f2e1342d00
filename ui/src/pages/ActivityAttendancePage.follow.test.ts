import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NewMark } from "$lib/api/types";
import { echo, makeRoll, mark } from "$lib/attendance/fixtures";
import { completionWith } from "$lib/certificates/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { announce, followDelay } from "$lib/testing/changes";
import ActivityAttendancePage from "./ActivityAttendancePage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("grid", "mark", "show");
});

vi.mock("$lib/api/attendance", () => ({
  attendanceGrid: (id: string) => api.grid(id),
  attendanceMark: (marks: NewMark[]) => api.mark(marks),
  attendanceHistory: () => Promise.resolve([]),
}));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: () => Promise.resolve(null) }));
vi.mock("$lib/api/completion", () => ({
  completionShow: (id: string) => api.show(id),
  completionRuleSet: vi.fn(),
  assessmentRecord: vi.fn(),
}));
vi.mock("$lib/api/certificate", () => ({
  certificateIssue: vi.fn(),
  certificatePdfSave: vi.fn(),
  certificatePdfSaveEach: vi.fn(),
}));
vi.mock("@tauri-apps/api/event", async () => (await import("$lib/testing/changes")).fakeEvents);

const PEOPLE = ["Aliyev", "Karimova"];
const statusOf = (p: string, s: string) =>
  screen.getByTestId(`cell-${p}-${s}`).getAttribute("data-status");

beforeEach(() => {
  setLocale("en");
  for (const f of Object.values(api)) f.mockReset();
  api.grid.mockResolvedValue(makeRoll(PEOPLE, ["s1", "s2"], []));
  api.mark.mockImplementation((marks: NewMark[]) => Promise.resolve(echo(marks)));
  api.show.mockResolvedValue(completionWith([{ eligible: false, certificate: null }]));
});

async function open() {
  render(ActivityAttendancePage, { activityId: "act" });
  await screen.findByTestId("roll-grid");
  await waitFor(() => expect(api.show).toHaveBeenCalledTimes(1));
}

describe("an activity's grid following other desks", () => {
  it("takes in marks saved elsewhere in one of its sessions, and the standings with them", async () => {
    await open();
    api.grid.mockResolvedValue(makeRoll(PEOPLE, ["s1", "s2"], [mark("p2", "s2", "absent", 1)]));
    announce("roll", "s2");
    await waitFor(() => expect(statusOf("p2", "s2")).toBe("absent"));
    expect(api.show).toHaveBeenCalledTimes(2);
    expect(await screen.findByTestId("others-updated")).toBeTruthy();
  });

  it("reloads for the activity's certificates, but not for another activity's sessions", async () => {
    await open();
    announce("roll", "s9");
    announce("certificate", "other");
    await followDelay();
    expect(api.grid).toHaveBeenCalledTimes(1);
    announce("certificate", "act");
    await waitFor(() => expect(api.grid).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(api.show).toHaveBeenCalledTimes(2));
  });

  it("keeps a mark made here and not yet saved", async () => {
    await open();
    await fireEvent.keyDown(screen.getByTestId("cell-p1-s1"), { key: "l", code: "KeyL" });
    api.grid.mockResolvedValue(makeRoll(PEOPLE, ["s1", "s2"], [mark("p2", "s1", "present", 1)]));
    announce("plan", "act");
    await waitFor(() => expect(statusOf("p2", "s1")).toBe("present"));
    expect(statusOf("p1", "s1")).toBe("late");
    await waitFor(() => expect(api.mark).toHaveBeenCalledOnce());
  });
});
