import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportFilter } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { resetReportColumns, resetReportFilter } from "$lib/reports/filterState.svelte";
import { ORGS, completionRow, hoursRow, programme } from "$lib/reports/fixtures";
import { reportTab } from "$lib/reports/tabs.svelte";
import { router } from "$lib/router.svelte";
import { fill } from "$lib/testing/form";
import ReportsPage from "../../pages/ReportsPage.svelte";
import { giveElementsHeight } from "$lib/testing/layout";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("hours", "completion", "completionSave", "programmes", "orgs", "pick");
});

vi.mock("$lib/api/report", () => ({
  reportHours: (f: ReportFilter) => api.hours(f),
  reportCompletion: (f: ReportFilter) => api.completion(f),
  reportCompletionFileSave: (...a: unknown[]) => api.completionSave(...a),
}));
vi.mock("$lib/api/programme", () => ({ programmeList: () => api.programmes() }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: (...a: unknown[]) => api.pick(...a) }));

giveElementsHeight();

const YEAR = new Date().getFullYear();
const BY_ACTIVITY: ReportFilter = {
  from: `${YEAR}-01-01`,
  to: `${YEAR}-12-31`,
  organisation_id: null,
  programme_id: null,
  kind: null,
  country: null,
  group_by: "activity",
};

const ROWS = [
  completionRow(),
  completionRow({
    key: "a2",
    label: "Ish yuritish",
    enrolled: 0,
    completed: 0,
    not_completed: 0,
    in_progress: 0,
    upcoming: 0,
    certified: 0,
    why: { below_minimum: 0, marks_missing: 0, assessment_missing: 0 },
  }),
  completionRow({
    key: "a3",
    label: "Axborot xavfsizligi",
    enrolled: 5,
    completed: 4,
    not_completed: 1,
    in_progress: 0,
    upcoming: 0,
    certified: 4,
    why: { below_minimum: 0, marks_missing: 0, assessment_missing: 0, assessment_failed: 1 },
  }),
];

beforeEach(() => {
  setLocale("en");
  resetReportFilter();
  resetReportColumns();
  reportTab.current = "completion";
  router.route = { name: "reports" };
  for (const f of Object.values(api)) f.mockReset();
  api.orgs.mockResolvedValue(ORGS);
  orgs.list = ORGS;
  orgs.loaded = true;
  api.programmes.mockResolvedValue([programme()]);
  api.hours.mockResolvedValue([hoursRow()]);
  api.completion.mockResolvedValue(ROWS);
});

const rows = () => screen.getAllByTestId("completion-row");
const cells = (el: HTMLElement) =>
  [...el.querySelectorAll("[role=cell], [role=rowheader]")].map((c) => c.textContent?.trim());
const headers = () =>
  screen.getAllByRole("columnheader").map((h) => h.textContent?.replace(/[▲▼\u00ad]/g, "").trim());
const select = (testid: string, value: string) =>
  fireEvent.change(screen.getByTestId(testid), { target: { value } });

describe("the completion report", () => {
  it("asks for this year by activity and shows places by result, the rate and the totals", async () => {
    render(ReportsPage);
    expect(screen.getByTestId("report-tab-completion").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("completion-report")).toBeTruthy();
    await screen.findAllByTestId("completion-row");
    expect(api.completion).toHaveBeenCalledTimes(1);
    expect(api.completion).toHaveBeenCalledWith(BY_ACTIVITY);
    expect(api.hours).not.toHaveBeenCalled();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Completion");
    expect(screen.getByTestId("report-completion-total").textContent).toBe("3 activities");
    expect((screen.getByTestId("report-filter-group") as HTMLSelectElement).value).toBe("activity");
    expect(headers()).toEqual([
      "Activity",
      "Enrolled learners",
      "Completed",
      "Completion rate",
      "Not completed",
      "In progress",
      "Upcoming",
      "Certified",
    ]);
    expect(rows().map((r) => r.dataset.key)).toEqual(["a1", "a2", "a3"]);
    expect(cells(rows()[0])).toEqual([
      "Davlat xizmatida axloq",
      "20",
      "12",
      "60%",
      "4",
      "3",
      "1",
      "10",
    ]);
    // Nobody enrolled: no rate, said in words for a screen reader.
    expect(cells(rows()[1])[3]).toBe("—Nobody enrolled");
    expect(cells(screen.getByTestId("completion-total"))).toEqual([
      "Total",
      "25",
      "16",
      "64%",
      "5",
      "3",
      "1",
      "14",
    ]);
    const table = screen.getByTestId("completion-table");
    expect(table.getAttribute("aria-rowcount")).toBe("5");
    expect(table.getAttribute("aria-busy")).toBe("false");
    // The header says more in its tooltip.
    expect(screen.getByTestId("completion-sort-certified").title).toBe(
      "Places with a certificate in force",
    );
  });

  it("shows why the places were not completed, and their totals", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("completion-row");
    expect(screen.getByTestId("completion-view-results").getAttribute("aria-pressed")).toBe("true");
    await fireEvent.click(screen.getByTestId("completion-view-reasons"));
    expect(screen.getByTestId("completion-view-reasons").getAttribute("aria-pressed")).toBe("true");
    expect(headers()).toEqual([
      "Activity",
      "Not completed",
      "Attendance below the minimum",
      "Of these, sessions unmarked",
      "No sessions",
      "No assessment",
      "Assessment failed",
    ]);
    expect(cells(rows()[0])).toEqual(["Davlat xizmatida axloq", "4", "3", "1", "0", "1", "0"]);
    expect(cells(screen.getByTestId("completion-total"))).toEqual([
      "Total",
      "5",
      "3",
      "1",
      "0",
      "1",
      "1",
    ]);
  });

  it("sorts by a column, then the other way, then as the report came", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("completion-row");
    const keys = () => rows().map((r) => r.dataset.key);
    await fireEvent.click(screen.getByTestId("completion-sort-rate"));
    expect(keys()).toEqual(["a3", "a1", "a2"]);
    expect(
      screen.getByTestId("completion-sort-rate").closest("[role=columnheader]")!.ariaSort,
    ).toBe("descending");
    await fireEvent.click(screen.getByTestId("completion-sort-rate"));
    expect(keys()).toEqual(["a1", "a3", "a2"]);
    await fireEvent.click(screen.getByTestId("completion-sort-rate"));
    expect(keys()).toEqual(["a1", "a2", "a3"]);
    await fireEvent.click(screen.getByTestId("completion-sort-name"));
    expect(keys()).toEqual(["a3", "a1", "a2"]);
    // The other view has no rate: a sort by it would be dropped; by name it stays.
    await fireEvent.click(screen.getByTestId("completion-view-reasons"));
    expect(keys()).toEqual(["a3", "a1", "a2"]);
  });

  it("opens an activity from its row, and a person grouped by person", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("completion-row");
    await fireEvent.click(within(rows()[2]).getByTestId("completion-open"));
    expect(router.route).toEqual({ name: "activity", id: "a3" });

    router.route = { name: "reports" };
    api.completion.mockResolvedValue([
      completionRow({
        key: "pe1",
        label: "Karimov Akmal",
        person: {
          personnel_number: "T-0042",
          organisation: "Davlat xizmatlari agentligi",
          unit: "Kadrlar boʻlimi",
          position: null,
        },
      }),
    ]);
    await select("report-filter-group", "person");
    await waitFor(() => expect(headers()[0]).toBe("Person"));
    expect(api.completion).toHaveBeenLastCalledWith({ ...BY_ACTIVITY, group_by: "person" });
    expect(cells(rows()[0])[0]).toBe("Karimov Akmal T-0042 · Kadrlar boʻlimi");
    expect(screen.getByTestId("report-completion-total").textContent).toBe("1 person");
    await fireEvent.click(screen.getByTestId("completion-open"));
    expect(router.route).toEqual({ name: "person", id: "pe1" });
  });

  it("keeps its own grouping, and shares the period and scope with the hours report", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("completion-row");
    await fill("report-filter-from", `${YEAR}-03-01`);
    await select("report-filter-org", "o-dxa");
    await waitFor(() =>
      expect(api.completion).toHaveBeenLastCalledWith({
        ...BY_ACTIVITY,
        from: `${YEAR}-03-01`,
        organisation_id: "o-dxa",
      }),
    );
    await fireEvent.click(screen.getByTestId("report-tab-hours"));
    await screen.findAllByTestId("report-row");
    expect(api.hours).toHaveBeenLastCalledWith({
      ...BY_ACTIVITY,
      from: `${YEAR}-03-01`,
      organisation_id: "o-dxa",
      group_by: "unit",
    });
    await select("report-filter-group", "activity");
    await waitFor(() =>
      expect(api.hours).toHaveBeenLastCalledWith(expect.objectContaining({ group_by: "activity" })),
    );
    await select("report-filter-group", "year");
    await fireEvent.click(screen.getByTestId("report-tab-completion"));
    await screen.findAllByTestId("completion-row");
    expect((screen.getByTestId("report-filter-group") as HTMLSelectElement).value).toBe("activity");
  });

  it("words the row outside any programme, in the UI's language", async () => {
    api.completion.mockResolvedValue([completionRow({ key: null, label: "" })]);
    setLocale("uz-Latn");
    render(ReportsPage);
    await select("report-filter-group", "programme");
    await waitFor(() => expect(rows()[0].dataset.key).toBe(""));
    expect(cells(rows()[0])[0]).toBe("Dasturdan tashqari");
    expect(screen.getByTestId("completion-sort-rate").textContent).toContain("Yakunlash ulushi");
  });

  it("says when there is nothing to report", async () => {
    api.completion.mockResolvedValue([]);
    render(ReportsPage);
    expect((await screen.findByTestId("report-empty")).textContent).toContain("No learners");
    expect(screen.queryByTestId("completion-table")).toBeNull();
  });

  it("saves the report as filtered, with the person's columns when by person", async () => {
    api.pick.mockResolvedValue(picked("/home/u/completion.xlsx"));
    api.completionSave.mockResolvedValue(2048);
    render(ReportsPage);
    await screen.findAllByTestId("completion-row");
    expect(screen.queryByTestId("completion-column-name")).toBeNull();
    await fireEvent.click(screen.getByTestId("completion-export-xlsx"));
    expect(await screen.findByTestId("completion-export-done")).toBeTruthy();
    expect(api.pick).toHaveBeenCalledWith(
      "Save the completion report",
      "Excel workbooks",
      `completion ${YEAR}-01-01 ${YEAR}-12-31.xlsx`,
    );
    expect(api.completionSave).toHaveBeenCalledWith(
      BY_ACTIVITY,
      { format: "xlsx", locale: "en", columns: [] },
      "token:/home/u/completion.xlsx",
    );

    await select("report-filter-group", "person");
    await fireEvent.click(await screen.findByTestId("completion-column-position"));
    await fireEvent.click(screen.getByTestId("completion-export-csv"));
    await waitFor(() => expect(api.completionSave).toHaveBeenCalledTimes(2));
    expect(api.completionSave).toHaveBeenLastCalledWith(
      { ...BY_ACTIVITY, group_by: "person" },
      { format: "csv", locale: "en", columns: ["personnel_number", "name", "unit", "position"] },
      "token:/home/u/completion.xlsx",
    );
  });
});
