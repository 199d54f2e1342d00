import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NewVisit, VisitFilter } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { resetMobilityFilter } from "$lib/mobility/filterState.svelte";
import { ORGS, row, visit } from "$lib/mobility/fixtures";
import { orgs } from "$lib/orgs/store.svelte";
import { router } from "$lib/router.svelte";
import { fill, valueOf } from "$lib/testing/form";
import { signInAs } from "$lib/testing/session";
import MobilityPage from "./MobilityPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list", "create", "orgs");
});

vi.mock("$lib/api/visit", () => ({
  visitList: (f: VisitFilter) => api.list(f),
  visitCreate: (i: NewVisit) => api.create(i),
}));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => api.orgs() }));

beforeEach(() => {
  setLocale("en");
  router.route = { name: "mobility" };
  resetMobilityFilter();
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
