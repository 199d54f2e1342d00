import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { tick } from "svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type {
  Activity,
  ActivityDetail,
  ActivityStatus,
  NamedConflict,
  PlanPreview,
  Session,
  SessionPlan,
} from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { router } from "$lib/router.svelte";
import { signInAs } from "$lib/testing/session";
import ActivityPage from "./ActivityPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns(
    "get",
    "status",
    "venues",
    "trainers",
    "planCheck",
    "plan",
    "moveCheck",
    "move",
    "cancel",
  );
});

vi.mock("$lib/api/activity", () => ({
  activityGet: (id: string) => api.get(id),
  activitySetStatus: (id: string, s: ActivityStatus, r: string | null) => api.status(id, s, r),
}));
vi.mock("$lib/api/session", () => ({
  sessionPlanCheck: (p: SessionPlan) => api.planCheck(p),
  sessionPlan: (p: SessionPlan, allow: boolean) => api.plan(p, allow),
  sessionMoveCheck: (id: string, s: string, e: string) => api.moveCheck(id, s, e),
  sessionMove: (id: string, s: string, e: string, allow: boolean) => api.move(id, s, e, allow),
  sessionCancel: (id: string, reason: string) => api.cancel(id, reason),
}));
vi.mock("$lib/api/venue", () => ({
  venueList: () => api.venues(),
}));
vi.mock("$lib/api/trainer", () => ({ trainerList: () => api.trainers() }));
// The viewer sits in Tashkent, an hour ahead of the Baku venue.
vi.mock("$lib/attendance/time", () => ({ viewerZone: () => "Asia/Tashkent" }));
// The enrolment panel and the export menu have their own tests; here they are left out.
vi.mock("../components/plan/EnrolmentPanel.svelte", () => ({ default: () => {} }));
vi.mock("../components/plan/ExportMenu.svelte", () => ({ default: () => {} }));

function activity(over: Partial<Activity> = {}): Activity {
  return {
    id: "a1",
    kind: "seminar",
    title: "Public service ethics",
    programme_id: null,
    status: "planned",
    starts_on: "2026-03-02",
    ends_on: "2026-03-31",
    host_org_id: "o1",
    partner_org_ids: [],
    venue_id: "v1",
    capacity: 20,
    language: "az",
    planned_hours: 12,
    description: null,
    cancel_reason: null,
    created_at: "2026-01-10T08:00:00Z",
    ...over,
  };
}

/** A session at the Baku venue (UTC+4): wall times in, instants derived. */
function session(id: string, day: string, from: string, to: string, over: Partial<Session> = {}) {
  const utc = (hm: string) =>
    `${day}T${String(Number(hm.slice(0, 2)) - 4).padStart(2, "0")}:${hm.slice(3)}:00Z`;
  return {
    id,
    activity_id: "a1",
    title: null,
    starts_local: `${day}T${from}:00`,
    ends_local: `${day}T${to}:00`,
    time_zone: "Asia/Baku",
    starts_utc: utc(from),
    ends_utc: utc(to),
    venue_id: "v1",
    trainer_ids: ["t1"],
    status: "scheduled",
    cancel_reason: null,
    ...over,
  } satisfies Session;
}

function detail(over: Partial<Activity> = {}, sessions?: Session[]): ActivityDetail {
  return {
    activity: activity(over),
    host: "ASAN xidmət",
    partners: ["DOST Agency"],
    sessions: sessions ?? [
      session("s2", "2026-03-04", "14:00", "17:00", {
        status: "cancelled",
        cancel_reason: "Trainer ill",
      }),
      session("s1", "2026-03-02", "14:00", "17:00"),
    ],
    enrolments: [],
    seats_taken: 7,
    waitlist: [],
  };
}

const conflict: NamedConflict = {
  session_id: "new",
  label: "Public service ethics, 2026-03-02 14:00 (Asia/Baku)",
  other_session_id: "x9",
  other_label: "Leadership, 2026-03-02 15:00 (Asia/Baku)",
  resource: { kind: "trainer", id: "t1" },
  resource_name: "trainer Aliyev Rashad",
};

beforeEach(() => {
  setLocale("en");
  router.route = { name: "activity", id: "a1" };
  for (const f of Object.values(api)) f.mockReset();
  api.get.mockResolvedValue(detail());
  api.venues.mockResolvedValue([
    {
      id: "v1",
      name: "Training hall",
      address: null,
      city: "Baku",
      country: "AZ",
      time_zone: "Asia/Baku",
      capacity: 30,
    },
  ]);
  api.trainers.mockResolvedValue([
    { id: "t1", person_id: null, name: "Aliyev Rashad", affiliation: null, expertise: null },
    { id: "t2", person_id: null, name: "Huseynova Leyla", affiliation: null, expertise: null },
  ]);
  api.planCheck.mockResolvedValue({ occurrences: [], conflicts: [] } satisfies PlanPreview);
  api.moveCheck.mockResolvedValue([]);
});

async function open() {
  render(ActivityPage, { id: "a1" });
  return screen.findByTestId("activity-title");
}

describe("the activity page", () => {
  it("shows the activity with its status, facts and the ways on", async () => {
    expect((await open()).textContent).toBe("Public service ethics");
    expect(api.get).toHaveBeenCalledWith("a1");
    const status = screen.getByTestId("activity-status");
    expect(status.dataset.status).toBe("planned");
    expect(status.textContent).toContain("Planned");
    const page = screen.getByTestId("activity-page").textContent;
    for (const text of ["Seminar", "ASAN xidmət", "DOST Agency", "7 of 20 taken", "12 h"]) {
      expect(page).toContain(text);
    }
    await waitFor(() =>
      expect(screen.getByTestId("activity-page").textContent).toContain("Training hall"),
    );
    await fireEvent.click(screen.getByTestId("activity-attendance-link"));
    expect(router.route).toEqual({ name: "activity-attendance", activityId: "a1" });
    await fireEvent.click(screen.getByTestId("activity-edit"));
    expect(router.route).toEqual({ name: "activity-edit", id: "a1" });
  });

  it("offers only the later steps, and reloads after a move", async () => {
    await open();
    expect(screen.queryByTestId("status-next-draft")).toBeNull();
    expect(screen.queryByTestId("status-next-planned")).toBeNull();
    expect(screen.getByTestId("status-next-confirmed")).toBeTruthy();
    expect(screen.getByTestId("status-next-in_progress")).toBeTruthy();
    expect(screen.getByTestId("status-next-completed")).toBeTruthy();
    api.status.mockResolvedValue(activity({ status: "confirmed" }));
    api.get.mockResolvedValue(detail({ status: "confirmed" }));
    await fireEvent.click(screen.getByTestId("status-next-confirmed"));
    expect(api.status).toHaveBeenCalledWith("a1", "confirmed", null);
    await waitFor(() =>
      expect(screen.getByTestId("activity-status").dataset.status).toBe("confirmed"),
    );
    expect(api.get).toHaveBeenCalledTimes(2);
  });

  it("cancels an activity only with a reason, then shows the reason and no more steps", async () => {
    await open();
    await fireEvent.click(screen.getByTestId("status-cancel"));
    const confirm = screen.getByTestId("status-cancel-confirm") as HTMLButtonElement;
    await fireEvent.click(confirm);
    expect(await screen.findByTestId("status-cancel-missing")).toBeTruthy();
    expect(api.status).not.toHaveBeenCalled();
    await fireEvent.input(screen.getByTestId("status-cancel-reason"), {
      target: { value: "  Venue closed  " },
    });
    api.status.mockResolvedValue(activity({ status: "cancelled", cancel_reason: "Venue closed" }));
    api.get.mockResolvedValue(detail({ status: "cancelled", cancel_reason: "Venue closed" }));
    await fireEvent.click(confirm);
    expect(api.status).toHaveBeenCalledWith("a1", "cancelled", "Venue closed");
    expect((await screen.findByTestId("activity-cancel-reason-shown")).textContent).toContain(
      "Venue closed",
    );
    expect(screen.queryByTestId("status-cancel")).toBeNull();
    expect(screen.queryByTestId("status-next-completed")).toBeNull();
    expect(screen.queryByTestId("session-add")).toBeNull();
  });

  it("lists sessions in time order on the venue's clock and the viewer's", async () => {
    await open();
    const rows = screen.getAllByTestId("session-row");
    expect(rows.map((r) => r.dataset.sessionId)).toEqual(["s1", "s2"]);
    expect(rows.map((r) => r.dataset.status)).toEqual(["scheduled", "cancelled"]);
    const first = within(rows[0]);
    expect(first.getByTestId("session-local-time").textContent).toContain("14:00–17:00 Baku time");
    expect(first.getByTestId("session-viewer-time").textContent).toContain("15:00–18:00 your time");
    await waitFor(() => expect(rows[0].textContent).toContain("Aliyev Rashad"));
    expect(rows[1].textContent).toContain("Cancelled: Trainer ill");
    expect(within(rows[1]).queryByTestId("session-move")).toBeNull();
  });

  it("leaves out the viewer's clock when it reads like the venue's", async () => {
    api.get.mockResolvedValue(
      detail({}, [
        {
          ...session("s1", "2026-03-02", "10:00", "12:00"),
          time_zone: "Asia/Tashkent",
          starts_utc: "2026-03-02T05:00:00Z",
          ends_utc: "2026-03-02T07:00:00Z",
          venue_id: null,
        },
      ]),
    );
    await open();
    const row = screen.getByTestId("session-row");
    expect(within(row).getByTestId("session-local-time").textContent).toContain(
      "10:00–12:00 Tashkent time",
    );
    expect(within(row).queryByTestId("session-viewer-time")).toBeNull();
  });

  it("cancels a session with a reason", async () => {
    await open();
    const row = screen.getAllByTestId("session-row")[0];
    await fireEvent.click(within(row).getByTestId("session-cancel"));
    await fireEvent.input(within(row).getByTestId("session-cancel-reason"), {
      target: { value: "Holiday" },
    });
    api.cancel.mockResolvedValue({});
    await fireEvent.click(within(row).getByTestId("session-cancel-confirm"));
    expect(api.cancel).toHaveBeenCalledWith("s1", "Holiday");
    await waitFor(() => expect(api.get).toHaveBeenCalledTimes(2));
  });

  it("moves a session, checking first and saving a clash only when told to", async () => {
    await open();
    const row = screen.getAllByTestId("session-row")[0];
    await fireEvent.click(within(row).getByTestId("session-move"));
    expect((within(row).getByTestId("move-date") as HTMLInputElement).value).toBe("2026-03-02");
    // The date reads the app's way, not the system's: day first in Russian.
    setLocale("ru");
    await tick();
    expect((within(row).getByTestId("move-date") as HTMLInputElement).value).toBe("02.03.2026");
    setLocale("en");
    await tick();
    expect((within(row).getByTestId("move-start") as HTMLInputElement).value).toBe("14:00");
    api.moveCheck.mockResolvedValue([conflict]);
    await fireEvent.input(within(row).getByTestId("move-end"), { target: { value: "18:00" } });
    await fireEvent.click(within(row).getByTestId("move-save"));
    expect(api.moveCheck).toHaveBeenLastCalledWith("s1", "2026-03-02T14:00", "2026-03-02T18:00");
    await within(row).findByTestId("conflicts");
    expect(api.move).not.toHaveBeenCalled();
    const save = within(row).getByTestId("move-save") as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await fireEvent.click(within(row).getByTestId("move-override"));
    expect(save.disabled).toBe(false);
    api.move.mockResolvedValue({});
    await fireEvent.click(save);
    expect(api.move).toHaveBeenCalledWith("s1", "2026-03-02T14:00", "2026-03-02T18:00", true);
    await waitFor(() => expect(api.get).toHaveBeenCalledTimes(2));
  });
});

describe("adding sessions", () => {
  const occurrences = [
    { starts_local: "2026-03-02T14:00", ends_local: "2026-03-02T17:00" },
    { starts_local: "2026-03-04T14:00", ends_local: "2026-03-04T17:00" },
    { starts_local: "2026-03-11T14:00", ends_local: "2026-03-11T17:00" },
  ];

  async function openForm() {
    await open();
    await fireEvent.click(screen.getByTestId("session-add"));
    return screen.getByTestId("session-form");
  }

  async function fillRecurring() {
    await fireEvent.input(screen.getByTestId("session-date"), { target: { value: "2026-03-02" } });
    await fireEvent.input(screen.getByTestId("session-start"), { target: { value: "14:00" } });
    await fireEvent.input(screen.getByTestId("session-end"), { target: { value: "17:00" } });
    await fireEvent.click(screen.getByTestId("session-trainer-t1"));
    await fireEvent.click(screen.getByTestId("session-repeat"));
    // The first day's weekday (Monday) is ticked already; Wednesday is added.
    expect((screen.getByTestId("repeat-day-1") as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(screen.getByTestId("repeat-day-3"));
    await fireEvent.input(screen.getByTestId("repeat-weeks"), { target: { value: "2" } });
    await fireEvent.input(screen.getByTestId("repeat-skip"), { target: { value: "2026-03-09" } });
    await fireEvent.click(screen.getByTestId("repeat-skip-add"));
  }

  const recurring: SessionPlan = {
    activity_id: "a1",
    title: null,
    starts_local: "2026-03-02T14:00",
    ends_local: "2026-03-02T17:00",
    time_zone: null,
    venue_id: "v1",
    trainer_ids: ["t1"],
    repeat: { weekdays: [1, 3], until: "2026-03-15", skip: ["2026-03-09"] },
  };

  it("previews every session of a recurring plan", async () => {
    await openForm();
    expect((screen.getByTestId("session-venue") as HTMLSelectElement).value).toBe("v1");
    expect(screen.queryByTestId("session-zone")).toBeNull();
    await fillRecurring();
    expect(screen.getAllByTestId("repeat-skip-chip").map((c) => c.dataset.date)).toEqual([
      "2026-03-09",
    ]);
    api.planCheck.mockResolvedValue({ occurrences, conflicts: [] });
    await fireEvent.click(screen.getByTestId("session-check"));
    expect(api.planCheck).toHaveBeenLastCalledWith(recurring);
    await screen.findByTestId("session-preview");
    const rows = screen.getAllByTestId("preview-row");
    expect(rows.map((r) => r.dataset.date)).toEqual(["2026-03-02", "2026-03-04", "2026-03-11"]);
    expect(rows[1].textContent).toContain("14:00–17:00");
    expect(screen.getByTestId("session-preview").textContent).toContain("3 sessions will be added");
    expect(screen.queryByTestId("conflicts")).toBeNull();
  });

  it("blocks saving a clash until 'save anyway' is ticked, then saves with the override", async () => {
    await openForm();
    await fillRecurring();
    api.planCheck.mockResolvedValue({ occurrences, conflicts: [conflict] });
    await fireEvent.click(screen.getByTestId("session-check"));
    await screen.findByTestId("conflicts");
    expect(screen.getAllByTestId("conflict-row")).toHaveLength(1);
    const save = screen.getByTestId("session-save") as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await fireEvent.click(save);
    expect(api.plan).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId("session-override"));
    expect(save.disabled).toBe(false);
    api.plan.mockResolvedValue([
      session("n1", "2026-03-02", "14:00", "17:00"),
      session("n2", "2026-03-04", "14:00", "17:00"),
    ]);
    await fireEvent.click(save);
    expect(api.plan).toHaveBeenCalledWith(recurring, true);
    expect((await screen.findByTestId("session-saved")).textContent).toContain("2 sessions added");
    expect(api.get).toHaveBeenCalledTimes(2);
    expect(screen.queryByTestId("session-form")).toBeNull();
  });

  it("forgets 'save anyway' when the plan changes", async () => {
    await openForm();
    await fillRecurring();
    api.planCheck.mockResolvedValue({ occurrences, conflicts: [conflict] });
    await fireEvent.click(screen.getByTestId("session-check"));
    await screen.findByTestId("conflicts");
    await fireEvent.click(screen.getByTestId("session-override"));
    await fireEvent.input(screen.getByTestId("session-end"), { target: { value: "18:00" } });
    await fireEvent.click(screen.getByTestId("session-check"));
    await screen.findByTestId("session-override");
    expect((screen.getByTestId("session-override") as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId("session-save") as HTMLButtonElement).disabled).toBe(true);
  });

  it("checks before saving, and saves a clash-free plan without the override", async () => {
    await openForm();
    await fireEvent.input(screen.getByTestId("session-date"), { target: { value: "2026-03-03" } });
    api.planCheck.mockResolvedValue({ occurrences: [occurrences[0]], conflicts: [] });
    api.plan.mockResolvedValue([session("n1", "2026-03-03", "09:00", "12:00")]);
    await fireEvent.click(screen.getByTestId("session-save"));
    await waitFor(() => expect(api.plan).toHaveBeenCalled());
    const [plan, allow] = api.plan.mock.calls[0] as [SessionPlan, boolean];
    expect(plan).toMatchObject({ starts_local: "2026-03-03T09:00", repeat: null });
    expect(allow).toBe(false);
    expect((await screen.findByTestId("session-saved")).textContent).toContain("1 session added");
  });

  it("shows the clashes a save ran into when they arose after the check", async () => {
    await openForm();
    api.planCheck.mockResolvedValue({ occurrences: [occurrences[0]], conflicts: [] });
    await fireEvent.click(screen.getByTestId("session-check"));
    await screen.findByTestId("session-preview");
    api.plan.mockRejectedValue({
      code: "schedule_conflict",
      reason: { key: "schedule_conflict", count: 1 },
      conflicts: [conflict],
    });
    await fireEvent.click(screen.getByTestId("session-save"));
    await screen.findByTestId("conflicts");
    expect(screen.getByTestId("error-banner").dataset.code).toBe("schedule_conflict");
    expect(api.plan).toHaveBeenCalledWith(expect.anything(), false);
    expect((screen.getByTestId("session-save") as HTMLButtonElement).disabled).toBe(true);
  });

  it("asks for a time zone when there is no venue", async () => {
    api.get.mockResolvedValue(detail({ venue_id: null }, []));
    await openForm();
    expect((screen.getByTestId("session-venue") as HTMLSelectElement).value).toBe("");
    const zone = screen.getByTestId("session-zone") as HTMLInputElement;
    expect(zone.value).toBe("Asia/Tashkent");
    api.planCheck.mockResolvedValue({ occurrences: [], conflicts: [] });
    await fireEvent.click(screen.getByTestId("session-check"));
    expect(api.planCheck).toHaveBeenLastCalledWith(
      expect.objectContaining({ time_zone: "Asia/Tashkent", venue_id: null }),
    );
  });
});

describe("what a role may do here", () => {
  it("shows a viewer the activity and its sessions, but nothing to change them", async () => {
    signInAs("viewer");
    await open();
    await waitFor(() => expect(screen.getAllByTestId("session-row")).toHaveLength(2));
    for (const id of ["activity-edit", "session-add", "status-cancel"]) {
      expect(screen.queryByTestId(id), id).toBeNull();
    }
    expect(screen.queryAllByTestId(/^status-next-/)).toHaveLength(0);
    expect(screen.queryByTestId("session-move")).toBeNull();
    expect(screen.queryByTestId("session-cancel")).toBeNull();
    expect(screen.getByTestId("activity-attendance-link")).toBeTruthy();
  });

  it("lets an HR officer plan", async () => {
    signInAs("hr_officer");
    await open();
    expect(screen.getByTestId("activity-edit")).toBeTruthy();
    expect(screen.getByTestId("session-add")).toBeTruthy();
  });
});
