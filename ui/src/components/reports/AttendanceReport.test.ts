import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportFilter } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { resetReportColumns, resetReportFilter } from "$lib/reports/filterState.svelte";
import { ORGS, attendanceRow, programme } from "$lib/reports/fixtures";
import { reportTab } from "$lib/reports/tabs.svelte";
import { router } from "$lib/router.svelte";
import ReportsPage from "../../pages/ReportsPage.svelte";
import { giveElementsHeight } from "$lib/testing/layout";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("attendance", "attendanceSave", "programmes", "orgs", "pick");
});

vi.mock("$lib/api/report", () => ({
  reportAttendance: (f: ReportFilter) => api.attendance(f),
  reportAttendanceFileSave: (...a: unknown[]) => api.attendanceSave(...a),
}));
vi.mock("$lib/api/programme", () => ({ programmeList: () => api.programmes() }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: (...a: unknown[]) => api.pick(...a) }));

giveElementsHeight();

const YEAR = new Date().getFullYear();
const ALL: ReportFilter = {
  from: `${YEAR}-01-01`,
  to: `${YEAR}-12-31`,
  organisation_id: null,
  programme_id: null,
  kind: null,
  country: null,
  group_by: "person",
};

const ROWS = [
  attendanceRow(),
  attendanceRow({
    person_id: "pe2",
    person_name: "Aliyeva Dilnoza",
    person: { personnel_number: null, organisation: "ASAN xidmət", unit: null, position: null },
    taken: 6,
    present: 3,
    late: 0,
    absent: 3,
    points: 3,
    rate_taken: 50,
    rate_all: 30,
    max_reachable: 70,
    required: 80,
  }),
  attendanceRow({
    person_id: "pe3",
    person_name: "Bakirov Sardor",
    activity_id: "a2",
    activity_title: "Ish yuritish",
    starts_on: `${YEAR}-11-02`,
    ends_on: `${YEAR}-11-06`,
    basis: "hours",
    taken: 0,
    present: 0,
    late: 0,
    absent: 0,
    points: 0,
    rate_taken: null,
    rate_all: 0,
    max_reachable: 100,
    required: 75,
    result: "upcoming",
  }),
];

beforeEach(() => {
  setLocale("en");
  resetReportFilter();
  resetReportColumns();
  reportTab.current = "attendance";
  router.route = { name: "reports" };
  for (const f of Object.values(api)) f.mockReset();
  api.orgs.mockResolvedValue(ORGS);
  orgs.list = ORGS;
  orgs.loaded = true;
  api.programmes.mockResolvedValue([programme()]);
  api.attendance.mockResolvedValue(ROWS);
});

const rows = () => screen.getAllByTestId("attendance-row");
const cells = (el: HTMLElement) =>
  [...el.querySelectorAll("[role=cell], [role=rowheader]")].map((c) =>
    c.textContent?.replace(/\s+/g, " ").trim(),
  );
const headers = () =>
  screen.getAllByRole("columnheader").map((h) => h.textContent?.replace(/[▲▼\u00ad]/g, "").trim());
const ids = () => rows().map((r) => `${r.dataset.personId}/${r.dataset.activityId}`);

describe("the attendance report", () => {
  it("asks for this year's learners and shows each in each activity, without a grouping", async () => {
    render(ReportsPage);
    expect(screen.getByTestId("report-tab-attendance").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("attendance-report")).toBeTruthy();
    await screen.findAllByTestId("attendance-row");
    expect(api.attendance).toHaveBeenCalledTimes(1);
    expect(api.attendance).toHaveBeenCalledWith(ALL);
    // Its rows are always people: no grouping is offered, the other filters are.
    expect(screen.queryByTestId("report-filter-group")).toBeNull();
    expect(screen.getByTestId("report-filter-org")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Attendance");
    expect(screen.getByTestId("report-attendance-total").textContent).toBe("3 rows");
    expect(headers()).toEqual([
      "Person",
      "Activity",
      "Taken / all",
      "% of taken",
      "% of all",
      "Most reachable",
      "Required",
      "Result",
    ]);
    expect(ids()).toEqual(["pe1/a1", "pe2/a1", "pe3/a2"]);
    expect(cells(rows()[0])).toEqual([
      "Karimov Akmal Rustamovich T-0042 · Kadrlar boʻlimi",
      "Davlat xizmatida axloq 02.03.2026 – 26.06.2026",
      "6 / 10",
      "75%",
      "45%",
      "85%",
      "80%",
      "In progress",
    ]);
    // Who has no number or unit is named by their organisation.
    expect(cells(rows()[1])[0]).toBe("Aliyeva Dilnoza ASAN xidmət");
    const table = screen.getByTestId("attendance-table");
    expect(table.getAttribute("aria-rowcount")).toBe("4");
    expect(within(rows()[0]).getByTestId("attendance-result").dataset.result).toBe("in_progress");
    expect(within(rows()[0]).getByText("6 / 10").title).toBe(
      "Present 4, late 1, excused 0, absent 1, unmarked 0",
    );
  });

  it("flags, in words too, a minimum that can no longer be reached", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("attendance-row");
    const flags = screen.getAllByTestId("attendance-unreachable");
    expect(flags).toHaveLength(1);
    expect(rows()[1].contains(flags[0])).toBe(true);
    expect(flags[0].title).toBe("Can no longer reach the minimum of 80%");
    expect(flags[0].textContent).toContain("70%");
    expect(flags[0].textContent).toContain("Out of reach");
    expect(flags[0].textContent).toContain("Can no longer reach the minimum of 80%");
  });

  it("says when the rule counts hours, and has no rate of the sessions taken before the first", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("attendance-row");
    expect(cells(rows()[2]).slice(2)).toEqual([
      "0 / 10",
      "—No session taken yet",
      "0%",
      "100%",
      "75% in hours",
      "Upcoming",
    ]);
    const basis = screen.getAllByTestId("attendance-basis");
    expect(basis).toHaveLength(1);
    expect(rows()[2].contains(basis[0])).toBe(true);
    expect(basis[0].title).toContain("this row’s rates are shares of hours");
  });

  it("sorts by a column, then the other way, then as the report came", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("attendance-row");
    const sortOf = (c: string) =>
      screen.getByTestId(`attendance-sort-${c}`).closest("[role=columnheader]")!.ariaSort;
    await fireEvent.click(screen.getByTestId("attendance-sort-name"));
    expect(ids()).toEqual(["pe2/a1", "pe3/a2", "pe1/a1"]);
    expect(sortOf("name")).toBe("ascending");
    await fireEvent.click(screen.getByTestId("attendance-sort-max_reachable"));
    expect(ids()).toEqual(["pe3/a2", "pe1/a1", "pe2/a1"]);
    expect(sortOf("max_reachable")).toBe("descending");
    expect(sortOf("name")).toBeNull();
    await fireEvent.click(screen.getByTestId("attendance-sort-max_reachable"));
    expect(ids()).toEqual(["pe2/a1", "pe1/a1", "pe3/a2"]);
    await fireEvent.click(screen.getByTestId("attendance-sort-max_reachable"));
    expect(ids()).toEqual(["pe1/a1", "pe2/a1", "pe3/a2"]);
    // A rate not begun yet is last either way.
    await fireEvent.click(screen.getByTestId("attendance-sort-rate_taken"));
    expect(ids()).toEqual(["pe1/a1", "pe2/a1", "pe3/a2"]);
    await fireEvent.click(screen.getByTestId("attendance-sort-rate_taken"));
    expect(ids()).toEqual(["pe2/a1", "pe1/a1", "pe3/a2"]);
  });

  it("opens the person's page and the activity's page", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("attendance-row");
    await fireEvent.click(within(rows()[1]).getByTestId("attendance-person"));
    expect(router.route).toEqual({ name: "person", id: "pe2" });
    await fireEvent.click(within(rows()[2]).getByTestId("attendance-activity"));
    expect(router.route).toEqual({ name: "activity", id: "a2" });
  });

  it("places only the rows in view of 300,000", async () => {
    api.attendance.mockResolvedValue(
      Array.from({ length: 300_000 }, (_, i) =>
        attendanceRow({ person_id: `pe${i}`, person_name: `Person ${i}` }),
      ),
    );
    render(ReportsPage);
    await waitFor(() =>
      expect(screen.getByTestId("report-attendance-total").textContent).toBe("300,000 rows"),
    );
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(60);
    expect(rows()[0].getAttribute("aria-rowindex")).toBe("2");
    expect(screen.getByTestId("attendance-table").getAttribute("aria-rowcount")).toBe("300001");
  });

  it("words the table in the UI's language", async () => {
    setLocale("uz-Latn");
    render(ReportsPage);
    await screen.findAllByTestId("attendance-row");
    expect(headers()).toEqual([
      "Xodim",
      "Tadbir",
      "Oʻtkazilgan / jami",
      "% (oʻtkazilgan)",
      "% (jami)",
      "Erishish mumkin",
      "Talab",
      "Natija",
    ]);
    expect(cells(rows()[0])[7]).toBe("Davom etmoqda");
    expect(screen.getByTestId("attendance-unreachable").title).toBe(
      "80% meʼyoriga endi erishib boʻlmaydi",
    );
    expect(screen.getByTestId("report-attendance-total").textContent).toBe("3 ta qator");
  });

  it("saves the report as filtered, always with the columns naming each person", async () => {
    api.pick.mockResolvedValue(picked("/home/u/attendance.csv"));
    api.attendanceSave.mockResolvedValue(1024);
    setLocale("az");
    render(ReportsPage);
    await screen.findAllByTestId("attendance-row");
    const box = (c: string) => screen.getByTestId(`attendance-column-${c}`) as HTMLInputElement;
    expect(
      ["personnel_number", "name", "organisation", "unit", "position"].map((c) => box(c).checked),
    ).toEqual([true, true, false, true, false]);
    await fireEvent.click(box("organisation"));
    await fireEvent.change(screen.getByTestId("report-filter-kind"), {
      target: { value: "seminar" },
    });
    await waitFor(() =>
      expect(api.attendance).toHaveBeenLastCalledWith({ ...ALL, kind: "seminar" }),
    );
    await fireEvent.click(screen.getByTestId("attendance-export-csv"));
    expect(await screen.findByTestId("attendance-export-done")).toBeTruthy();
    expect(api.pick).toHaveBeenCalledWith(
      "Davamiyyət hesabatını saxla",
      expect.any(String),
      `davamiyyət ${YEAR}-01-01 ${YEAR}-12-31.csv`,
    );
    expect(api.attendanceSave).toHaveBeenCalledWith(
      { ...ALL, kind: "seminar" },
      {
        format: "csv",
        locale: "az",
        columns: ["personnel_number", "name", "organisation", "unit"],
      },
      "token:/home/u/attendance.csv",
    );
  });

  it("says why a file could not be written, and when there is nothing to report", async () => {
    api.pick.mockResolvedValue(picked("/root/attendance.xlsx"));
    api.attendanceSave.mockRejectedValue({
      code: "file",
      reason: { key: "file_unreadable", file: "/root/attendance.xlsx" },
    });
    render(ReportsPage);
    await screen.findAllByTestId("attendance-row");
    await fireEvent.click(screen.getByTestId("attendance-export-xlsx"));
    expect((await screen.findByTestId("attendance-export-error")).dataset.code).toBe("file");

    api.attendance.mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId("report-period-last-year"));
    expect((await screen.findByTestId("report-empty")).textContent).toContain("No learners");
    expect(screen.queryByTestId("attendance-table")).toBeNull();
  });
});
