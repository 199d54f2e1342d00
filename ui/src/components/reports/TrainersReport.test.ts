import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportFilter } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { resetReportColumns, resetReportFilter } from "$lib/reports/filterState.svelte";
import { ORGS, programme, trainerRow } from "$lib/reports/fixtures";
import { reportTab } from "$lib/reports/tabs.svelte";
import { router } from "$lib/router.svelte";
import ReportsPage from "../../pages/ReportsPage.svelte";
import { giveElementsHeight } from "$lib/testing/layout";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("trainers", "trainersSave", "programmes", "orgs", "pick");
});

vi.mock("$lib/api/report", () => ({
  reportTrainers: (f: ReportFilter) => api.trainers(f),
  reportTrainersFileSave: (...a: unknown[]) => api.trainersSave(...a),
}));
vi.mock("$lib/api/programme", () => ({ programmeList: () => api.programmes() }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: (...a: unknown[]) => api.pick(...a) }));

giveElementsHeight();

const YEAR = new Date().getFullYear();
const BY_TRAINER: ReportFilter = {
  from: `${YEAR}-01-01`,
  to: `${YEAR}-12-31`,
  organisation_id: null,
  programme_id: null,
  kind: null,
  country: null,
  group_by: "person",
};

const ROWS = [
  trainerRow(),
  trainerRow({
    trainer_id: "t2",
    trainer: "Aliyev Rustam",
    affiliation: null,
    activities: 1,
    sessions: 6,
    hours: 10.5,
    held: 6,
    held_hours: 10.5,
    unrecorded: 0,
    learners: 18,
  }),
];

beforeEach(() => {
  setLocale("en");
  resetReportFilter();
  resetReportColumns();
  reportTab.current = "trainers";
  router.route = { name: "reports" };
  for (const f of Object.values(api)) f.mockReset();
  api.orgs.mockResolvedValue(ORGS);
  orgs.list = ORGS;
  orgs.loaded = true;
  api.programmes.mockResolvedValue([programme()]);
  api.trainers.mockResolvedValue(ROWS);
});

const rows = () => screen.getAllByTestId("trainers-row");
const ids = () => rows().map((r) => `${r.dataset.trainerId}/${r.dataset.key}`);
const cells = (el: HTMLElement) =>
  [...el.querySelectorAll("[role=cell], [role=rowheader]")].map((c) =>
    c.textContent?.replace(/\s+/g, " ").trim(),
  );
const headers = () =>
  screen.getAllByRole("columnheader").map((h) => h.textContent?.replace(/[▲▼\u00ad]/g, "").trim());
const options = (testid: string) =>
  [...(screen.getByTestId(testid) as HTMLSelectElement).options].map((o) => o.textContent?.trim());
const select = (testid: string, value: string) =>
  fireEvent.change(screen.getByTestId(testid), { target: { value } });

describe("the trainers' load", () => {
  it("asks for this year by trainer and shows each one's load, with the totals", async () => {
    render(ReportsPage);
    expect(screen.getByTestId("report-tab-trainers").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("trainers-report")).toBeTruthy();
    await screen.findAllByTestId("trainers-row");
    expect(api.trainers).toHaveBeenCalledTimes(1);
    expect(api.trainers).toHaveBeenCalledWith(BY_TRAINER);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Trainers’ load");
    expect(screen.getByTestId("report-trainers-total").textContent).toBe("2 trainers");
    expect(options("report-filter-group")).toEqual([
      "Trainer",
      "Programme",
      "Activity",
      "Month",
      "Year",
    ]);
    expect(headers()).toEqual([
      "Trainer",
      "Activities",
      "Sessions",
      "Hours",
      "Held",
      "Hours held",
      "Attendance not recorded",
      "Learners",
    ]);
    expect(ids()).toEqual(["t1/", "t2/"]);
    expect(cells(rows()[0])).toEqual([
      "Yusupova Malika Davlat xizmatlari agentligi",
      "3",
      "24",
      "48",
      "20",
      "40",
      "⚠2 2 sessions held without a single attendance mark: their rolls are still to record",
      "45",
    ]);
    expect(cells(rows()[1])).toEqual(["Aliyev Rustam", "1", "6", "10.5", "6", "10.5", "0", "18"]);
    // Activities, rolls and learners are shared between rows: only the load is summed.
    expect(cells(screen.getByTestId("trainers-total"))).toEqual([
      "Total",
      "",
      "30",
      "58.5",
      "26",
      "50.5",
      "",
      "",
    ]);
    expect(screen.getByTestId("trainers-table").getAttribute("aria-rowcount")).toBe("4");
    // The affiliation is under the trainer's name; the header's tooltip says so.
    expect(within(rows()[0]).getByTestId("trainers-affiliation").textContent).toBe(
      "Davlat xizmatlari agentligi",
    );
    expect(screen.getByTestId("report-sort-trainer").title).toBe(
      "The trainer; under the name, their affiliation",
    );
    // Trainers are named by name and affiliation: no columns naming people to choose.
    expect(screen.queryByTestId("trainers-column-name")).toBeNull();
  });

  it("makes rolls still to record stand out, in words too", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("trainers-row");
    const flags = screen.getAllByTestId("trainers-unrecorded");
    expect(flags).toHaveLength(1);
    expect(rows()[0].contains(flags[0])).toBe(true);
    const why = "2 sessions held without a single attendance mark: their rolls are still to record";
    expect(flags[0].title).toBe(why);
    expect(flags[0].textContent).toContain(why);
    expect(screen.getByTestId("report-sort-unrecorded").title).toBe(
      "Sessions held without a single attendance mark: rolls still to record",
    );
  });

  it("splits each trainer's row by programme, with the group's column", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("trainers-row");
    api.trainers.mockResolvedValue([
      trainerRow({ key: "p1", label: "P-01 Public service ethics" }),
      trainerRow({ key: null, label: "", unrecorded: 0 }),
      trainerRow({ trainer_id: "t2", trainer: "Aliyev Rustam", key: "p1", label: "P-01" }),
    ]);
    await select("report-filter-group", "programme");
    await waitFor(() => expect(headers()[1]).toBe("Programme"));
    expect(api.trainers).toHaveBeenLastCalledWith({ ...BY_TRAINER, group_by: "programme" });
    expect(ids()).toEqual(["t1/p1", "t1/", "t2/p1"]);
    expect(cells(rows()[1])[1]).toBe("Outside any programme");
    // Two trainers, in three rows.
    expect(screen.getByTestId("report-trainers-total").textContent).toBe("2 trainers");
  });

  it("sorts by a column, then the other way, then as the report came", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("trainers-row");
    await fireEvent.click(screen.getByTestId("report-sort-trainer"));
    expect(ids()).toEqual(["t2/", "t1/"]);
    await fireEvent.click(screen.getByTestId("report-sort-learners"));
    expect(ids()).toEqual(["t1/", "t2/"]);
    await fireEvent.click(screen.getByTestId("report-sort-learners"));
    expect(ids()).toEqual(["t2/", "t1/"]);
    expect(
      screen.getByTestId("report-sort-learners").closest("[role=columnheader]")!.ariaSort,
    ).toBe("ascending");
    await fireEvent.click(screen.getByTestId("report-sort-learners"));
    expect(ids()).toEqual(["t1/", "t2/"]);
  });

  it("prints the report as a PDF, and says why a printout was refused", async () => {
    api.pick.mockResolvedValue(picked("/home/u/trainers.pdf"));
    api.trainersSave.mockResolvedValueOnce(8192).mockRejectedValueOnce({
      code: "invalid",
      field: "format",
      reason: { key: "too_many_rows_to_print", rows: 5001, max: 5000 },
    });
    render(ReportsPage);
    await screen.findAllByTestId("trainers-row");
    await fireEvent.click(screen.getByTestId("trainers-export-pdf"));
    expect(await screen.findByTestId("trainers-export-done")).toBeTruthy();
    expect(api.pick).toHaveBeenCalledWith(
      "Save the trainers’ load report",
      "PDF documents",
      `trainers’ load ${YEAR}-01-01 ${YEAR}-12-31.pdf`,
    );
    expect(api.trainersSave).toHaveBeenCalledWith(
      BY_TRAINER,
      { format: "pdf", locale: "en", columns: [] },
      "token:/home/u/trainers.pdf",
    );
    await fireEvent.click(screen.getByTestId("trainers-export-pdf"));
    const error = await screen.findByTestId("trainers-export-error");
    expect(within(error).getByText(/a printout holds at most/).textContent).toContain("5001");
    expect(screen.queryByTestId("trainers-export-done")).toBeNull();
  });

  it("words the table in the UI's language", async () => {
    setLocale("uz-Latn");
    render(ReportsPage);
    await screen.findAllByTestId("trainers-row");
    expect(headers()).toEqual([
      "Trener",
      "Tadbirlar",
      "Mashgʻulotlar",
      "Soatlar",
      "Oʻtkazilgan",
      "Oʻtkazilgan soatlar",
      "Davomat belgilanmagan",
      "Tinglovchilar",
    ]);
    expect(screen.getByTestId("report-tab-trainers").textContent).toBe("Trenerlar yuklamasi");
    expect(screen.getByTestId("report-trainers-total").textContent).toBe("2 nafar trener");
  });

  it("says when there is nothing to report", async () => {
    api.trainers.mockResolvedValue([]);
    render(ReportsPage);
    expect((await screen.findByTestId("report-empty")).textContent).toContain(
      "No trainers’ sessions",
    );
    expect(screen.queryByTestId("trainers-table")).toBeNull();
  });
});
