import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportFilter } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { resetReportColumns, resetReportFilter } from "$lib/reports/filterState.svelte";
import { ORGS, certificateRow, programme } from "$lib/reports/fixtures";
import { reportTab } from "$lib/reports/tabs.svelte";
import { router } from "$lib/router.svelte";
import ReportsPage from "../../pages/ReportsPage.svelte";
import { giveElementsHeight } from "$lib/testing/layout";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("certificates", "certificatesSave", "programmes", "orgs", "pick");
});

vi.mock("$lib/api/report", () => ({
  reportCertificates: (f: ReportFilter) => api.certificates(f),
  reportCertificatesFileSave: (...a: unknown[]) => api.certificatesSave(...a),
}));
vi.mock("$lib/api/programme", () => ({ programmeList: () => api.programmes() }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));
vi.mock("$lib/api/dialog", () => ({ pickSaveFile: (...a: unknown[]) => api.pick(...a) }));

giveElementsHeight();

const YEAR = new Date().getFullYear();
const BY_MONTH: ReportFilter = {
  from: `${YEAR}-01-01`,
  to: `${YEAR}-12-31`,
  organisation_id: null,
  programme_id: null,
  kind: null,
  country: null,
  group_by: "month",
};

const ROWS = [
  certificateRow(),
  certificateRow({
    key: "2026-04",
    label: "2026-04",
    issued: 30,
    reissued: 0,
    in_force: 30,
    revoked: 0,
  }),
  certificateRow({
    series: "ASAN",
    key: "2026-03",
    label: "2026-03",
    issued: 0,
    reissued: 0,
    in_force: 0,
    revoked: 4,
  }),
];

beforeEach(() => {
  setLocale("en");
  resetReportFilter();
  resetReportColumns();
  reportTab.current = "certificates";
  router.route = { name: "reports" };
  for (const f of Object.values(api)) f.mockReset();
  api.orgs.mockResolvedValue(ORGS);
  orgs.list = ORGS;
  orgs.loaded = true;
  api.programmes.mockResolvedValue([programme()]);
  api.certificates.mockResolvedValue(ROWS);
});

const rows = () => screen.getAllByTestId("certificates-row");
const ids = () => rows().map((r) => `${r.dataset.series}/${r.dataset.key}`);
const cells = (el: HTMLElement) =>
  [...el.querySelectorAll("[role=cell], [role=rowheader]")].map((c) =>
    c.textContent?.replace(/\s+/g, " ").trim(),
  );
const headers = () =>
  screen.getAllByRole("columnheader").map((h) => h.textContent?.replace(/[▲▼\u00ad]/g, "").trim());
const select = (testid: string, value: string) =>
  fireEvent.change(screen.getByTestId(testid), { target: { value } });

describe("the certificates report", () => {
  it("asks for this year by month and shows each series' figures, with the totals", async () => {
    render(ReportsPage);
    expect(screen.getByTestId("report-tab-certificates").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("certificates-report")).toBeTruthy();
    await screen.findAllByTestId("certificates-row");
    expect(api.certificates).toHaveBeenCalledTimes(1);
    expect(api.certificates).toHaveBeenCalledWith(BY_MONTH);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Certificates");
    expect(screen.getByTestId("report-certificates-total").textContent).toBe("3 rows");
    expect((screen.getByTestId("report-filter-group") as HTMLSelectElement).value).toBe("month");
    expect(headers()).toEqual(["Series", "Month", "Issued", "Reissued", "In force", "Revoked"]);
    expect(ids()).toEqual(["DXA/2026-03", "DXA/2026-04", "ASAN/2026-03"]);
    expect(cells(rows()[0])).toEqual(["DXA", "March 2026", "12", "2", "11", "1"]);
    expect(cells(screen.getByTestId("certificates-total"))).toEqual([
      "Total",
      "",
      "42",
      "2",
      "41",
      "5",
    ]);
    const table = screen.getByTestId("certificates-table");
    expect(table.getAttribute("aria-rowcount")).toBe("5");
    expect(table.getAttribute("aria-busy")).toBe("false");
    expect(screen.getByTestId("report-sort-reissued").title).toBe(
      "Of those issued, the ones issued to replace an earlier certificate",
    );
  });

  it("sorts by a column, then the other way, then as the report came", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("certificates-row");
    const sortOf = (c: string) =>
      screen.getByTestId(`report-sort-${c}`).closest("[role=columnheader]")!.ariaSort;
    await fireEvent.click(screen.getByTestId("report-sort-revoked"));
    expect(ids()).toEqual(["ASAN/2026-03", "DXA/2026-03", "DXA/2026-04"]);
    expect(sortOf("revoked")).toBe("descending");
    await fireEvent.click(screen.getByTestId("report-sort-revoked"));
    expect(ids()).toEqual(["DXA/2026-04", "DXA/2026-03", "ASAN/2026-03"]);
    await fireEvent.click(screen.getByTestId("report-sort-revoked"));
    expect(ids()).toEqual(["DXA/2026-03", "DXA/2026-04", "ASAN/2026-03"]);
    await fireEvent.click(screen.getByTestId("report-sort-series"));
    expect(ids()).toEqual(["ASAN/2026-03", "DXA/2026-03", "DXA/2026-04"]);
    expect(sortOf("series")).toBe("ascending");
  });

  it("names each holder by person, and offers the columns naming them in the file", async () => {
    render(ReportsPage);
    await screen.findAllByTestId("certificates-row");
    expect(screen.queryByTestId("certificates-column-name")).toBeNull();
    api.certificates.mockResolvedValue([
      certificateRow({
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
    await waitFor(() => expect(headers()[1]).toBe("Person"));
    expect(api.certificates).toHaveBeenLastCalledWith({ ...BY_MONTH, group_by: "person" });
    expect(cells(rows()[0])[1]).toBe("Karimov Akmal T-0042 · Kadrlar boʻlimi");
    expect(screen.getByTestId("certificates-column-name")).toBeTruthy();
  });

  it("prints the report as a PDF, in the UI's language", async () => {
    api.pick.mockResolvedValue(picked("/home/u/sertifikatlar.pdf"));
    api.certificatesSave.mockResolvedValue(40960);
    setLocale("uz-Latn");
    render(ReportsPage);
    await screen.findAllByTestId("certificates-row");
    expect(screen.getByTestId("certificates-export-pdf").textContent).toContain("PDF");
    await fireEvent.click(screen.getByTestId("certificates-export-pdf"));
    expect(await screen.findByTestId("certificates-export-done")).toBeTruthy();
    expect(api.pick).toHaveBeenCalledWith(
      "Sertifikatlar hisobotini saqlash",
      "PDF hujjatlar",
      `sertifikatlar ${YEAR}-01-01 ${YEAR}-12-31.pdf`,
    );
    expect(api.certificatesSave).toHaveBeenCalledWith(
      BY_MONTH,
      { format: "pdf", locale: "uz-Latn", columns: [] },
      "token:/home/u/sertifikatlar.pdf",
    );
  });

  it("says in words why a printout was refused, and when there is nothing to report", async () => {
    api.pick.mockResolvedValue(picked("/home/u/certificates.pdf"));
    api.certificatesSave.mockRejectedValue({
      code: "invalid",
      field: "format",
      reason: { key: "too_many_rows_to_print", rows: 6200, max: 5000 },
    });
    render(ReportsPage);
    await screen.findAllByTestId("certificates-row");
    await fireEvent.click(screen.getByTestId("certificates-export-pdf"));
    const error = await screen.findByTestId("certificates-export-error");
    expect(error.dataset.code).toBe("invalid");
    expect(error.textContent).toMatch(/6,?200 rows; a printout holds at most 5,?000/);
    expect(error.textContent).toContain("save it as XLSX");

    api.certificates.mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId("report-period-last-year"));
    expect((await screen.findByTestId("report-empty")).textContent).toContain(
      "No certificates issued or revoked",
    );
    expect(screen.queryByTestId("certificates-table")).toBeNull();
  });
});
