import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type {
  InternshipFilter,
  NewInternship,
  NewVisit,
  PersonQuery,
  VisitFilter,
} from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import {
  mobilityTab,
  resetInternshipFilter,
  resetMobilityFilter,
} from "$lib/mobility/filterState.svelte";
import { internship, internshipRow } from "$lib/mobility/internshipFixtures";
import { ORGS, row, visit } from "$lib/mobility/fixtures";
import { orgs } from "$lib/orgs/store.svelte";
import { router } from "$lib/router.svelte";
import { fill, valueOf } from "$lib/testing/form";
import { signInAs } from "$lib/testing/session";
import MobilityPage from "./MobilityPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns(
    "list",
    "create",
    "orgs",
    "internships",
    "internshipCreate",
    "people",
    "visitsSave",
    "internshipsSave",
  );
});

// The save dialog's end-to-end hook, answered as the suite's build of the shell would.
vi.mock("@tauri-apps/api/core", async (actual) =>
  (await import("$lib/api/testing/picked")).withE2ePick(await actual()),
);
vi.mock("$lib/api/visit", async (actual) => ({
  ...(await actual<typeof import("$lib/api/visit")>()),
  visitList: (f: VisitFilter) => api.list(f),
  visitCreate: (i: NewVisit) => api.create(i),
  visitsFileSave: (...a: unknown[]) => api.visitsSave(...a),
}));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));
vi.mock("$lib/api/internship", async (actual) => ({
  ...(await actual<typeof import("$lib/api/internship")>()),
  internshipList: (f: InternshipFilter) => api.internships(f),
  internshipCreate: (i: NewInternship) => api.internshipCreate(i),
  internshipsFileSave: (...a: unknown[]) => api.internshipsSave(...a),
}));
vi.mock("$lib/api/person", () => ({ personQuery: (q: PersonQuery) => api.people(q) }));

beforeEach(() => {
  setLocale("en");
  router.route = { name: "mobility" };
  resetMobilityFilter();
  resetInternshipFilter();
  mobilityTab.current = "visits";
  for (const f of Object.values(api)) f.mockReset();
  api.orgs.mockResolvedValue(ORGS);
  orgs.list = ORGS;
  orgs.loaded = true;
  api.list.mockResolvedValue([
    row(),
    row(
      {
        id: "v2",
        title: "ASAN delegation in Tashkent",
        direction: "incoming",
        status: "completed",
      },
      { members: 4, sending_org: "ASAN xidmət", host_org: "Davlat xizmatlari agentligi" },
    ),
  ]);
});

describe("the Mobility page", () => {
  it("lists the visits with their partner, country, dates, both statuses and size", async () => {
    render(MobilityPage);
    const rows = await screen.findAllByTestId("visit-row");
    expect(rows.map((r) => r.dataset.visitId)).toEqual(["v1", "v2"]);
    const first = rows[0].textContent ?? "";
    for (const text of ["Study visit to ASAN xidmət", "Outgoing", "ASAN xidmət", "AZ", "Draft"]) {
      expect(first).toContain(text);
    }
    expect(first).toContain("Awaiting the host");
    expect(first).toContain("12 April 2027 – 16 April 2027");
    expect(rows[1].textContent).toContain("Incoming");
    // The partner of an incoming visit is its sender.
    expect(rows[1].textContent).toContain("ASAN xidmət");
    expect(rows[1].textContent).not.toContain("Davlat xizmatlari agentligi");
    expect(screen.getByTestId("mobility-total").textContent).toBe("2 study visits");
    await fireEvent.click(within(rows[1]).getByTestId("visit-open"));
    expect(router.route).toEqual({ name: "visit", id: "v2" });
  });

  it("lists again with each filter, and clears them", async () => {
    render(MobilityPage);
    await screen.findAllByTestId("visit-row");
    expect(api.list).toHaveBeenLastCalledWith({
      direction: null,
      country: null,
      partner_org_id: null,
      status: null,
      year: null,
    });
    await fireEvent.change(screen.getByTestId("mobility-filter-direction"), {
      target: { value: "outgoing" },
    });
    await fireEvent.change(screen.getByTestId("mobility-filter-country"), {
      target: { value: "AZ" },
    });
    await fireEvent.change(screen.getByTestId("mobility-filter-partner"), {
      target: { value: "o-asan" },
    });
    await fireEvent.change(screen.getByTestId("mobility-filter-status"), {
      target: { value: "confirmed" },
    });
    await fireEvent.change(screen.getByTestId("mobility-filter-year"), {
      target: { value: String(new Date().getFullYear()) },
    });
    await waitFor(() =>
      expect(api.list).toHaveBeenLastCalledWith({
        direction: "outgoing",
        country: "AZ",
        partner_org_id: "o-asan",
        status: "confirmed",
        year: new Date().getFullYear(),
      }),
    );
    api.list.mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId("mobility-filter-reset"));
    expect((await screen.findByTestId("mobility-empty")).textContent).toContain("No study visits");
  });

  it("adds a visit: clocks from the organisations' countries, then its page", async () => {
    render(MobilityPage);
    await fireEvent.click(await screen.findByTestId("visit-new"));
    expect(screen.queryByTestId("visit-new")).toBeNull();
    await fireEvent.click(screen.getByTestId("visit-save"));
    expect(screen.getByTestId("visit-error-title")).toBeTruthy();
    expect(screen.getByTestId("visit-error-sending_org")).toBeTruthy();
    expect(api.create).not.toHaveBeenCalled();

    await fill("visit-field-title", "Study visit to Almaty");
    await fireEvent.change(screen.getByTestId("visit-field-sending_org"), {
      target: { value: "o-dxa" },
    });
    await fireEvent.change(screen.getByTestId("visit-field-host_org"), {
      target: { value: "o-kz" },
    });
    expect(valueOf("visit-field-host_time_zone")).toBe("Asia/Almaty");
    expect(valueOf("visit-field-home_time_zone")).toBe("Asia/Tashkent");
    await fill("visit-field-host_city", "Almaty");
    await fill("visit-field-planned_start", "2027-05-10");
    await fill("visit-field-planned_end", "2027-05-14");
    api.create.mockResolvedValue(visit({ id: "v9" }));
    await fireEvent.click(screen.getByTestId("visit-save"));
    await waitFor(() => expect(router.route).toEqual({ name: "visit", id: "v9" }));
    expect(api.create).toHaveBeenCalledWith({
      title: "Study visit to Almaty",
      direction: null,
      purpose: null,
      agreement_ref: null,
      sending_org_id: "o-dxa",
      host_org_id: "o-kz",
      host_city: "Almaty",
      host_time_zone: "Asia/Almaty",
      home_time_zone: "Asia/Tashkent",
      planned_start: "2027-05-10",
      planned_end: "2027-05-14",
      actual_start: null,
      actual_end: null,
    });
  });

  it("places the server's refusal beside its field", async () => {
    render(MobilityPage);
    await fireEvent.click(await screen.findByTestId("visit-new"));
    await fill("visit-field-title", "Visit");
    await fireEvent.change(screen.getByTestId("visit-field-sending_org"), {
      target: { value: "o-dxa" },
    });
    await fireEvent.change(screen.getByTestId("visit-field-host_org"), {
      target: { value: "o-asan" },
    });
    await fill("visit-field-planned_start", "2027-05-10");
    await fill("visit-field-planned_end", "2027-05-14");
    api.create.mockRejectedValue({
      code: "invalid",
      field: "planned_end",
      reason: { key: "ends_before_start", start: "2027-05-10" },
    });
    await fireEvent.click(screen.getByTestId("visit-save"));
    expect((await screen.findByTestId("visit-error-planned_end")).textContent).toContain(
      "The end is before the start",
    );
  });

  it("offers no new visit to a role that does not arrange them", async () => {
    signInAs("manager");
    render(MobilityPage);
    await screen.findAllByTestId("visit-row");
    expect(screen.queryByTestId("visit-new")).toBeNull();
  });
});

describe("the Mobility page's internships", () => {
  beforeEach(() => {
    api.internships.mockResolvedValue([
      internshipRow(),
      internshipRow(
        { id: "i2", title: "Internship in Almaty", status: "under_way", host_org_id: "o-kz" },
        { host_org: "Public Service Centre Almaty", host_country: "KZ", intern: "Aliyev Rustam" },
      ),
    ]);
  });

  async function internshipsTab() {
    render(MobilityPage);
    await fireEvent.click(screen.getByTestId("mobility-tab-internships"));
    return screen.findAllByTestId("internship-row");
  }

  it("switches to the internships and lists them: title, intern, host, dates, status", async () => {
    expect(screen.queryByTestId("internship-list")).toBeNull();
    const rows = await internshipsTab();
    expect(screen.getByTestId("mobility-tab-internships").getAttribute("aria-current")).toBe(
      "page",
    );
    expect(screen.queryByTestId("mobility-list")).toBeNull();
    expect(rows.map((r) => [r.dataset.internshipId, r.dataset.status])).toEqual([
      ["i1", "proposed"],
      ["i2", "under_way"],
    ]);
    const first = rows[0].textContent ?? "";
    for (const text of [
      "Karimova Dilnoza at ASAN xidmət",
      "Karimova Dilnoza",
      "ASAN xidmət",
      "AZ",
      "1 March 2027 – 26 March 2027",
      "Proposed",
    ]) {
      expect(first).toContain(text);
    }
    expect(screen.getByTestId("internships-total").textContent).toBe("2 internships");
    await fireEvent.click(within(rows[1]).getByTestId("internship-open"));
    expect(router.route).toEqual({ name: "internship", id: "i2" });
    // Coming back, the internships are still the list shown.
    expect(mobilityTab.current).toBe("internships");
  });

  it("filters the internships by their own statuses", async () => {
    await internshipsTab();
    expect(api.internships).toHaveBeenLastCalledWith({
      direction: null,
      country: null,
      partner_org_id: null,
      status: null,
      year: null,
    });
    const status = screen.getByTestId("internship-filter-status") as HTMLSelectElement;
    expect([...status.options].map((o) => o.value)).toContain("host_accepted");
    await fireEvent.change(status, { target: { value: "host_accepted" } });
    await waitFor(() =>
      expect(api.internships).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: "host_accepted" }),
      ),
    );
    api.internships.mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId("internship-filter-reset"));
    expect((await screen.findByTestId("internships-empty")).textContent).toContain(
      "No internships yet",
    );
  });

  it("adds an internship: the intern from the register, a host, units, mentor and objectives", async () => {
    await internshipsTab();
    await fireEvent.click(screen.getByTestId("internship-new"));
    await fireEvent.click(screen.getByTestId("internship-save"));
    expect(screen.getByTestId("internship-error-intern")).toBeTruthy();
    expect(screen.getByTestId("internship-error-host_org")).toBeTruthy();
    expect(screen.getByTestId("internship-error-planned_start")).toBeTruthy();
    expect(api.internshipCreate).not.toHaveBeenCalled();

    api.people.mockResolvedValue({
      total: 1,
      offset: 0,
      rows: [
        {
          id: "p-dilnoza",
          family_name: "Karimova",
          given_name: "Dilnoza",
          patronymic: null,
          position: "Specialist",
        },
      ],
    });
    await fill("internship-field-intern", "Karim");
    await fireEvent.click(await screen.findByTestId("internship-intern-0"));
    expect((screen.getByTestId("internship-field-intern") as HTMLInputElement).value).toBe(
      "Karimova Dilnoza",
    );
    await fireEvent.change(screen.getByTestId("internship-field-host_org"), {
      target: { value: "o-asan" },
    });
    await fill("internship-field-planned_start", "2027-03-01");
    await fill("internship-field-planned_end", "2027-03-26");
    await fill("internship-field-hours_per_week", "37,5");
    await fireEvent.click(screen.getByTestId("internship-unit-add"));
    await fill("internship-field-units.1.name", "Front office");
    await fill("internship-field-units.1.starts_on", "2027-03-01");
    await fill("internship-field-units.1.ends_on", "2027-03-12");
    await fill("internship-field-mentor_name", "Rəşad Əliyev");
    await fill("internship-field-objectives.1.text", "Front office routing");
    await fireEvent.click(screen.getByTestId("internship-objective-add"));
    await fill("internship-field-objectives.2.text", "Queue analytics");

    api.internshipCreate.mockResolvedValue(internship({ id: "i9" }));
    await fireEvent.click(screen.getByTestId("internship-save"));
    await waitFor(() => expect(router.route).toEqual({ name: "internship", id: "i9" }));
    expect(api.internshipCreate).toHaveBeenCalledWith({
      title: null,
      intern_id: "p-dilnoza",
      host_org_id: "o-asan",
      units: [{ name: "Front office", starts_on: "2027-03-01", ends_on: "2027-03-12" }],
      mentor: { person_id: null, name: "Rəşad Əliyev", position: null, email: null },
      planned_start: "2027-03-01",
      planned_end: "2027-03-26",
      actual_start: null,
      actual_end: null,
      hours_per_week: 37.5,
      objectives: ["Front office routing", "Queue analytics"],
    });
  });

  it("shows a refusal of one unit or objective at its row", async () => {
    await internshipsTab();
    await fireEvent.click(screen.getByTestId("internship-new"));
    api.people.mockResolvedValue({
      total: 1,
      offset: 0,
      rows: [{ id: "p1", family_name: "Karimova", given_name: "Dilnoza", patronymic: null }],
    });
    await fill("internship-field-intern", "Karim");
    await fireEvent.click(await screen.findByTestId("internship-intern-0"));
    await fireEvent.change(screen.getByTestId("internship-field-host_org"), {
      target: { value: "o-asan" },
    });
    await fill("internship-field-planned_start", "2027-03-01");
    await fill("internship-field-planned_end", "2027-03-26");
    for (const n of [1, 2]) {
      await fireEvent.click(screen.getByTestId("internship-unit-add"));
      await fill(`internship-field-units.${n}.name`, `Unit ${n}`);
    }
    await fill("internship-field-units.1.starts_on", "2027-03-01");
    await fill("internship-field-units.1.ends_on", "2027-03-12");
    await fill("internship-field-units.2.starts_on", "2027-03-15");
    await fill("internship-field-units.2.ends_on", "2027-03-26");
    api.internshipCreate.mockRejectedValue({
      code: "invalid",
      field: "units.2.ends_on",
      reason: {
        key: "outside_placement_dates",
        when: "2027-03-26",
        from: "2027-03-01",
        to: "2027-03-25",
      },
    });
    await fireEvent.click(screen.getByTestId("internship-save"));
    const error = await screen.findByTestId("internship-error-units.2.ends_on");
    const rows = screen.getAllByTestId("unit-row");
    expect(rows[1].contains(error)).toBe(true);
    expect(error.textContent).toContain("26 March 2027 is outside the internship’s days");

    api.internshipCreate.mockRejectedValue({
      code: "invalid",
      field: "objectives.1.text",
      reason: { key: "too_long", max: 500 },
    });
    await fill("internship-field-objectives.1.text", "x".repeat(10));
    await fireEvent.click(screen.getByTestId("internship-save"));
    const objective = await screen.findByTestId("internship-error-objectives.1.text");
    expect(screen.getAllByTestId("objective-row")[0].contains(objective)).toBe(true);
  });

  it("offers no new internship to a role that does not arrange them", async () => {
    signInAs("manager");
    await internshipsTab();
    expect(screen.queryByTestId("internship-new")).toBeNull();
  });
});

describe("the Mobility page's exports", () => {
  const e2e = globalThis as { __malakaE2eSave?: unknown };
  const everything = {
    direction: null,
    country: null,
    partner_org_id: null,
    status: null,
    year: null,
  };

  beforeEach(() => {
    api.internships.mockResolvedValue([internshipRow()]);
    api.visitsSave.mockResolvedValue(2048);
    api.internshipsSave.mockResolvedValue(2048);
  });

  it("saves the study visits as filtered, without papers unless they are ticked", async () => {
    e2e.__malakaE2eSave = "/tmp/visits.xlsx";
    try {
      setLocale("ru");
      render(MobilityPage);
      await screen.findAllByTestId("visit-row");
      await fireEvent.change(screen.getByTestId("mobility-filter-country"), {
        target: { value: "AZ" },
      });
      await fireEvent.click(screen.getByTestId("mobility-export-xlsx"));
      await waitFor(() =>
        expect(api.visitsSave).toHaveBeenCalledWith(
          { ...everything, country: "AZ" },
          false,
          "xlsx",
          "ru",
          "token:/tmp/visits.xlsx",
        ),
      );
      expect((await screen.findByTestId("mobility-export-done")).textContent).toContain(
        "/tmp/visits.xlsx",
      );

      e2e.__malakaE2eSave = "/tmp/visits.csv";
      await fireEvent.click(screen.getByTestId("mobility-export-papers"));
      await fireEvent.click(screen.getByTestId("mobility-export-csv"));
      await waitFor(() =>
        expect(api.visitsSave).toHaveBeenLastCalledWith(
          { ...everything, country: "AZ" },
          true,
          "csv",
          "ru",
          "token:/tmp/visits.csv",
        ),
      );

      api.visitsSave.mockRejectedValue({ code: "file", reason: { key: "file_exists", file: "x" } });
      await fireEvent.click(screen.getByTestId("mobility-export-xlsx"));
      expect(await screen.findByTestId("mobility-export-error")).toBeTruthy();
      expect(screen.queryByTestId("mobility-export-done")).toBeNull();
    } finally {
      delete e2e.__malakaE2eSave;
    }
  });

  it("offers no papers to a role without travel documents", async () => {
    e2e.__malakaE2eSave = "/tmp/visits.csv";
    try {
      signInAs("manager");
      render(MobilityPage);
      await screen.findAllByTestId("visit-row");
      expect(screen.queryByTestId("mobility-export-papers")).toBeNull();
      await fireEvent.click(screen.getByTestId("mobility-export-csv"));
      await waitFor(() =>
        expect(api.visitsSave).toHaveBeenCalledWith(
          expect.anything(),
          false,
          "csv",
          "en",
          "token:/tmp/visits.csv",
        ),
      );
    } finally {
      delete e2e.__malakaE2eSave;
    }
  });

  it("saves the internships as filtered on their tab, with no papers to offer", async () => {
    e2e.__malakaE2eSave = "/tmp/internships.csv";
    try {
      render(MobilityPage);
      await fireEvent.click(screen.getByTestId("mobility-tab-internships"));
      await screen.findAllByTestId("internship-row");
      expect(screen.queryByTestId("mobility-export-papers")).toBeNull();
      await fireEvent.change(screen.getByTestId("internship-filter-status"), {
        target: { value: "under_way" },
      });
      await fireEvent.click(screen.getByTestId("mobility-export-csv"));
      await waitFor(() =>
        expect(api.internshipsSave).toHaveBeenCalledWith(
          { ...everything, status: "under_way" },
          "csv",
          "en",
          "token:/tmp/internships.csv",
        ),
      );
      expect((await screen.findByTestId("mobility-export-done")).textContent).toContain(
        "Saved: /tmp/internships.csv",
      );
      expect(api.visitsSave).not.toHaveBeenCalled();
    } finally {
      delete e2e.__malakaE2eSave;
    }
  });
});
