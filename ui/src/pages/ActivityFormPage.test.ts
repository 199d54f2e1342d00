import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { activity, programme } from "$lib/plan/catalogue/fixtures";
import { router } from "$lib/router.svelte";
import ActivityFormPage from "./ActivityFormPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("programmes", "venues", "get", "create", "update");
});
vi.mock("$lib/api/activity", () => ({
  activityGet: (id: string) => api.get(id),
  activityCreate: (input: unknown) => api.create(input),
  activityUpdate: (id: string, input: unknown) => api.update(id, input),
}));
vi.mock("$lib/api/programme", () => ({
  programmeList: (includeArchived: boolean) => api.programmes(includeArchived),
}));
vi.mock("$lib/api/venue", () => ({
  venueList: () => api.venues(),
}));

const org = (id: string, name: string, kind: "agency" | "partner" | "unit", parent = null) => ({
  id,
  name,
  short_code: null,
  country: "UZ",
  kind,
  parent_id: parent,
  created_at: "2025-01-01T00:00:00Z",
});

const ethics = programme("p1", {
  code: "ETH-1",
  title: "Ethics in public service",
  planned_hours: 7.5,
  objectives: "Know the code of conduct",
  language: "ru",
});
const old = programme("p0", { code: "OLD", title: "Retired course", archived: true });
const hall = {
  id: "v1",
  name: "Main hall",
  address: null,
  city: "Tashkent",
  country: "UZ",
  time_zone: "Asia/Tashkent",
  capacity: 40,
};

beforeEach(() => {
  setLocale("en");
  router.route = { name: "activity-new" };
  orgs.list = [org("a", "Civil Service Agency", "agency"), org("b", "Partner NGO", "partner")];
  orgs.loaded = true;
  api.programmes.mockReset().mockResolvedValue([ethics, old]);
  api.venues.mockReset().mockResolvedValue([hall]);
  api.get.mockReset();
  api.create.mockReset();
  api.update.mockReset();
});

const input = (testid: string) => screen.getByTestId(testid) as HTMLInputElement;

async function fill(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

describe("activity form", () => {
  it("prefills the form from the programme it is planned from", async () => {
    render(ActivityFormPage, { programmeId: "p1" });
    await screen.findByTestId("activity-form");
    expect(input("field-programme").value).toBe("p1");
    expect(input("field-title").value).toBe("Ethics in public service");
    expect(input("field-planned_hours").value).toBe("7.5");
    expect(input("field-description").value).toBe("Know the code of conduct");
    expect(input("field-language").value).toBe("ru");
    expect(input("field-status").value).toBe("planned");
    // Archived programmes are not offered.
    const options = [...(screen.getByTestId("field-programme") as HTMLSelectElement).options];
    expect(options.map((o) => o.value)).toEqual(["", "p1"]);
  });

  it("offers venues with city and time zone", async () => {
    render(ActivityFormPage);
    await screen.findByTestId("activity-form");
    const venue = screen.getByTestId("field-venue") as HTMLSelectElement;
    expect(venue.options[1].textContent?.trim()).toBe("Main hall, Tashkent (Asia/Tashkent)");
  });

  it("creates the activity and opens it", async () => {
    api.create.mockResolvedValue(activity("new-1"));
    render(ActivityFormPage, { programmeId: "p1" });
    await screen.findByTestId("activity-form");
    await fireEvent.change(screen.getByTestId("field-kind"), { target: { value: "seminar" } });
    await fill("field-starts_on", "2026-04-01");
    await fill("field-ends_on", "2026-04-02");
    await fireEvent.change(screen.getByTestId("field-host"), { target: { value: "a" } });
    await fireEvent.click(screen.getByTestId("partner-b"));
    await fireEvent.change(screen.getByTestId("field-venue"), { target: { value: "v1" } });
    await fill("field-capacity", "25");
    await fireEvent.click(screen.getByTestId("activity-save"));

    await waitFor(() => expect(router.route).toEqual({ name: "activity", id: "new-1" }));
    expect(api.create).toHaveBeenCalledWith({
      kind: "seminar",
      title: "Ethics in public service",
      programme_id: "p1",
      status: "planned",
      starts_on: "2026-04-01",
      ends_on: "2026-04-02",
      host_org_id: "a",
      partner_org_ids: ["b"],
      venue_id: "v1",
      capacity: 25,
      language: "ru",
      planned_hours: 7.5,
      description: "Know the code of conduct",
    });
  });

  it("marks missing fields and puts the server's field errors under them", async () => {
    api.create.mockRejectedValue({
      code: "invalid",
      field: "capacity",
      reason: { key: "not_positive", value: 0 },
    });
    render(ActivityFormPage);
    await screen.findByTestId("activity-form");
    await fireEvent.click(screen.getByTestId("activity-save"));
    expect(screen.getByTestId("error-title").textContent).toBe("This field is required.");
    expect(screen.getByTestId("error-starts_on")).toBeTruthy();
    expect(screen.getByTestId("error-host")).toBeTruthy();
    expect(api.create).not.toHaveBeenCalled();

    await fill("field-title", "Round table on HR");
    await fill("field-starts_on", "2026-04-01");
    await fill("field-ends_on", "2026-04-01");
    await fireEvent.change(screen.getByTestId("field-host"), { target: { value: "a" } });
    await fireEvent.click(screen.getByTestId("activity-save"));
    expect((await screen.findByTestId("error-capacity")).textContent).toBe(
      "Must be a positive number (got 0).",
    );
    expect(api.create).toHaveBeenCalledWith(
      expect.objectContaining({ title: "Round table on HR", capacity: null, programme_id: null }),
    );
  });

  it("takes dates typed the Uzbek way and refuses a day that does not exist", async () => {
    setLocale("uz-Latn");
    api.create.mockResolvedValue(activity("new-2"));
    render(ActivityFormPage, { programmeId: "p1" });
    await screen.findByTestId("activity-form");
    expect(input("field-starts_on").placeholder).toBe("KK.OO.YYYY");
    await fill("field-starts_on", "01.04.2026");
    await fill("field-ends_on", "31.04.2026");
    await fireEvent.change(screen.getByTestId("field-host"), { target: { value: "a" } });
    await fireEvent.click(screen.getByTestId("activity-save"));
    expect(screen.getByTestId("error-ends_on").textContent).toBe(
      "Bunday sana yo\u02bbq: 31.04.2026.",
    );
    expect(api.create).not.toHaveBeenCalled();

    await fill("field-ends_on", "2026-04-02");
    await fireEvent.blur(input("field-ends_on"));
    expect(input("field-ends_on").value).toBe("02.04.2026");
    await fireEvent.click(screen.getByTestId("activity-save"));
    await waitFor(() =>
      expect(api.create).toHaveBeenCalledWith(
        expect.objectContaining({ starts_on: "2026-04-01", ends_on: "2026-04-02" }),
      ),
    );
  });

  it("edits an activity without sending a status", async () => {
    const stored = activity("a1", {
      title: "Stored title",
      host_org_id: "a",
      programme_id: "p0",
      status: "confirmed",
    });
    api.get.mockResolvedValue({ activity: stored, host: "", partners: [], sessions: [] });
    api.update.mockResolvedValue(stored);
    router.route = { name: "activity-edit", id: "a1" };
    render(ActivityFormPage, { id: "a1" });
    await screen.findByTestId("activity-form");
    expect(input("field-title").value).toBe("Stored title");
    expect(screen.queryByTestId("field-status")).toBeNull();
    // The archived programme it follows stays listed.
    expect(input("field-programme").value).toBe("p0");
    await fill("field-title", "New title");
    await fireEvent.click(screen.getByTestId("activity-save"));
    await waitFor(() => expect(router.route).toEqual({ name: "activity", id: "a1" }));
    const [id, sent] = api.update.mock.calls[0];
    expect(id).toBe("a1");
    expect(sent).toMatchObject({ title: "New title", programme_id: "p0" });
    expect("status" in sent).toBe(false);
  });

  it("goes back on cancel", async () => {
    render(ActivityFormPage, { programmeId: "p1" });
    await screen.findByTestId("activity-form");
    await fireEvent.click(screen.getByTestId("activity-cancel"));
    expect(router.route).toEqual({ name: "programmes" });
  });
});
