import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DashboardCompletion } from "$lib/api/dashboard";
import {
  busyCompletion,
  busyDashboard,
  emptyCompletion,
  emptyDashboard,
} from "$lib/dashboard/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { router } from "$lib/router.svelte";
import { deferred } from "$lib/util/deferred";
import Dashboard from "./Dashboard.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("dashboard", "dashboardCompletion");
});
vi.mock("$lib/api/dashboard", () => ({
  dashboard: (year: number) => api.dashboard(year),
  dashboardCompletion: (year: number) => api.dashboardCompletion(year),
}));

const YEAR = new Date().getFullYear();

beforeEach(() => {
  setLocale("en");
  api.dashboard.mockReset();
  api.dashboard.mockImplementation(async (year: number) => busyDashboard(year));
  api.dashboardCompletion.mockReset();
  api.dashboardCompletion.mockImplementation(async (year: number) => busyCompletion(year));
  // jsdom draws nothing: the chart stays an empty canvas with its label, as on a machine whose
  // canvas fails.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

const shown = () => screen.findByTestId("dashboard-hours");
const completionCard = () => screen.getByTestId("dashboard-completion");
/** The completion card once its figures are in. */
const completionShown = () =>
  waitFor(() => {
    expect(within(completionCard()).queryByTestId("dashboard-completion-loading")).toBeNull();
    return completionCard();
  });
const storageError = { code: "storage", reason: { key: "storage", log: "disk I/O error" } };

describe("the dashboard", () => {
  it("asks for this year and shows the year's figures beside last year's, in the locale", async () => {
    render(Dashboard);
    const hours = await shown();
    expect(api.dashboard).toHaveBeenCalledWith(YEAR);
    expect(api.dashboardCompletion).toHaveBeenCalledWith(YEAR);
    expect((screen.getByTestId("dashboard-year") as HTMLSelectElement).value).toBe(String(YEAR));
    expect(hours.dataset.thisYear).toBe("12345.5");
    expect(hours.dataset.lastYear).toBe("10000");
    expect(hours.textContent).toContain("12,345.5");
    expect(hours.textContent).toContain(`Up 23.5% on ${YEAR - 1}`);
    expect(hours.textContent).toContain(`In ${YEAR - 1}: 10,000`);
    const people = screen.getByTestId("dashboard-people");
    expect(people.textContent).toContain("1,200");
    expect(people.textContent).toContain(`Down 20% on ${YEAR - 1}`);
    const completion = await completionShown();
    expect(completion.textContent).toContain("87%");
    expect(completion.textContent).toContain("Completed: 870");
    expect(completion.textContent).toContain("Not completed: 130");
  });

  it("writes numbers and words in the chosen language", async () => {
    setLocale("ru");
    render(Dashboard);
    const hours = await shown();
    expect(hours.textContent).toContain("12\u00a0345,5");
    expect(hours.textContent).toContain(`Рост на 23,5\u00a0% к ${YEAR - 1} году`);
  });

  it("gives every chart a name in words on its canvas", async () => {
    render(Dashboard);
    await shown();
    await completionShown();
    const canvases = screen.getAllByRole("img");
    expect(canvases).toHaveLength(4);
    const hoursCanvas = within(screen.getByTestId("dashboard-hours-chart")).getByRole("img");
    expect(hoursCanvas.getAttribute("aria-label")).toBe(
      `Bar chart of the hours attended each month of ${YEAR}: 12,345.5 in all; the busiest month: October, 4,000.`,
    );
  });

  it("shows a chart's figures as a table, a row a month", async () => {
    render(Dashboard);
    await shown();
    const card = screen.getByTestId("dashboard-hours-chart");
    const toggle = within(card).getByTestId("dashboard-table-toggle");
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    await fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    const table = within(card).getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(12);
    expect(rows[0].textContent).toContain("January");
    expect(rows[2].textContent).toContain("1,500.5");
    expect(within(card).queryByRole("img")).toBeNull();
    await fireEvent.click(toggle);
    expect(within(card).queryByRole("table")).toBeNull();
    expect(within(card).getByRole("img")).toBeTruthy();
  });

  it("shows the completion as a table once it has come", async () => {
    render(Dashboard);
    await shown();
    const card = await completionShown();
    await fireEvent.click(within(card).getByTestId("dashboard-table-toggle"));
    const rows = within(card).getAllByRole("row");
    expect(rows.map((r) => [...r.children].map((c) => c.textContent?.trim()))).toEqual([
      ["Result", "Participants"],
      ["Completed", "870"],
      ["Not completed", "130"],
    ]);
  });

  it("lists the programmes' people beside their hours in the table", async () => {
    render(Dashboard);
    await shown();
    const card = screen.getByTestId("dashboard-programmes-chart");
    await fireEvent.click(within(card).getByTestId("dashboard-table-toggle"));
    const rows = within(card).getAllByRole("row");
    expect(rows.map((r) => [...r.children].map((c) => c.textContent?.trim()))).toEqual([
      ["Programme", "Hours attended", "People"],
      ["Davlat xaridlari toʻgʻrisidagi qonunchilik", "5,000", "400"],
      ["Public finance", "2,500.5", "210"],
    ]);
  });

  it("asks again for the year picked", async () => {
    render(Dashboard);
    await shown();
    await fireEvent.change(screen.getByTestId("dashboard-year"), {
      target: { value: String(YEAR - 2) },
    });
    await waitFor(() => expect(api.dashboard).toHaveBeenLastCalledWith(YEAR - 2));
    expect(api.dashboardCompletion).toHaveBeenLastCalledWith(YEAR - 2);
    await waitFor(() =>
      expect(screen.getByTestId("dashboard-hours").textContent).toContain(
        `Up 23.5% on ${YEAR - 3}`,
      ),
    );
    expect(api.dashboard).toHaveBeenCalledTimes(2);
    expect(api.dashboardCompletion).toHaveBeenCalledTimes(2);
  });

  it("lists upcoming activities with free seats, each opening the activity", async () => {
    render(Dashboard);
    await shown();
    const rows = screen.getAllByTestId("dashboard-open-activity");
    expect(rows.map((r) => r.dataset.id)).toEqual(["a1", "a2"]);
    expect(rows[0].textContent).toContain("Seminar");
    expect(rows[0].textContent).toContain("12 of 30");
    expect(rows[0].textContent).toContain("18");
    expect(rows[1].textContent).toContain("1,234");
    expect(rows[1].textContent).toContain("No limit");
    await fireEvent.click(within(rows[0]).getByRole("button", { name: "Budget planning" }));
    expect(router.route).toEqual({ name: "activity", id: "a1" });
  });

  it("says so in words when the register has nothing to show, with no chart", async () => {
    api.dashboard.mockImplementation(async (year: number) => emptyDashboard(year));
    api.dashboardCompletion.mockImplementation(async (year: number) => emptyCompletion(year));
    render(Dashboard);
    const empty = await screen.findByTestId("dashboard-empty");
    expect(empty.textContent).toContain("Nothing to show yet");
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryByTestId("dashboard-hours")).toBeNull();
  });

  it("does not call a year empty that has only results", async () => {
    api.dashboard.mockImplementation(async (year: number) => emptyDashboard(year));
    api.dashboardCompletion.mockImplementation(async (year: number) => ({
      ...emptyCompletion(year),
      not_completed: 4,
      completion_rate: 0,
    }));
    render(Dashboard);
    const card = await completionShown();
    expect(card.textContent).toContain("Not completed: 4");
    expect(screen.queryByTestId("dashboard-empty")).toBeNull();
  });

  it("says which part has nothing rather than drawing an empty chart", async () => {
    api.dashboard.mockImplementation(async (year: number) => ({
      ...busyDashboard(year),
      certificates: emptyDashboard(year).certificates,
    }));
    api.dashboardCompletion.mockImplementation(async (year: number) => emptyCompletion(year));
    render(Dashboard);
    await shown();
    const certificates = screen.getByTestId("dashboard-certificates-chart");
    expect(certificates.textContent).toContain(`No certificate was issued or revoked in ${YEAR}.`);
    expect(within(certificates).queryByRole("img")).toBeNull();
    expect(within(certificates).queryByTestId("dashboard-table-toggle")).toBeNull();
    const completion = await completionShown();
    expect(completion.textContent).toContain(`No activity that ended in ${YEAR} has results yet.`);
    expect(within(completion).queryByTestId("dashboard-table-toggle")).toBeNull();
  });

  it("tells a failure in the banner, and tries again", async () => {
    api.dashboard.mockRejectedValueOnce(storageError);
    render(Dashboard);
    const banner = await screen.findByTestId("dashboard-error");
    expect(banner.dataset.code).toBe("storage");
    await fireEvent.click(within(banner).getByRole("button"));
    await shown();
    expect(screen.queryByTestId("dashboard-error")).toBeNull();
  });

  it("asks for the completion beside the rest, and paints before it comes", async () => {
    const answer = deferred<DashboardCompletion>();
    api.dashboardCompletion.mockReturnValue(answer.promise);
    render(Dashboard);
    expect(api.dashboard).toHaveBeenCalledWith(YEAR);
    expect(api.dashboardCompletion).toHaveBeenCalledWith(YEAR);
    await shown();
    expect(screen.getByTestId("dashboard-hours-chart")).toBeTruthy();
    expect(screen.getAllByTestId("dashboard-open-activity")).toHaveLength(2);
    expect(screen.queryByTestId("dashboard-loading")).toBeNull();
    expect(screen.getByTestId("dashboard").getAttribute("aria-busy")).toBe("false");
    const card = completionCard();
    expect(card.textContent).toContain(`Completion in ${YEAR}`);
    expect(card.getAttribute("aria-busy")).toBe("true");
    const loading = within(card).getByTestId("dashboard-completion-loading");
    expect(loading.getAttribute("role")).toBe("status");
    expect(loading.textContent).toContain("Loading…");
    expect(within(card).queryByRole("img")).toBeNull();
    expect(within(card).queryByTestId("dashboard-table-toggle")).toBeNull();

    answer.resolve(busyCompletion(YEAR));
    await completionShown();
    expect(card.getAttribute("aria-busy")).toBe("false");
    expect(card.textContent).toContain("87%");
    expect(card.textContent).toContain("Completed: 870");
    expect(within(card).getByRole("img")).toBeTruthy();
    expect(within(card).getByTestId("dashboard-table-toggle")).toBeTruthy();
  });

  it("says it is loading in the chosen language", async () => {
    setLocale("uz-Cyrl");
    api.dashboardCompletion.mockReturnValue(new Promise(() => {}));
    render(Dashboard);
    await shown();
    const loading = within(completionCard()).getByTestId("dashboard-completion-loading");
    expect(loading.textContent?.trim()).toBe("Юкланмоқда…");
  });

  it("tells a failed completion in its card only, keeps the rest, and tries it again", async () => {
    api.dashboardCompletion.mockRejectedValueOnce(storageError);
    render(Dashboard);
    await shown();
    const error = await within(completionCard()).findByTestId("dashboard-completion-error");
    expect(error.dataset.code).toBe("storage");
    expect(screen.queryByTestId("dashboard-error")).toBeNull();
    expect(screen.getByTestId("dashboard-hours").dataset.thisYear).toBe("12345.5");
    expect(screen.getByTestId("dashboard-people")).toBeTruthy();
    expect(screen.getByTestId("dashboard-hours-chart")).toBeTruthy();
    expect(screen.getByTestId("dashboard-certificates-chart")).toBeTruthy();
    expect(screen.getByTestId("dashboard-programmes-chart")).toBeTruthy();
    expect(screen.getAllByTestId("dashboard-open-activity")).toHaveLength(2);
    expect(within(completionCard()).queryByTestId("dashboard-completion-loading")).toBeNull();

    await fireEvent.click(within(error).getByRole("button", { name: "Try again" }));
    const card = await completionShown();
    expect(within(card).queryByTestId("dashboard-completion-error")).toBeNull();
    expect(card.textContent).toContain("87%");
    expect(api.dashboardCompletion).toHaveBeenCalledTimes(2);
    expect(api.dashboard).toHaveBeenCalledTimes(1);
  });

  it("ignores the previous year's completion when it answers after the year was changed", async () => {
    const before = deferred<DashboardCompletion>();
    const after = deferred<DashboardCompletion>();
    api.dashboardCompletion.mockImplementation((year: number) =>
      year === YEAR ? before.promise : after.promise,
    );
    render(Dashboard);
    await shown();
    await fireEvent.change(screen.getByTestId("dashboard-year"), {
      target: { value: String(YEAR - 1) },
    });
    await waitFor(() =>
      expect(screen.getByTestId("dashboard-hours").textContent).toContain(
        `Up 23.5% on ${YEAR - 2}`,
      ),
    );
    expect(api.dashboardCompletion).toHaveBeenLastCalledWith(YEAR - 1);

    // This year's completion answers late: the card, now for last year, still waits for its own.
    before.resolve(busyCompletion(YEAR));
    await new Promise((r) => setTimeout(r, 0));
    const card = completionCard();
    expect(card.textContent).toContain(`Completion in ${YEAR - 1}`);
    expect(within(card).getByTestId("dashboard-completion-loading")).toBeTruthy();
    expect(card.textContent).not.toContain("87%");

    after.resolve({ year: YEAR - 1, completed: 5, not_completed: 15, completion_rate: 25 });
    await completionShown();
    expect(card.textContent).toContain("25%");
    expect(card.textContent).toContain("Completed: 5");
    expect(card.textContent).not.toContain("870");
  });

  it("keeps the year's completion when the previous year's answers after it", async () => {
    const before = deferred<DashboardCompletion>();
    api.dashboardCompletion.mockImplementation(async (year: number) =>
      year === YEAR
        ? before.promise
        : { ...emptyCompletion(year), completed: 5, not_completed: 15 },
    );
    render(Dashboard);
    await shown();
    await fireEvent.change(screen.getByTestId("dashboard-year"), {
      target: { value: String(YEAR - 1) },
    });
    const card = await completionShown();
    await waitFor(() => expect(card.textContent).toContain("Completed: 5"));

    before.resolve(busyCompletion(YEAR));
    await new Promise((r) => setTimeout(r, 0));
    expect(card.textContent).toContain(`Completion in ${YEAR - 1}`);
    expect(card.textContent).toContain("Completed: 5");
    expect(card.textContent).not.toContain("870");
    expect(within(card).queryByTestId("dashboard-completion-loading")).toBeNull();
  });

  it("never shows one year's completion beside another year's page", async () => {
    const page = deferred<ReturnType<typeof busyDashboard>>();
    render(Dashboard);
    await completionShown();
    api.dashboard.mockReturnValueOnce(page.promise);
    await fireEvent.change(screen.getByTestId("dashboard-year"), {
      target: { value: String(YEAR - 1) },
    });
    // Last year's completion is in before its page: this year's page, still shown, does not take it.
    await waitFor(() => expect(api.dashboardCompletion).toHaveBeenLastCalledWith(YEAR - 1));
    await new Promise((r) => setTimeout(r, 0));
    expect(completionCard().textContent).toContain(`Completion in ${YEAR}`);
    expect(completionCard().textContent).not.toContain("Completed: 870");

    page.resolve(busyDashboard(YEAR - 1));
    const card = await completionShown();
    expect(card.textContent).toContain(`Completion in ${YEAR - 1}`);
    expect(card.textContent).toContain("Completed: 870");
  });
});
