import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AuditFilter } from "$lib/api/audit";
import type { SignedIn } from "$lib/api/types";
import { viewerZone } from "$lib/attendance/time";
import { resetAuditFilter } from "$lib/audit/filterState.svelte";
import { entries, entry } from "$lib/audit/fixtures";
import { formatDate, setLocale } from "$lib/i18n/index.svelte";
import { reportTab } from "$lib/reports/tabs.svelte";
import { router } from "$lib/router.svelte";
import { session } from "$lib/session.svelte";
import { fill } from "$lib/testing/form";
import { signedInAs } from "$lib/testing/session";
import { deferred } from "$lib/util/deferred";
import ReportsPage from "../../pages/ReportsPage.svelte";
import AuditLog from "./AuditLog.svelte";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("page", "facets", "save", "pick", "hours", "programmes", "orgs");
});

vi.mock("$lib/api/audit", () => ({
  auditPage: (f: AuditFilter) => api.page(f),
  auditFacets: () => api.facets(),
  auditFileSave: (...a: unknown[]) => api.save(...a),
}));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (...a: unknown[]) => api.pick(...a),
}));
// The hours report, the Reports screen's first tab.
vi.mock("$lib/api/report", () => ({ reportHours: () => api.hours() }));
vi.mock("$lib/api/programme", () => ({ programmeList: () => api.programmes() }));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));

const ZONE = viewerZone();
/** The first page with nothing chosen. */
const ALL: AuditFilter = {
  actor: null,
  action: null,
  entity: null,
  entity_id: null,
  text: null,
  from: null,
  to: null,
  time_zone: ZONE,
  limit: 200,
};
const PERSON = "0190f0c2-0000-7000-8000-0000000000aa";

const FACETS = {
  actors: ["Administrator", "Dilnoza Karimova"],
  actions: ["certificate.revoke", "person.update", "robot.dance"],
  entities: ["certificate", "person"],
};

beforeEach(() => {
  setLocale("en");
  resetAuditFilter();
  reportTab.current = "hours";
  for (const f of Object.values(api)) f.mockReset();
  api.facets.mockResolvedValue(FACETS);
  api.page.mockResolvedValue({ rows: entries(5, 1), more: false });
  api.hours.mockResolvedValue([]);
  api.programmes.mockResolvedValue([]);
  api.orgs.mockResolvedValue([]);
});

const rows = () => screen.getAllByTestId("audit-row");
const ids = () => rows().map((r) => Number(r.dataset.id));
const cells = (row: HTMLElement) =>
  [...row.querySelectorAll("td")].map((c) => c.textContent?.trim());
const select = (testid: string, value: string) =>
  fireEvent.change(screen.getByTestId(testid), { target: { value } });
const optionsOf = (testid: string) =>
  [...(screen.getByTestId(testid) as HTMLSelectElement).options].map((o) => o.textContent?.trim());

describe("the audit log", () => {
  it("is a tab of the Reports screen", async () => {
    render(ReportsPage);
    await fireEvent.click(screen.getByTestId("report-tab-audit"));
    expect(screen.getByTestId("report-tab-audit").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("audit-log")).toBeTruthy();
    await screen.findAllByTestId("audit-row");
    expect(screen.getByTestId("reports-page").getAttribute("aria-labelledby")).toBe(
      "report-audit-title",
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Audit log");
  });

  it("shows the newest lines: when, who, what in words, the record and the details", async () => {
    api.page.mockResolvedValue({
      rows: [
        entry(3, { action: "certificate.revoke", entity: "certificate", entity_id: null }),
        entry(2, { action: "robot.dance", entity: "spaceship", entity_id: null, actor: "" }),
        entry(1, { entity_id: PERSON }),
      ],
      more: false,
    });
    render(AuditLog);
    expect(screen.getByTestId("audit-loading")).toBeTruthy();
    await screen.findAllByTestId("audit-row");
    expect(api.page).toHaveBeenCalledTimes(1);
    expect(api.page).toHaveBeenCalledWith(ALL);
    expect(screen.queryByTestId("audit-loading")).toBeNull();
    expect(screen.getByTestId("report-audit-total").textContent).toBe("3 entries");

    expect(ids()).toEqual([3, 2, 1]);
    expect(rows().map((r) => r.dataset.action)).toEqual([
      "certificate.revoke",
      "robot.dance",
      "person.update",
    ]);
    expect(cells(rows()[0])).toEqual([
      formatDate(entry(3).at, "d MMM yyyy, HH:mm:ss"),
      "Administrator",
      "Certificate revoked",
      "Certificate",
      entry(3).summary,
    ]);
    // A code the catalogue does not know is shown as it is; a line nobody signed for says so.
    expect(cells(rows()[1]).slice(1, 4)).toEqual(["Not recorded", "robot.dance", "spaceship"]);
    expect(within(rows()[0]).queryByTestId("audit-record-history")).toBeNull();
    expect(within(rows()[2]).getByTestId("audit-record-open")).toBeTruthy();

    // The filters offer the log's facets, actions in words, sorted by them.
    expect(api.facets).toHaveBeenCalledTimes(1);
    expect(optionsOf("audit-filter-actor")).toEqual([
      "Everyone",
      "Administrator",
      "Dilnoza Karimova",
    ]);
    expect(optionsOf("audit-filter-action")).toEqual([
      "All actions",
      "Certificate revoked",
      "Person edited",
      "robot.dance",
    ]);
    expect(optionsOf("audit-filter-entity")).toEqual(["All kinds", "Certificate", "Person"]);
  });

  it("appends older pages below the lines shown while there are more", async () => {
    api.page
      .mockResolvedValueOnce({ rows: entries(10, 6), more: true })
      .mockResolvedValueOnce({ rows: entries(5, 3), more: true })
      .mockResolvedValueOnce({ rows: entries(2, 1), more: false });
    render(AuditLog);
    await screen.findAllByTestId("audit-row");
    expect(ids()).toEqual([10, 9, 8, 7, 6]);
    expect(screen.getByTestId("report-audit-total").textContent).toBe("Newest 5 entries shown");

    await fireEvent.click(screen.getByTestId("audit-more"));
    await waitFor(() => expect(ids()).toEqual([10, 9, 8, 7, 6, 5, 4, 3]));
    expect(api.page).toHaveBeenLastCalledWith({ ...ALL, before_id: 6 });

    await fireEvent.click(screen.getByTestId("audit-more"));
    await waitFor(() => expect(ids()).toHaveLength(10));
    expect(api.page).toHaveBeenLastCalledWith({ ...ALL, before_id: 3 });
    expect(screen.queryByTestId("audit-more")).toBeNull();
    expect(screen.getByTestId("report-audit-total").textContent).toBe("10 entries");
  });

  it("asks again from the newest line when a filter changes", async () => {
    api.page.mockResolvedValueOnce({ rows: entries(10, 6), more: true });
    render(AuditLog);
    await screen.findAllByTestId("audit-row");
    api.page.mockResolvedValue({
      rows: [entry(42, { action: "certificate.revoke" })],
      more: false,
    });

    await select("audit-filter-action", "certificate.revoke");
    await waitFor(() => expect(ids()).toEqual([42]));
    expect(api.page).toHaveBeenLastCalledWith({ ...ALL, action: "certificate.revoke" });

    await select("audit-filter-actor", "Dilnoza Karimova");
    await select("audit-filter-entity", "certificate");
    await fill("audit-filter-from", "2027-03-01");
    await fill("audit-filter-to", "2027-03-31");
    await waitFor(() =>
      expect(api.page).toHaveBeenLastCalledWith({
        ...ALL,
        actor: "Dilnoza Karimova",
        action: "certificate.revoke",
        entity: "certificate",
        from: "2027-03-01",
        to: "2027-03-31",
      }),
    );
    expect(screen.queryByTestId("audit-more")).toBeNull();

    // A record id is asked for once whole, when the field is left.
    const record = screen.getByTestId("audit-filter-record");
    await fireEvent.input(record, { target: { value: ` ${PERSON} ` } });
    await fireEvent.change(record);
    await waitFor(() =>
      expect(api.page).toHaveBeenLastCalledWith(expect.objectContaining({ entity_id: PERSON })),
    );

    await fireEvent.click(screen.getByTestId("audit-filter-reset"));
    await waitFor(() => expect(api.page).toHaveBeenLastCalledWith(ALL));
    expect((screen.getByTestId("audit-filter-action") as HTMLSelectElement).value).toBe("");
    expect((screen.getByTestId("audit-filter-record") as HTMLInputElement).value).toBe("");
    expect(screen.queryByTestId("audit-filter-reset")).toBeNull();
  });

  it("searches the details once typing stops, or at once on Enter", async () => {
    render(AuditLog);
    await screen.findAllByTestId("audit-row");
    await fill("audit-filter-text", "Kari");
    await fill("audit-filter-text", "Karimova");
    expect(api.page).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(api.page).toHaveBeenLastCalledWith({ ...ALL, text: "Karimova" }));
    expect(api.page).toHaveBeenCalledTimes(2);

    await fill("audit-filter-text", "Bosh");
    await fireEvent.keyDown(screen.getByTestId("audit-filter-text"), { key: "Enter" });
    expect(api.page).toHaveBeenLastCalledWith({ ...ALL, text: "Bosh" });
    await new Promise((r) => setTimeout(r, 350));
    expect(api.page).toHaveBeenCalledTimes(3);
  });

  it("waits for a whole date before asking again", async () => {
    render(AuditLog);
    await screen.findAllByTestId("audit-row");
    await fill("audit-filter-from", "2027-0");
    expect(screen.getByTestId("audit-period-needed")).toBeTruthy();
    expect(api.page).toHaveBeenCalledTimes(1);
    expect(rows()).toHaveLength(5);
    expect(screen.getByTestId("audit-table").getAttribute("aria-busy")).toBe("true");
    await fill("audit-filter-from", "");
    expect(screen.queryByTestId("audit-period-needed")).toBeNull();
  });

  it("shows the answer to the last filter asked, whatever order the answers come in", async () => {
    const first = deferred<unknown>();
    const second = deferred<unknown>();
    api.page.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    render(AuditLog);
    await waitFor(() => expect(optionsOf("audit-filter-entity")).toHaveLength(3));
    await select("audit-filter-entity", "person");
    await waitFor(() => expect(api.page).toHaveBeenCalledTimes(2));
    second.resolve({ rows: [entry(7)], more: false });
    await waitFor(() => expect(ids()).toEqual([7]));
    first.resolve({ rows: entries(5, 1), more: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(ids()).toEqual([7]);
  });

  it("narrows to one record's history, and opens a person", async () => {
    api.page.mockResolvedValue({ rows: [entry(1, { entity_id: PERSON })], more: false });
    render(AuditLog);
    await screen.findAllByTestId("audit-row");
    await fireEvent.click(screen.getByTestId("audit-record-history"));
    await waitFor(() =>
      expect(api.page).toHaveBeenLastCalledWith({ ...ALL, entity: "person", entity_id: PERSON }),
    );
    expect((screen.getByTestId("audit-filter-record") as HTMLInputElement).value).toBe(PERSON);
    await fireEvent.click(await screen.findByTestId("audit-record-open"));
    expect(router.route).toEqual({ name: "person", id: PERSON });
  });

  it("says when nothing matches, and when the log is empty", async () => {
    api.page.mockResolvedValue({ rows: [], more: false });
    render(AuditLog);
    expect((await screen.findByTestId("audit-empty")).textContent).toContain(
      "The audit log has no entries yet.",
    );
    await select("audit-filter-actor", "Administrator");
    await waitFor(() =>
      expect(screen.getByTestId("audit-empty").textContent).toContain(
        "No entries match these filters.",
      ),
    );
    expect(screen.queryByTestId("audit-table")).toBeNull();
  });

  it("tells a value the server refused under its field, any other failure in a banner", async () => {
    api.page.mockRejectedValue({
      code: "invalid",
      field: "record",
      reason: { key: "not_an_id", value: "abc" },
    });
    render(AuditLog);
    expect(await screen.findByTestId("audit-filter-record-error")).toBeTruthy();
    expect(screen.queryByTestId("audit-error")).toBeNull();

    api.page.mockRejectedValue({ code: "storage", reason: { key: "storage", log: "" } });
    await select("audit-filter-actor", "Administrator");
    const banner = await screen.findByTestId("audit-error");
    expect(banner.dataset.code).toBe("storage");
    expect(screen.queryByTestId("audit-filter-record-error")).toBeNull();
    api.page.mockResolvedValue({ rows: entries(2, 1), more: false });
    await fireEvent.click(within(banner).getByRole("button"));
    await screen.findAllByTestId("audit-row");
    expect(screen.queryByTestId("audit-error")).toBeNull();
  });

  it("keeps the lines shown when an older page fails, and tries that page again", async () => {
    api.page
      .mockResolvedValueOnce({ rows: entries(10, 6), more: true })
      .mockRejectedValueOnce({ code: "storage", reason: { key: "storage", log: "" } })
      .mockResolvedValueOnce({ rows: entries(5, 1), more: false });
    render(AuditLog);
    await screen.findAllByTestId("audit-row");
    await fireEvent.click(screen.getByTestId("audit-more"));
    const banner = await screen.findByTestId("audit-error");
    expect(ids()).toEqual([10, 9, 8, 7, 6]);
    await fireEvent.click(within(banner).getByRole("button"));
    await waitFor(() => expect(ids()).toHaveLength(10));
    expect(api.page).toHaveBeenLastCalledWith({ ...ALL, before_id: 6 });
    expect(screen.queryByTestId("audit-error")).toBeNull();
  });

  it("says when the filters' choices could not be read", async () => {
    api.facets.mockRejectedValueOnce({ code: "storage", reason: { key: "storage", log: "" } });
    render(AuditLog);
    const banner = await screen.findByTestId("audit-facets-error");
    await fireEvent.click(within(banner).getByRole("button"));
    await waitFor(() => expect(screen.queryByTestId("audit-facets-error")).toBeNull());
    expect(optionsOf("audit-filter-actor")).toHaveLength(3);
  });

  it("saves the log as filtered, in the UI's language", async () => {
    api.pick.mockResolvedValue(picked("/home/u/audit.csv"));
    api.save.mockResolvedValue(4096);
    setLocale("az");
    render(AuditLog);
    await screen.findAllByTestId("audit-row");
    await select("audit-filter-action", "person.update");
    await fill("audit-filter-from", "2027-03-01");
    await waitFor(() => expect(api.page).toHaveBeenCalledTimes(3));
    await fireEvent.click(screen.getByTestId("audit-export-csv"));
    expect(await screen.findByTestId("audit-export-done")).toBeTruthy();
    expect(api.pick).toHaveBeenCalledWith(
      "Audit jurnalını saxla",
      "CSV faylları",
      "audit jurnalı 2027-03-01.csv",
    );
    // The whole log as filtered: no page.
    const { limit: _, ...filter } = ALL;
    expect(api.save).toHaveBeenCalledWith(
      { ...filter, action: "person.update", from: "2027-03-01" },
      "csv",
      "az",
      "token:/home/u/audit.csv",
    );
  });

  it("offers no file to a role that may not export", async () => {
    const who: SignedIn = { ...signedInAs("viewer"), allowed: ["read"] };
    session.signedIn(who);
    render(AuditLog);
    await screen.findAllByTestId("audit-row");
    expect(screen.queryByTestId("audit-export-xlsx")).toBeNull();
    expect(screen.queryByTestId("audit-export-csv")).toBeNull();
  });
});
