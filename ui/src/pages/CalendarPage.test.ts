import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActivityFilter, CalendarEntry, CalendarQuery, NamedConflict } from "$lib/api/types";
import { activity, entry, placementSpan, visitSpan } from "$lib/calendar/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { router } from "$lib/router.svelte";
import { announce, followDelay } from "$lib/testing/changes";
import CalendarPage from "./CalendarPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("calendar", "spans", "check", "move", "activities", "venues", "trainers", "orgs");
});

vi.mock("$lib/api/activity", () => ({
  activityList: (f: ActivityFilter) => api.activities(f),
}));
vi.mock("$lib/api/calendar", () => ({
  calendar: (q: CalendarQuery) => api.calendar(q),
  calendarSpans: (q: CalendarQuery) => api.spans(q),
}));
vi.mock("$lib/api/session", () => ({
  sessionMoveCheck: (id: string, s: string, e: string) => api.check(id, s, e),
  sessionMove: (id: string, s: string, e: string, allow: boolean) => api.move(id, s, e, allow),
}));
vi.mock("$lib/api/venue", () => ({
  venueList: () => api.venues(),
}));
vi.mock("$lib/api/trainer", () => ({ trainerList: () => api.trainers() }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));
vi.mock("@tauri-apps/api/event", async () => (await import("$lib/testing/changes")).fakeEvents);

// The viewer is in Tashkent (UTC+5) on Wednesday 12 March 2025.
const ZONE = "Asia/Tashkent";
const NOW = new Date("2025-03-12T06:00:00Z");

const week: CalendarEntry[] = [
  entry("s1", ["2025-03-10T09:00:00", "2025-03-10T12:00:00"], {
    utc: ["2025-03-10T04:00:00Z", "2025-03-10T07:00:00Z"],
    zone: ZONE,
    title: "Public service ethics",
    activityId: "a1",
  }),
  entry("s2", ["2025-03-11T13:00:00", "2025-03-11T15:00:00"], {
    utc: ["2025-03-11T09:00:00Z", "2025-03-11T11:00:00Z"],
    zone: "Asia/Baku",
    title: "Digital records",
    venue: "ASAN hall",
    trainers: ["Rauf Aliyev", "Leyla Mammadova"],
  }),
  entry("s3", ["2025-03-12T10:00:00", "2025-03-12T11:00:00"], {
    utc: ["2025-03-12T05:00:00Z", "2025-03-12T06:00:00Z"],
    zone: ZONE,
    status: "cancelled",
  }),
];

const conflict: NamedConflict = {
  session_id: "s1",
  label: "Public service ethics, 10 Mar 09:15",
  other_session_id: "x9",
  other_label: "Budget planning, 10 Mar 11:00",
  resource: { kind: "trainer", id: "tr1" },
  resource_name: "Dilnoza Karimova",
};

const block = (id: string) =>
  screen
    .getAllByTestId("calendar-entry")
    .find((el) => el.getAttribute("data-session-id") === id) as HTMLElement;

async function open() {
  render(CalendarPage, { zone: ZONE, now: NOW });
  await waitFor(() => expect(screen.getAllByTestId("calendar-entry").length).toBeGreaterThan(0));
}

beforeEach(() => {
  setLocale("en");
  for (const f of Object.values(api)) f.mockReset();
  api.calendar.mockResolvedValue(week);
  api.spans.mockResolvedValue([]);
  api.activities.mockResolvedValue([]);
  api.venues.mockResolvedValue([
    {
      id: "v1",
      name: "Main hall",
      address: null,
      city: "Tashkent",
      country: "UZ",
      time_zone: ZONE,
      capacity: 40,
    },
  ]);
  api.trainers.mockResolvedValue([
    { id: "tr1", person_id: null, name: "Dilnoza Karimova", affiliation: null, expertise: null },
  ]);
  api.orgs.mockResolvedValue([]);
  router.route = { name: "plan" };
});

describe("the calendar's week view", () => {
  it("shows the week's sessions from calendar(), on the viewer's clock", async () => {
    await open();
    expect(api.calendar).toHaveBeenCalledTimes(1);
    expect(api.calendar.mock.calls[0][0]).toEqual({
      from: "2025-03-10",
      to: "2025-03-17",
      time_zone: ZONE,
      organisation_id: null,
      trainer_id: null,
      venue_id: null,
      kind: null,
      limit: 5000,
    });
    expect(screen.getByTestId("calendar-view-week").getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByTestId("calendar-period").textContent).toBe("10–16 March 2025");

    const entries = screen.getAllByTestId("calendar-entry");
    expect(entries.map((e) => e.getAttribute("data-session-id"))).toEqual(["s1", "s2", "s3"]);
    expect(block("s1").textContent).toContain("09:00–12:00");
    expect(block("s1").textContent).toContain("Public service ethics");
    expect(block("s1").textContent).toContain("Room 1");
    expect(block("s1").textContent).not.toContain("(");
    // Baku is an hour behind Tashkent: the viewer's time first, the venue's in brackets.
    expect(block("s2").textContent).toContain("14:00–16:00");
    expect(block("s2").textContent).toContain("(Baku 13:00)");
    expect(block("s2").textContent).toContain("Rauf Aliyev, Leyla Mammadova");
    expect(block("s3").getAttribute("data-status")).toBe("cancelled");
    expect(block("s1").getAttribute("data-status")).toBe("scheduled");
    expect(screen.queryByTestId("calendar-empty")).toBeNull();
  });

  it("opens the activity when a block is clicked", async () => {
    await open();
    await fireEvent.click(block("s1"));
    expect(router.route).toEqual({ name: "activity", id: "a1" });
  });

  it("asks before a keyboard move that clashes, and moves only once the override is ticked", async () => {
    api.check.mockResolvedValue([conflict]);
    api.move.mockResolvedValue(week[0].session);
    await open();

    await fireEvent.keyDown(block("s1"), { key: "ArrowDown", altKey: true });
    const dialog = await screen.findByTestId("move-dialog");
    expect(api.check).toHaveBeenCalledWith("s1", "2025-03-10T09:15", "2025-03-10T12:15");
    expect(dialog.textContent).toContain("Public service ethics, 10 Mar 09:15");
    expect(dialog.textContent).toContain("Budget planning, 10 Mar 11:00");
    expect(dialog.textContent).toContain("Monday 10 March, 09:15–12:15");
    expect(within(dialog).getAllByTestId("conflict-row")).toHaveLength(1);

    const confirm = screen.getByTestId("move-confirm") as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await fireEvent.click(confirm);
    expect(api.move).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId("move-override"));
    expect(confirm.disabled).toBe(false);
    await fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByTestId("move-dialog")).toBeNull());
    expect(api.move).toHaveBeenCalledTimes(1);
    expect(api.move).toHaveBeenCalledWith("s1", "2025-03-10T09:15", "2025-03-10T12:15", true);
    expect(api.calendar).toHaveBeenCalledTimes(2);
  });

  it("moves at once when nothing clashes, shifting the venue's own wall time", async () => {
    api.check.mockResolvedValue([]);
    api.move.mockResolvedValue(week[1].session);
    await open();
    await fireEvent.keyDown(block("s2"), { key: "ArrowRight", altKey: true });
    await waitFor(() => expect(api.move).toHaveBeenCalledTimes(1));
    expect(api.check).toHaveBeenCalledWith("s2", "2025-03-12T13:00", "2025-03-12T15:00");
    expect(api.move).toHaveBeenCalledWith("s2", "2025-03-12T13:00", "2025-03-12T15:00", false);
    await waitFor(() => expect(api.calendar).toHaveBeenCalledTimes(2));
    expect(screen.queryByTestId("move-dialog")).toBeNull();
  });

  it("puts the block back when the clashing move is cancelled", async () => {
    api.check.mockResolvedValue([conflict]);
    await open();
    const top = block("s1").style.top;
    await fireEvent.keyDown(block("s1"), { key: "ArrowUp", altKey: true });
    await screen.findByTestId("move-dialog");
    expect(api.check).toHaveBeenCalledWith("s1", "2025-03-10T08:45", "2025-03-10T11:45");
    expect(block("s1").style.top).not.toBe(top); // drawn at the proposed time meanwhile
    await fireEvent.click(screen.getByTestId("move-cancel"));
    expect(screen.queryByTestId("move-dialog")).toBeNull();
    expect(block("s1").style.top).toBe(top);
    expect(api.move).not.toHaveBeenCalled();
  });

  it("does not move a cancelled session, nor on arrows without Alt", async () => {
    await open();
    await fireEvent.keyDown(block("s3"), { key: "ArrowDown", altKey: true });
    await fireEvent.keyDown(block("s1"), { key: "ArrowDown" });
    expect(api.check).not.toHaveBeenCalled();
  });

  it("moves a block dragged down by half an hour", async () => {
    api.check.mockResolvedValue([]);
    api.move.mockResolvedValue(week[0].session);
    await open();
    const b = block("s1");
    await fireEvent.pointerDown(b, { button: 0, pointerId: 1, clientX: 50, clientY: 100 });
    await fireEvent.pointerMove(b, { pointerId: 1, clientX: 50, clientY: 124 });
    await fireEvent.pointerUp(b, { pointerId: 1, clientX: 50, clientY: 124 });
    await fireEvent.click(b); // the click that ends a drag does not open the activity
    expect(router.route).toEqual({ name: "plan" });
    await waitFor(() =>
      expect(api.move).toHaveBeenCalledWith("s1", "2025-03-10T09:30", "2025-03-10T12:30", false),
    );
  });

  it("passes the filters to calendar()", async () => {
    await open();
    await waitFor(() => expect(api.trainers).toHaveBeenCalled());
    await fireEvent.change(screen.getByTestId("calendar-filter-kind"), {
      target: { value: "seminar" },
    });
    await waitFor(() => expect(api.calendar).toHaveBeenCalledTimes(2));
    expect(api.calendar.mock.calls[1][0]).toMatchObject({ kind: "seminar", trainer_id: null });
    await waitFor(() =>
      expect(screen.getByTestId("calendar-filter-trainer").textContent).toContain("Karimova"),
    );
    await fireEvent.change(screen.getByTestId("calendar-filter-trainer"), {
      target: { value: "tr1" },
    });
    await waitFor(() => expect(api.calendar).toHaveBeenCalledTimes(3));
    expect(api.calendar.mock.calls[2][0]).toMatchObject({ kind: "seminar", trainer_id: "tr1" });
  });

  it("steps between weeks and back to today", async () => {
    await open();
    await fireEvent.click(screen.getByTestId("calendar-next"));
    expect(api.calendar.mock.calls[1][0]).toMatchObject({ from: "2025-03-17", to: "2025-03-24" });
    expect(screen.getByTestId("calendar-period").textContent).toBe("17–23 March 2025");
    await fireEvent.click(screen.getByTestId("calendar-prev"));
    await fireEvent.click(screen.getByTestId("calendar-prev"));
    expect(api.calendar.mock.calls[3][0]).toMatchObject({ from: "2025-03-03" });
    await fireEvent.click(screen.getByTestId("calendar-today"));
    expect(api.calendar.mock.calls[4][0]).toMatchObject({ from: "2025-03-10" });
  });

  it("says when the week is empty, and when the list was capped", async () => {
    api.calendar.mockResolvedValue([]);
    render(CalendarPage, { zone: ZONE, now: NOW });
    expect((await screen.findByTestId("calendar-empty")).textContent).toContain(
      "Nothing is scheduled this week.",
    );
    expect(screen.queryByTestId("calendar-capped")).toBeNull();
  });

  it("shows a failed load as an error banner", async () => {
    api.calendar.mockRejectedValue({ code: "internal", reason: { key: "unexpected" } });
    render(CalendarPage, { zone: ZONE, now: NOW });
    const banner = await screen.findByTestId("error-banner");
    expect(banner.getAttribute("data-code")).toBe("internal");
  });
});

describe("the calendar's month and year views", () => {
  it("lists up to three sessions a day and opens the week of a busy day", async () => {
    const busy = ["08", "09", "10", "11", "12"].map((h, i) =>
      entry(`m${i}`, [`2025-03-20T${h}:00:00`, `2025-03-20T${h}:30:00`], {
        utc: [`2025-03-20T${h}:00:00Z`, `2025-03-20T${h}:30:00Z`],
      }),
    );
    api.calendar.mockResolvedValue(busy);
    render(CalendarPage, { zone: "UTC", now: NOW });
    await fireEvent.click(screen.getByTestId("calendar-view-month"));
    expect(api.calendar.mock.calls[1][0]).toMatchObject({ from: "2025-02-24", to: "2025-04-07" });
    expect(screen.getByTestId("calendar-period").textContent).toBe("March 2025");
    const days = await screen.findAllByTestId("calendar-day");
    expect(days).toHaveLength(42);
    const day = days.find((d) => d.getAttribute("data-date") === "2025-03-20") as HTMLElement;
    await waitFor(() => expect(within(day).getAllByTestId("calendar-entry")).toHaveLength(3));
    expect(within(day).getAllByTestId("calendar-entry")[0].textContent).toContain("08:00");
    const more = within(day).getByTestId("calendar-more");
    expect(more.textContent).toBe("+2 more");
    await fireEvent.click(more);
    expect(screen.getByTestId("calendar-view-week").getAttribute("aria-pressed")).toBe("true");
    expect(api.calendar.mock.calls[2][0]).toMatchObject({ from: "2025-03-17", to: "2025-03-24" });
  });

  it("shows the year's activities as bars from activityList()", async () => {
    api.activities.mockResolvedValue([
      activity("y1", "2025-04-07", "2025-04-11", { title: "Leadership school", kind: "seminar" }),
    ]);
    await open();
    await fireEvent.change(screen.getByTestId("calendar-filter-kind"), {
      target: { value: "seminar" },
    });
    await fireEvent.click(screen.getByTestId("calendar-view-year"));
    const bar = await screen.findByTestId("calendar-activity");
    expect(api.activities).toHaveBeenCalledWith({
      from: "2025-01-01",
      to: "2025-12-31",
      organisation_id: null,
      trainer_id: null,
      venue_id: null,
      kind: "seminar",
      limit: 5000,
    });
    expect(screen.getByTestId("calendar-period").textContent).toBe("2025");
    expect(bar.getAttribute("data-activity-id")).toBe("y1");
    expect(bar.textContent).toContain("Leadership school");
    await fireEvent.click(bar);
    expect(router.route).toEqual({ name: "activity", id: "y1" });
  });
});

describe("the calendar's visits and internships", () => {
  const span = (id: string) =>
    screen
      .getAllByTestId("calendar-span")
      .find((el) => el.getAttribute("data-span-id") === id) as HTMLElement;

  it("runs them across the week's days above the hours, and opens their pages", async () => {
    api.spans.mockResolvedValue([
      visitSpan("v1", "2025-03-11", "2025-03-13", { title: "Study visit to Baku", members: 6 }),
      placementSpan("p1", "2025-02-24", "2025-03-21", { status: "proposed" }),
    ]);
    await open();
    expect(api.spans.mock.calls[0][0]).toEqual(api.calendar.mock.calls[0][0]);
    await waitFor(() => expect(screen.getAllByTestId("calendar-span")).toHaveLength(2));
    const visit = span("v1");
    expect(visit.getAttribute("data-kind")).toBe("visit");
    expect(visit.textContent).toContain("Study visit to Baku");
    expect(visit.textContent).toContain("6 people");
    expect(visit.textContent).toContain("11 March 2025 – 13 March 2025");
    expect(visit.classList.contains("tentative")).toBe(false);
    const placement = span("p1");
    expect(placement.getAttribute("data-kind")).toBe("internship");
    expect(placement.textContent).toContain("Proposed");
    expect(placement.classList.contains("tentative")).toBe(true);
    expect(placement.classList.contains("clip-start")).toBe(true);
    // The visit from Tuesday to Thursday: three of the seven columns, from the second.
    const item = visit.parentElement as HTMLElement;
    expect(item.style.left).toMatch(/^calc\(14\.28\d*% \+ 2px\)$/);
    expect(item.style.width).toMatch(/^calc\(42\.85\d*% - 4px\)$/);
    await fireEvent.click(visit);
    expect(router.route).toEqual({ name: "visit", id: "v1" });
  });

  it("draws two lanes a week in the month and counts the rest", async () => {
    api.spans.mockResolvedValue([
      visitSpan("a", "2025-03-17", "2025-03-21"),
      visitSpan("b", "2025-03-18", "2025-03-19"),
      placementSpan("c", "2025-03-18", "2025-04-11"),
    ]);
    render(CalendarPage, { zone: "UTC", now: NOW });
    await fireEvent.click(screen.getByTestId("calendar-view-month"));
    expect(api.spans.mock.calls[1][0]).toMatchObject({ from: "2025-02-24", to: "2025-04-07" });
    await waitFor(() => expect(screen.getAllByTestId("calendar-span").length).toBeGreaterThan(0));
    const ids = screen.getAllByTestId("calendar-span").map((el) => el.getAttribute("data-span-id"));
    // The week of 17 March holds all three in three lanes: two shown, one counted; the placement
    // goes on alone in the weeks after.
    expect(ids.filter((id) => id === "c").length).toBe(3);
    const more = screen.getByTestId("calendar-spans-more");
    expect(more.textContent).toBe("+1 more");
    await fireEvent.click(more);
    expect(screen.getByTestId("calendar-view-week").getAttribute("aria-pressed")).toBe("true");
    expect(api.calendar.mock.calls.at(-1)?.[0]).toMatchObject({ from: "2025-03-17" });
  });

  it("draws a placement in the year as itself, not as its activity", async () => {
    api.activities.mockResolvedValue([
      activity("y1", "2025-04-07", "2025-04-11", { title: "Leadership school", kind: "seminar" }),
      activity("act-p1", "2025-09-01", "2025-09-26", { title: "Placement", kind: "internship" }),
    ]);
    api.spans.mockResolvedValue([placementSpan("p1", "2025-09-01", "2025-09-26")]);
    await open();
    await fireEvent.click(screen.getByTestId("calendar-view-year"));
    await screen.findByTestId("calendar-year-spans");
    expect(api.spans.mock.calls.at(-1)?.[0]).toMatchObject({
      from: "2025-01-01",
      to: "2026-01-01",
    });
    const bars = screen.getAllByTestId("calendar-activity");
    expect(bars.map((b) => b.getAttribute("data-activity-id"))).toEqual(["y1"]);
    await fireEvent.click(span("p1"));
    expect(router.route).toEqual({ name: "internship", id: "p1" });
  });
});

describe("the calendar following other desks", () => {
  it("reloads the shown period in place for any change to the plan, and says so", async () => {
    await open();
    expect(screen.getAllByTestId("calendar-entry")).toHaveLength(3);
    api.calendar.mockResolvedValue(week.slice(0, 1));
    announce("plan", "another-activity");
    await waitFor(() => expect(screen.getAllByTestId("calendar-entry")).toHaveLength(1));
    expect(api.calendar).toHaveBeenCalledTimes(2);
    expect(api.calendar.mock.calls[1][0]).toEqual(api.calendar.mock.calls[0][0]);
    expect(await screen.findByTestId("others-updated")).toBeTruthy();
  });

  it("reloads when another desk changes a visit or an internship", async () => {
    await open();
    api.spans.mockResolvedValue([visitSpan("v1", "2025-03-11", "2025-03-13")]);
    announce("visit", "v1");
    await waitFor(() => expect(screen.getAllByTestId("calendar-span")).toHaveLength(1));
    announce("internship", "p1");
    await waitFor(() => expect(api.spans).toHaveBeenCalledTimes(3));
  });

  it("does not reload for other changes", async () => {
    await open();
    announce("person");
    announce("roll", "s1");
    await followDelay();
    expect(api.calendar).toHaveBeenCalledTimes(1);
  });
});
