import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportFilter } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import {
  reportFilter,
  resetReportColumns,
  resetReportFilter,
} from "$lib/reports/filterState.svelte";
import { ORGS, mobilityRow, programme } from "$lib/reports/fixtures";
import { reportTab } from "$lib/reports/tabs.svelte";
import { router } from "$lib/router.svelte";
import ReportsPage from "../../pages/ReportsPage.svelte";
import { giveElementsHeight } from "$lib/testing/layout";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("mobility", "mobilitySave", "programmes", "orgs", "pick");
});

vi.mock("$lib/api/report", () => ({
  reportMobility: (f: ReportFilter) => api.mobility(f),
  reportMobilityFileSave: (...a: unknown[]) => api.mobilitySave(...a),
}));
vi.mock("$lib/api/programme", () => ({ programmeList: () => api.programmes() }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: (...a: unknown[]) => api.pick(...a) }));

giveElementsHeight();

const YEAR = new Date().getFullYear();
const WHOLE: ReportFilter = {
  from: `${YEAR}-01-01`,
  to: `${YEAR}-12-31`,
  organisation_id: null,
  programme_id: null,
  kind: null,
  country: null,
  group_by: "unit",
};

const INTERNSHIP = mobilityRow({
  kind: "internship",
  direction: "incoming",
  partner_id: "o-kz",
  partner: "Astana Hub",
  country: "KZ",
  status: "host_accepted",
  count: 1,
  people: 1,
  person_days: 30,
});
const ROWS = [
  mobilityRow(),
  mobilityRow({ status: "completed", count: 3, people: 12, person_days: 60 }),
  INTERNSHIP,
];

beforeEach(() => {
  setLocale("en");
  resetReportFilter();
  resetReportColumns();
  reportTab.current = "mobility";
  router.route = { name: "reports" };
  for (const f of Object.values(api)) f.mockReset();
  api.orgs.mockResolvedValue(ORGS);
  orgs.list = ORGS;
  orgs.loaded = true;
  api.programmes.mockResolvedValue([programme()]);
  api.mobility.mockResolvedValue(ROWS);
});

const rows = () => screen.getAllByTestId("mobility-row");
const keys = () => rows().map((r) => r.dataset.key);
const cells = (el: HTMLElement) =>
  [...el.querySelectorAll("[role=cell], [role=rowheader]")].map((c) => c.textContent?.trim());
const headers = () =>
  screen.getAllByRole("columnheader").map((h) => h.textContent?.replace(/[▲▼\u00ad]/g, "").trim());
const options = (testid: string) =>
  [...(screen.getByTestId(testid) as HTMLSelectElement).options].map((o) => o.textContent?.trim());
const select = (testid: string, value: string) =>
  fireEvent.change(screen.getByTestId(testid), { target: { value } });

describe("the mobility report", () => {
  it("asks for this year over the whole period and shows the rows in the mobility words", async () => {
    render(ReportsPage);
    expect(screen.getByTestId("report-tab-mobility").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("mobility-report")).toBeTruthy();
    await screen.findAllByTestId("mobility-row");
    expect(api.mobility).toHaveBeenCalledTimes(1);
    expect(api.mobility).toHaveBeenCalledWith(WHOLE);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Visits and internships");
    expect(screen.getByTestId("report-mobility-total").textContent).toBe("3 rows");
    expect(headers()).toEqual([
      "Type",
      "Direction",
      "Country",
      "Partner",
      "Status",
      "Number",
      "Participants",
      "Person-days",
    ]);
    expect(keys()).toEqual([
      "visit/outgoing/o-asan/confirmed",
      "visit/outgoing/o-asan/completed",
      "internship/incoming/o-kz/host_accepted",
    ]);
    expect(cells(rows()[0])).toEqual([
      "Study visit",
      "Outgoing",
      "AZ",
      "ASAN xidmət",
      "Confirmed",
      "2",
      "7",
      "35",
    ]);
    expect(cells(rows()[2]).slice(0, 5)).toEqual([
      "Internship",
      "Incoming",
      "KZ",
      "Astana Hub",
      "Accepted by the host",
    ]);
    expect(cells(screen.getByTestId("mobility-total"))).toEqual([
      "Total",
      "",
      "",
      "",
      "",
      "6",
      "20",
      "125",
    ]);
    expect(screen.getByTestId("mobility-table").getAttribute("aria-rowcount")).toBe("5");
  });

  it("offers only the filters it reads: no programme, the two kinds, whole period or by period", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("mobility-row");
    expect(screen.queryByTestId("report-filter-programme")).toBeNull();
    expect(api.programmes).not.toHaveBeenCalled();
    expect(options("report-filter-kind")).toEqual(["All kinds", "Study visit", "Internship"]);
    expect(options("report-filter-group")).toEqual(["Whole period", "Month", "Year"]);
    expect(screen.queryByTestId("mobility-report-column-name")).toBeNull();
    await select("report-filter-kind", "internship");
    await waitFor(() =>
      expect(api.mobility).toHaveBeenLastCalledWith({ ...WHOLE, kind: "internship" }),
    );
    expect(screen.getByTestId("report-filter-reset")).toBeTruthy();
  });

  it("asks a kind or programme chosen on another report as “all”", async () => {
    reportFilter.values = { ...reportFilter.values, programme: "p1", kind: "seminar" };
    render(ReportsPage);
    await screen.findAllByTestId("mobility-row");
    expect(api.mobility).toHaveBeenCalledWith(WHOLE);
    expect((screen.getByTestId("report-filter-kind") as HTMLSelectElement).value).toBe("");
    expect(screen.queryByTestId("report-filter-reset")).toBeNull();
  });

  it("splits the rows by the month they start in", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("mobility-row");
    api.mobility.mockResolvedValue([
      mobilityRow({ period: "2026-03" }),
      mobilityRow({ period: "2026-05", count: 1 }),
    ]);
    await select("report-filter-group", "month");
    await waitFor(() => expect(headers()[5]).toBe("Month"));
    expect(api.mobility).toHaveBeenLastCalledWith({ ...WHOLE, group_by: "month" });
    expect(cells(rows()[0])[5]).toBe("March 2026");
    expect(keys()).toEqual([
      "visit/outgoing/o-asan/confirmed/2026-03",
      "visit/outgoing/o-asan/confirmed/2026-05",
    ]);
    expect(rows()[1].dataset.period).toBe("2026-05");
    await fireEvent.click(screen.getByTestId("report-sort-period"));
    await fireEvent.click(screen.getByTestId("report-sort-period"));
    expect(rows()[0].dataset.period).toBe("2026-05");
  });

  it("sorts by a column, then the other way, then as the report came", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("mobility-row");
    await fireEvent.click(screen.getByTestId("report-sort-person_days"));
    expect(keys()).toEqual([
      "visit/outgoing/o-asan/completed",
      "visit/outgoing/o-asan/confirmed",
      "internship/incoming/o-kz/host_accepted",
    ]);
    // Statuses sort by their words: "Accepted by the host", "Completed", "Confirmed".
    await fireEvent.click(screen.getByTestId("report-sort-status"));
    expect(keys()).toEqual([
      "internship/incoming/o-kz/host_accepted",
      "visit/outgoing/o-asan/completed",
      "visit/outgoing/o-asan/confirmed",
    ]);
    await fireEvent.click(screen.getByTestId("report-sort-status"));
    await fireEvent.click(screen.getByTestId("report-sort-status"));
    expect(keys()).toEqual([
      "visit/outgoing/o-asan/confirmed",
      "visit/outgoing/o-asan/completed",
      "internship/incoming/o-kz/host_accepted",
    ]);
  });

  it("prints the report as a PDF, and says why a printout was refused", async () => {
    api.pick.mockResolvedValue(picked("/home/u/визиты.pdf"));
    api.mobilitySave.mockResolvedValueOnce(4096).mockRejectedValueOnce({
      code: "invalid",
      field: "format",
      reason: { key: "too_many_rows_to_print", rows: 7000, max: 5000 },
    });
    setLocale("ru");
    render(ReportsPage);
    await screen.findAllByTestId("mobility-row");
    await fireEvent.click(screen.getByTestId("mobility-report-export-pdf"));
    expect(await screen.findByTestId("mobility-report-export-done")).toBeTruthy();
    expect(api.pick).toHaveBeenCalledWith(
      "Сохранить отчёт о визитах и стажировках",
      "Документы PDF",
      `визиты и стажировки ${YEAR}-01-01 ${YEAR}-12-31.pdf`,
    );
    expect(api.mobilitySave).toHaveBeenCalledWith(
      WHOLE,
      { format: "pdf", locale: "ru", columns: [] },
      "token:/home/u/визиты.pdf",
    );
    await fireEvent.click(screen.getByTestId("mobility-report-export-pdf"));
    const error = await screen.findByTestId("mobility-report-export-error");
    expect(error.dataset.code).toBe("invalid");
    expect(error.textContent).toMatch(/7\s?000/);
    expect(error.textContent).not.toContain("too_many_rows_to_print");
  });

  it("says when there is nothing to report", async () => {
    api.mobility.mockResolvedValue([]);
    render(ReportsPage);
    expect((await screen.findByTestId("report-empty")).textContent).toContain(
      "No study visits or internships",
    );
    expect(screen.queryByTestId("mobility-table")).toBeNull();
  });
});
