import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportFilter } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { resetReportColumns, resetReportFilter } from "$lib/reports/filterState.svelte";
import { reportTab } from "$lib/reports/tabs.svelte";
import { ORGS, hoursRow, personRow, programme } from "$lib/reports/fixtures";
import { fill } from "$lib/testing/form";
import { deferred } from "$lib/util/deferred";
import ReportsPage from "./ReportsPage.svelte";
import { giveElementsHeight } from "$lib/testing/layout";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns(
    "hours",
    "hoursSave",
    "programmes",
    "orgs",
    "pick",
    "dashboard",
    "dashboardCompletion",
  );
});

vi.mock("$lib/api/report", () => ({
  reportHours: (f: ReportFilter) => api.hours(f),
  reportHoursFileSave: (...a: unknown[]) => api.hoursSave(...a),
}));
vi.mock("$lib/api/programme", () => ({
  programmeList: (archived: boolean) => api.programmes(archived),
}));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));
vi.mock("$lib/api/dashboard", () => ({
  dashboard: (year: number) => api.dashboard(year),
  dashboardCompletion: (year: number) => api.dashboardCompletion(year),
}));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (...a: unknown[]) => api.pick(...a),
}));

giveElementsHeight();

const YEAR = new Date().getFullYear();
const THIS_YEAR = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
const ALL: ReportFilter = {
  ...THIS_YEAR,
  organisation_id: null,
  programme_id: null,
  kind: null,
  country: null,
  group_by: "unit",
};

const UNITS = [
  hoursRow(),
  hoursRow({
    key: "u-it",
    label: "Axborot texnologiyalari boʻlimi",
    people: 3,
    sessions: 10,
    hours: 20,
    planned_hours: 0,
  }),
];

beforeEach(() => {
  setLocale("en");
  reportTab.current = "hours";
  resetReportFilter();
  resetReportColumns();
  for (const f of Object.values(api)) f.mockReset();
  api.orgs.mockResolvedValue(ORGS);
  orgs.list = ORGS;
  orgs.loaded = true;
  api.programmes.mockResolvedValue([
    programme(),
    programme({ id: "p2", code: "P-02", title: "Old course", archived: true }),
  ]);
  api.hours.mockResolvedValue(UNITS);
});

const rows = () => screen.getAllByTestId("report-row");
const cells = (el: HTMLElement) =>
  [...el.querySelectorAll("[role=cell], [role=rowheader]")].map((c) => c.textContent?.trim());
const headers = () =>
  screen.getAllByRole("columnheader").map((h) => h.textContent?.replace(/[▲▼]/g, "").trim());
const select = (testid: string, value: string) =>
  fireEvent.change(screen.getByTestId(testid), { target: { value } });

describe("the Reports screen", () => {
  it("opens on the dashboard, loaded with its charts only when shown", async () => {
    reportTab.current = "dashboard";
    api.dashboard.mockReturnValue(new Promise(() => {}));
    api.dashboardCompletion.mockReturnValue(new Promise(() => {}));
    render(ReportsPage);
    expect(screen.getByTestId("report-tab-dashboard").getAttribute("aria-current")).toBe("page");
    await waitFor(() => expect(api.dashboard).toHaveBeenCalledWith(YEAR));
    expect(api.dashboardCompletion).toHaveBeenCalledWith(YEAR);
    expect(api.hours).not.toHaveBeenCalled();
  });

  it("offers every report as a tab, in order", async () => {
    setLocale("az");
    render(ReportsPage);
    const tabs = within(screen.getByRole("navigation")).getAllByRole("button");
    expect(tabs.map((b) => b.dataset.testid)).toEqual([
      "report-tab-dashboard",
      "report-tab-hours",
      "report-tab-completion",
      "report-tab-attendance",
      "report-tab-certificates",
      "report-tab-trainers",
      "report-tab-mobility",
      "report-tab-audit",
    ]);
    expect(tabs.slice(4, 7).map((b) => b.textContent)).toEqual([
      "Sertifikatlar",
      "Təlimçilərin yükü",
      "Səfərlər və təcrübə keçmə",
    ]);
  });

  it("asks for this year by unit and shows the rows, the totals and the share", async () => {
    render(ReportsPage);
    expect(screen.getByTestId("report-tab-hours").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("report-loading")).toBeTruthy();
    await screen.findAllByTestId("report-row");
    expect(api.hours).toHaveBeenCalledTimes(1);
    expect(api.hours).toHaveBeenCalledWith(ALL);
    expect(api.programmes).toHaveBeenCalledWith(true);
    expect(screen.queryByTestId("report-loading")).toBeNull();

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Training hours");
    expect(screen.getByTestId("report-hours-total").textContent).toBe("2 units");
    expect(headers()).toEqual([
      "Unit",
      "People",
      "Sessions attended",
      "Hours attended",
      "Hours planned",
      "Share attended",
    ]);
    expect(rows().map((r) => r.dataset.key)).toEqual(["u-hr", "u-it"]);
    expect(cells(rows()[0])).toEqual(["Kadrlar boʻlimi", "12", "96", "1,234.5", "1,500", "82.3%"]);
    // Nothing planned: no share, said in words for a screen reader.
    expect(cells(rows()[1])).toEqual([
      "Axborot texnologiyalari boʻlimi",
      "3",
      "10",
      "20",
      "0",
      "—No hours planned",
    ]);
    expect(cells(screen.getByTestId("report-total"))).toEqual([
      "Total",
      "15",
      "106",
      "1,254.5",
      "1,500",
      "83.6%",
    ]);
    const table = screen.getByTestId("report-hours-table");
    expect(table.getAttribute("aria-rowcount")).toBe("4");
    expect(table.getAttribute("aria-busy")).toBe("false");
  });

  it("asks again with each filter, as the inputs hold them", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("report-row");
    await select("report-filter-group", "organisation");
    await waitFor(() =>
      expect(api.hours).toHaveBeenLastCalledWith({ ...ALL, group_by: "organisation" }),
    );
    await select("report-filter-org", "o-dxa");
    await select("report-filter-programme", "p2");
    await select("report-filter-kind", "seminar");
    await select("report-filter-country", "UZ");
    await waitFor(() =>
      expect(api.hours).toHaveBeenLastCalledWith({
        ...ALL,
        organisation_id: "o-dxa",
        programme_id: "p2",
        kind: "seminar",
        country: "UZ",
        group_by: "organisation",
      }),
    );
    await fill("report-filter-from", "2025-03-01");
    await fill("report-filter-to", "2025-09-30");
    await waitFor(() =>
      expect(api.hours).toHaveBeenLastCalledWith(
        expect.objectContaining({ from: "2025-03-01", to: "2025-09-30" }),
      ),
    );
    await fireEvent.click(screen.getByTestId("report-filter-reset"));
    await waitFor(() =>
      expect(api.hours).toHaveBeenLastCalledWith({
        ...ALL,
        from: "2025-03-01",
        to: "2025-09-30",
        group_by: "organisation",
      }),
    );
    expect(screen.queryByTestId("report-filter-reset")).toBeNull();
  });

  it("offers the organisation tree, programmes, kinds and the organisations' countries", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("report-row");
    const options = (testid: string) =>
      [...(screen.getByTestId(testid) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options("report-filter-org")).toEqual([
      "All organisations",
      "Davlat xizmatlari agentligi",
      "\u00a0\u00a0\u00a0Axborot texnologiyalari boʻlimi",
      "\u00a0\u00a0\u00a0Kadrlar boʻlimi",
      "ASAN xidmət",
    ]);
    expect(options("report-filter-programme")).toEqual([
      "All programmes",
      "P-01 — Public service ethics",
      "P-02 — Old course (archived)",
    ]);
    expect(options("report-filter-kind")).toContain("Round table");
    expect(options("report-filter-country")).toEqual(["All countries", "AZ", "UZ"]);
    expect(options("report-filter-group")).toEqual([
      "Person",
      "Unit",
      "Organisation",
      "Programme",
      "Activity",
      "Month",
      "Year",
    ]);
  });

  it("picks this year or last year in one press", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("report-row");
    const thisYear = screen.getByTestId("report-period-this-year");
    expect(thisYear.getAttribute("aria-pressed")).toBe("true");
    await fireEvent.click(screen.getByTestId("report-period-last-year"));
    await waitFor(() =>
      expect(api.hours).toHaveBeenLastCalledWith({
        ...ALL,
        from: `${YEAR - 1}-01-01`,
        to: `${YEAR - 1}-12-31`,
      }),
    );
    expect(thisYear.getAttribute("aria-pressed")).toBe("false");
    expect((screen.getByTestId("report-filter-from") as HTMLInputElement).value).toBe(
      `${YEAR - 1}-01-01`,
    );
  });

  it("names people by number, unit and position when grouped by person", async () => {
    api.hours.mockResolvedValue([
      personRow("pe1", "Karimov Akmal Rustamovich"),
      personRow("pe2", "Aliyeva Dilnoza", { personnel_number: null, unit: null, position: null }),
    ]);
    render(ReportsPage);
    await select("report-filter-group", "person");
    await waitFor(() => expect(headers()[0]).toBe("Person"));
    expect(api.hours).toHaveBeenLastCalledWith({ ...ALL, group_by: "person" });
    expect(headers()).toEqual([
      "Person",
      "Personnel number",
      "Unit",
      "Position",
      "Sessions attended",
      "Hours attended",
      "Hours planned",
      "Share attended",
    ]);
    expect(cells(rows()[0])).toEqual([
      "Karimov Akmal Rustamovich",
      "T-0042",
      "Kadrlar boʻlimi",
      "Bosh mutaxassis",
      "8",
      "14",
      "16",
      "87.5%",
    ]);
    expect(cells(rows()[1]).slice(0, 4)).toEqual(["Aliyeva Dilnoza", "", "", ""]);
    expect(cells(screen.getByTestId("report-total"))).toEqual([
      "Total",
      "",
      "",
      "",
      "16",
      "28",
      "32",
      "87.5%",
    ]);
    expect(screen.getByTestId("report-hours-total").textContent).toBe("2 people");
  });

  it("words the row outside any programme, and months, in the UI's language", async () => {
    api.hours.mockResolvedValue([
      hoursRow({ key: "p1", label: "Public service ethics", people: 4 }),
      hoursRow({ key: null, label: "", people: 5 }),
    ]);
    render(ReportsPage);
    await select("report-filter-group", "programme");
    await waitFor(() => expect(rows()[1].dataset.key).toBe(""));
    expect(cells(rows()[1])[0]).toBe("Outside any programme");
    // One person may count under several programmes: their people are not added up.
    expect(cells(screen.getByTestId("report-total"))[1]).toBe("");
    setLocale("uz-Latn");
    await waitFor(() => expect(cells(rows()[1])[0]).toBe("Dasturdan tashqari"));
    expect(cells(rows()[0])[4]).toBe("1\u00a0500");
    expect(cells(rows()[0])[3]).toBe("1\u00a0234,5");

    api.hours.mockResolvedValue([
      hoursRow({ key: `${YEAR}-03`, label: `${YEAR}-03` }),
      hoursRow({ key: `${YEAR}-10`, label: `${YEAR}-10` }),
    ]);
    setLocale("en");
    await select("report-filter-group", "month");
    await waitFor(() => expect(cells(rows()[0])[0]).toBe(`March ${YEAR}`));
    expect(cells(rows()[1])[0]).toBe(`October ${YEAR}`);
    setLocale("ru");
    await waitFor(() => expect(cells(rows()[0])[0]).toBe(`Март ${YEAR}`));
    expect(cells(rows()[0])[5]).toBe("82,3\u00a0%");
  });

  it("groups by activity, each named by its title, without adding up people", async () => {
    api.hours.mockResolvedValue([
      hoursRow({ key: "a1", label: "Davlat xizmatida axloq", people: 20 }),
      hoursRow({ key: "a2", label: "Ish yuritish", people: 8 }),
    ]);
    render(ReportsPage);
    await select("report-filter-group", "activity");
    await waitFor(() => expect(headers()[0]).toBe("Activity"));
    expect(api.hours).toHaveBeenLastCalledWith({ ...ALL, group_by: "activity" });
    expect(rows().map((r) => r.dataset.key)).toEqual(["a1", "a2"]);
    expect(cells(rows()[1])[0]).toBe("Ish yuritish");
    expect(screen.getByTestId("report-hours-total").textContent).toBe("2 activities");
    // One person may take several activities: their people are not added up.
    expect(cells(screen.getByTestId("report-total"))[1]).toBe("");
  });

  it("sorts by a column header, then the other way, then as the report came", async () => {
    api.hours.mockResolvedValue([
      hoursRow({ key: "a", label: "Moliya boʻlimi", hours: 5 }),
      hoursRow({ key: "b", label: "Axborot boʻlimi", hours: 50 }),
      hoursRow({ key: "c", label: "Kadrlar boʻlimi", hours: 20 }),
    ]);
    render(ReportsPage);
    await screen.findAllByTestId("report-row");
    const keys = () => rows().map((r) => r.dataset.key);
    const sortOf = (column: string) =>
      screen
        .getByTestId(`report-sort-${column}`)
        .closest("[role=columnheader]")!
        .getAttribute("aria-sort");
    expect(keys()).toEqual(["a", "b", "c"]);
    expect(sortOf("hours")).toBeNull();

    await fireEvent.click(screen.getByTestId("report-sort-hours"));
    expect(keys()).toEqual(["b", "c", "a"]);
    expect(sortOf("hours")).toBe("descending");
    await fireEvent.click(screen.getByTestId("report-sort-hours"));
    expect(keys()).toEqual(["a", "c", "b"]);
    expect(sortOf("hours")).toBe("ascending");
    await fireEvent.click(screen.getByTestId("report-sort-hours"));
    expect(keys()).toEqual(["a", "b", "c"]);
    expect(sortOf("hours")).toBeNull();

    await fireEvent.click(screen.getByTestId("report-sort-name"));
    expect(keys()).toEqual(["b", "c", "a"]);
    expect(sortOf("name")).toBe("ascending");
    expect(sortOf("hours")).toBeNull();
  });

  it("places only the rows in view of 200,000, and totals them all", async () => {
    api.hours.mockResolvedValue(
      Array.from({ length: 200_000 }, (_, i) =>
        personRow(`pe${i}`, `Person ${i}`, {}, { sessions: 1, hours: 1.5, planned_hours: 2 }),
      ),
    );
    render(ReportsPage);
    await select("report-filter-group", "person");
    await waitFor(() =>
      expect(screen.getByTestId("report-hours-total").textContent).toBe("200,000 people"),
    );
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(60);
    expect(rows()[0].getAttribute("aria-rowindex")).toBe("2");
    expect(cells(screen.getByTestId("report-total")).slice(4)).toEqual([
      "200,000",
      "300,000",
      "400,000",
      "75%",
    ]);
  });

  it("says when there is nothing to report", async () => {
    api.hours.mockResolvedValue([]);
    render(ReportsPage);
    expect((await screen.findByTestId("report-empty")).textContent).toContain("No training hours");
    expect(screen.queryByTestId("report-hours-table")).toBeNull();
  });

  it("shows the answer to the last filter asked, whatever order the answers come in", async () => {
    const first = deferred<unknown>();
    const second = deferred<unknown>();
    api.hours.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    render(ReportsPage);
    await select("report-filter-group", "year");
    await waitFor(() => expect(api.hours).toHaveBeenCalledTimes(2));
    expect(screen.getByTestId("report-loading")).toBeTruthy();
    second.resolve([hoursRow({ key: String(YEAR), label: String(YEAR) })]);
    await waitFor(() => expect(rows().map((r) => r.dataset.key)).toEqual([String(YEAR)]));
    first.resolve(UNITS);
    await new Promise((r) => setTimeout(r, 0));
    expect(rows().map((r) => r.dataset.key)).toEqual([String(YEAR)]);
    expect(headers()[0]).toBe("Year");
  });

  it("waits for a whole date before asking again", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("report-row");
    await fill("report-filter-to", "2026-1");
    expect(screen.getByTestId("report-period-needed")).toBeTruthy();
    expect(api.hours).toHaveBeenCalledTimes(1);
    // The last rows stay, dimmed, until the period is whole again.
    expect(rows()).toHaveLength(2);
    await fill("report-filter-to", `${YEAR}-06-30`);
    await waitFor(() =>
      expect(api.hours).toHaveBeenLastCalledWith({ ...ALL, to: `${YEAR}-06-30` }),
    );
    expect(screen.queryByTestId("report-period-needed")).toBeNull();
  });

  it("tells a date the server refused under its field, any other failure in a banner", async () => {
    api.hours.mockRejectedValue({
      code: "invalid",
      field: "to",
      reason: { key: "ends_before_start", start: "2026-12-31" },
    });
    render(ReportsPage);
    expect((await screen.findByTestId("report-filter-to-error")).textContent).toContain(
      "The end is before the start",
    );
    expect(screen.queryByTestId("error-banner")).toBeNull();
    expect(screen.queryByTestId("report-hours-table")).toBeNull();

    api.hours.mockRejectedValue({ code: "storage", reason: { key: "storage", log: "" } });
    await select("report-filter-group", "year");
    const banner = await screen.findByTestId("error-banner");
    expect(banner.dataset.code).toBe("storage");
    expect(screen.queryByTestId("report-filter-to-error")).toBeNull();
    api.hours.mockResolvedValue(UNITS);
    await fireEvent.click(within(banner).getByRole("button"));
    await screen.findAllByTestId("report-row");
    expect(screen.queryByTestId("error-banner")).toBeNull();
  });

  it("saves the report as Excel or CSV, as filtered, in the UI's language", async () => {
    api.pick.mockResolvedValue(picked("/home/u/hours.xlsx"));
    api.hoursSave.mockResolvedValue(2048);
    render(ReportsPage);
    await screen.findAllByTestId("report-row");
    expect(screen.queryByTestId("report-column-name")).toBeNull();
    await select("report-filter-org", "o-dxa");
    await fireEvent.click(screen.getByTestId("report-export-xlsx"));
    expect(await screen.findByTestId("report-export-done")).toBeTruthy();
    expect(api.pick).toHaveBeenCalledWith(
      "Save the training hours report",
      "Excel workbooks",
      `training hours ${YEAR}-01-01 ${YEAR}-12-31.xlsx`,
    );
    expect(api.hoursSave).toHaveBeenCalledWith(
      { ...ALL, organisation_id: "o-dxa" },
      { format: "xlsx", locale: "en", columns: [] },
      "token:/home/u/hours.xlsx",
    );
  });

  it("prints the report as a PDF, with the person's columns when by person", async () => {
    api.hours.mockResolvedValue([personRow("pe1", "Karimov Akmal")]);
    api.pick.mockResolvedValue(picked("/home/u/hours.pdf"));
    api.hoursSave.mockResolvedValue(30720);
    render(ReportsPage);
    await select("report-filter-group", "person");
    await screen.findByTestId("report-column-name");
    expect(screen.getByTestId("report-export-pdf").textContent).toContain("PDF");
    await fireEvent.click(screen.getByTestId("report-export-pdf"));
    expect(await screen.findByTestId("report-export-done")).toBeTruthy();
    expect(api.pick).toHaveBeenCalledWith(
      "Save the training hours report",
      "PDF documents",
      `training hours ${YEAR}-01-01 ${YEAR}-12-31.pdf`,
    );
    expect(api.hoursSave).toHaveBeenCalledWith(
      { ...ALL, group_by: "person" },
      { format: "pdf", locale: "en", columns: ["personnel_number", "name", "unit"] },
      "token:/home/u/hours.pdf",
    );
  });

  it("says in words that a printout holds at most 5,000 rows", async () => {
    api.pick.mockResolvedValue(picked("/home/u/hours.pdf"));
    api.hoursSave.mockRejectedValue({
      code: "invalid",
      field: "format",
      reason: { key: "too_many_rows_to_print", rows: 12000, max: 5000 },
    });
    render(ReportsPage);
    await screen.findAllByTestId("report-row");
    await fireEvent.click(screen.getByTestId("report-export-pdf"));
    const error = await screen.findByTestId("report-export-error");
    expect(error.dataset.code).toBe("invalid");
    expect(error.textContent).toContain("a printout holds at most 5000");
  });

  it("lets the person's columns be chosen for a file by person", async () => {
    api.hours.mockResolvedValue([personRow("pe1", "Karimov Akmal")]);
    api.pick.mockResolvedValue(picked("/home/u/hours.csv"));
    api.hoursSave.mockResolvedValue(512);
    setLocale("az");
    render(ReportsPage);
    await select("report-filter-group", "person");
    const box = (c: string) => screen.getByTestId(`report-column-${c}`) as HTMLInputElement;
    expect(
      ["personnel_number", "name", "organisation", "unit", "position"].map((c) => box(c).checked),
    ).toEqual([true, true, false, true, false]);
    await fireEvent.click(box("unit"));
    await fireEvent.click(box("position"));
    await fireEvent.click(screen.getByTestId("report-export-csv"));
    await screen.findByTestId("report-export-done");
    expect(api.hoursSave).toHaveBeenCalledWith(
      { ...ALL, group_by: "person" },
      { format: "csv", locale: "az", columns: ["personnel_number", "name", "position"] },
      "token:/home/u/hours.csv",
    );
  });

  it("says why a file could not be written", async () => {
    api.pick.mockResolvedValue(picked("/root/hours.xlsx"));
    api.hoursSave.mockRejectedValue({
      code: "file",
      reason: { key: "file_unreadable", file: "/root/hours.xlsx" },
    });
    render(ReportsPage);
    await screen.findAllByTestId("report-row");
    await fireEvent.click(screen.getByTestId("report-export-xlsx"));
    expect((await screen.findByTestId("report-export-error")).dataset.code).toBe("file");
  });
});
