import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { busyDashboard, emptyDashboard } from "$lib/dashboard/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { router } from "$lib/router.svelte";
import Dashboard from "./Dashboard.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("dashboard");
});
vi.mock("$lib/api/dashboard", () => ({ dashboard: (year: number) => api.dashboard(year) }));

const YEAR = new Date().getFullYear();

beforeEach(() => {
  setLocale("en");
  api.dashboard.mockReset();
  api.dashboard.mockImplementation(async (year: number) => busyDashboard(year));
  // jsdom draws nothing: the chart stays an empty canvas with its label, as on a machine whose
  // canvas fails.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

const shown = () => screen.findByTestId("dashboard-hours");

describe("the dashboard", () => {
  it("asks for this year and shows the year's figures beside last year's, in the locale", async () => {
    render(Dashboard);
    const hours = await shown();
    expect(api.dashboard).toHaveBeenCalledWith(YEAR);
    expect((screen.getByTestId("dashboard-year") as HTMLSelectElement).value).toBe(String(YEAR));
    expect(hours.dataset.thisYear).toBe("12345.5");
    expect(hours.dataset.lastYear).toBe("10000");
    expect(hours.textContent).toContain("12,345.5");
    expect(hours.textContent).toContain(`Up 23.5% on ${YEAR - 1}`);
    expect(hours.textContent).toContain(`In ${YEAR - 1}: 10,000`);
    const people = screen.getByTestId("dashboard-people");
    expect(people.textContent).toContain("1,200");
    expect(people.textContent).toContain(`Down 20% on ${YEAR - 1}`);
    const completion = screen.getByTestId("dashboard-completion");
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
    await waitFor(() =>
      expect(screen.getByTestId("dashboard-hours").textContent).toContain(
        `Up 23.5% on ${YEAR - 3}`,
      ),
    );
    expect(api.dashboard).toHaveBeenCalledTimes(2);
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
    render(Dashboard);
    const empty = await screen.findByTestId("dashboard-empty");
    expect(empty.textContent).toContain("Nothing to show yet");
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryByTestId("dashboard-hours")).toBeNull();
  });

  it("says which part has nothing rather than drawing an empty chart", async () => {
    api.dashboard.mockImplementation(async (year: number) => ({
      ...busyDashboard(year),
      certificates: emptyDashboard(year).certificates,
      completed: 0,
      not_completed: 0,
      completion_rate: null,
    }));
    render(Dashboard);
    await shown();
    const certificates = screen.getByTestId("dashboard-certificates-chart");
    expect(certificates.textContent).toContain(`No certificate was issued or revoked in ${YEAR}.`);
    expect(within(certificates).queryByRole("img")).toBeNull();
    expect(within(certificates).queryByTestId("dashboard-table-toggle")).toBeNull();
    expect(screen.getByTestId("dashboard-completion").textContent).toContain(
      `No activity that ended in ${YEAR} has results yet.`,
    );
  });

  it("tells a failure in the banner, and tries again", async () => {
    api.dashboard.mockRejectedValueOnce({
      code: "storage",
      reason: { key: "storage", log: "disk I/O error" },
    });
    render(Dashboard);
    const banner = await screen.findByTestId("dashboard-error");
    expect(banner.dataset.code).toBe("storage");
    await fireEvent.click(within(banner).getByRole("button"));
    await shown();
    expect(screen.queryByTestId("dashboard-error")).toBeNull();
  });
});
