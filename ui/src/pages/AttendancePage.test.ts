import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MySessions, SessionCard, SessionsQuery } from "$lib/api/types";
import { session } from "$lib/attendance/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { router } from "$lib/router.svelte";
import { signInAs } from "$lib/testing/session";
import AttendancePage from "./AttendancePage.svelte";

const api = vi.hoisted(() => ({ sessions: vi.fn(), trainers: vi.fn() }));

vi.mock("$lib/api/attendance", () => ({
  attendanceSessions: (q: SessionsQuery) => api.sessions(q),
}));
vi.mock("$lib/api/trainer", () => ({ trainerList: () => api.trainers() }));

function card(id: string, day: string, marked: number, expected: number): SessionCard {
  const {
    session: s,
    venue_name,
    trainer_names,
  } = session(id, `${day}T09:00:00`, `${day}T12:00:00`);
  return {
    session: s,
    activity_title: `Activity ${id}`,
    activity_kind: "training",
    venue_name,
    trainer_names,
    expected,
    marked,
  };
}

const mine: MySessions = {
  today: [card("t1", "2025-03-10", 0, 12)],
  upcoming: [card("u1", "2025-03-12", 0, 12)],
  past: [card("p1", "2025-03-07", 9, 12), card("p2", "2025-03-06", 12, 12)],
};

beforeEach(() => {
  setLocale("en");
  api.sessions.mockReset().mockResolvedValue(mine);
  api.trainers.mockReset().mockResolvedValue([
    { id: "tr1", person_id: null, name: "Dilnoza Karimova", affiliation: null, expertise: null },
    { id: "tr2", person_id: null, name: "Rauf Aliyev", affiliation: null, expertise: null },
  ]);
});

describe("the attendance page", () => {
  it("shows today's, upcoming and past sessions, flagging past rolls with marks missing", async () => {
    render(AttendancePage);
    const today = await screen.findByTestId("sessions-today");
    expect(today.textContent).toContain("Activity t1");
    expect(today.textContent).toContain("0 of 12 marked");
    expect(screen.getByTestId("sessions-upcoming").textContent).toContain("Activity u1");
    expect(screen.getByTestId("sessions-past").textContent).toContain("Activity p2");
    expect(screen.getByTestId("missing-p1").textContent).toContain("3 marks missing");
    expect(screen.queryByTestId("missing-p2")).toBeNull();
    expect(screen.queryByTestId("missing-t1")).toBeNull();
    expect(screen.getByTestId("session-card-p1").textContent).toContain("Room 1");
  });

  it("words the missing marks with the locale's plurals", async () => {
    setLocale("ru");
    api.sessions.mockResolvedValue({ ...mine, past: [card("p1", "2025-03-07", 7, 12)] });
    render(AttendancePage);
    expect((await screen.findByTestId("missing-p1")).textContent).toContain(
      "5 отметок не проставлено",
    );
  });

  it("opens the roll when a card is clicked", async () => {
    render(AttendancePage);
    await fireEvent.click(await screen.findByTestId("session-card-t1"));
    expect(router.route).toEqual({ name: "roll", sessionId: "t1" });
  });

  it("lists one trainer's sessions, remembers the choice and asks for the viewer's zone", async () => {
    render(AttendancePage);
    await screen.findByTestId("sessions-today");
    expect(api.sessions.mock.calls[0][0]).toEqual({
      trainer_id: null,
      time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const picker = screen.getByTestId("trainer-picker") as HTMLSelectElement;
    await fireEvent.change(picker, { target: { value: "tr2" } });
    await waitFor(() => expect(api.sessions).toHaveBeenCalledTimes(2));
    expect(api.sessions.mock.calls[1][0].trainer_id).toBe("tr2");
    expect(localStorage.getItem("malaka.attendance.trainer")).toBe("tr2");
  });

  it("starts with the remembered trainer, or everyone when that trainer is gone", async () => {
    localStorage.setItem("malaka.attendance.trainer", "tr1");
    const first = render(AttendancePage);
    await screen.findByTestId("sessions-today");
    expect(api.sessions.mock.calls[0][0].trainer_id).toBe("tr1");
    expect((screen.getByTestId("trainer-picker") as HTMLSelectElement).value).toBe("tr1");
    first.unmount();
    localStorage.setItem("malaka.attendance.trainer", "gone");
    render(AttendancePage);
    await waitFor(() => expect(api.sessions).toHaveBeenCalledTimes(2));
    expect(api.sessions.mock.calls[1][0].trainer_id).toBeNull();
  });

  it("says when a section is empty", async () => {
    api.sessions.mockResolvedValue({ today: [], upcoming: [], past: [] });
    render(AttendancePage);
    expect((await screen.findByTestId("sessions-today")).textContent).toContain(
      "No sessions today.",
    );
  });

  it("tells a trainer's account which sessions are another trainer's, to be read only", async () => {
    signInAs("trainer", { trainer_id: "tr1" });
    const own = card("t1", "2025-03-10", 0, 12);
    own.session.trainer_ids = ["tr1"];
    api.sessions.mockResolvedValue({ ...mine, today: [own] });
    render(AttendancePage);
    await screen.findByTestId("sessions-today");
    expect(api.sessions.mock.calls[0][0].trainer_id).toBe("tr1");
    expect(screen.queryByTestId("others-t1")).toBeNull();
    expect(screen.getByTestId("others-u1").textContent).toBe(
      "Another trainer's session: its roll can only be viewed.",
    );
  });

  it("says nothing of whose sessions they are to other roles", async () => {
    render(AttendancePage);
    await screen.findByTestId("sessions-today");
    expect(screen.queryByTestId("others-t1")).toBeNull();
    expect(screen.queryByTestId("others-u1")).toBeNull();
  });
});
