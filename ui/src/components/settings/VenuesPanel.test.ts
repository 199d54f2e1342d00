import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NewVenue, Venue } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { fill, saveAndClose, valueOf } from "$lib/testing/form";
import VenuesPanel from "./VenuesPanel.svelte";

const api = vi.hoisted(() => ({ list: vi.fn(), create: vi.fn(), update: vi.fn() }));
vi.mock("$lib/api/venue", () => ({
  venueList: () => api.list(),
  venueCreate: (input: NewVenue) => api.create(input),
  venueUpdate: (id: string, input: NewVenue) => api.update(id, input),
}));

const venue = (id: string, name: string, extra: Partial<Venue> = {}): Venue => ({
  id,
  name,
  address: null,
  city: "Tashkent",
  country: "UZ",
  time_zone: "Asia/Tashkent",
  capacity: null,
  ...extra,
});
const baku = venue("v1", "ASAN Training Hall", {
  city: "Baku",
  country: "AZ",
  time_zone: "Asia/Baku",
  capacity: 1,
});
const academy = venue("v2", "Academy, room 204", { address: "Amir Temur 1", capacity: 24 });

beforeEach(() => {
  setLocale("en");
  api.list.mockReset().mockResolvedValue([baku, academy]);
  api.create.mockReset();
  api.update.mockReset();
});

/** Waits until the list shows `count` rows. */
const listed = (count: number) =>
  waitFor(() => expect(screen.getAllByTestId(/^venue-row-\d+$/)).toHaveLength(count));
const row = (i: number) => screen.getByTestId(`venue-row-${i}`);
const zoneHint = () => document.getElementById("venue-field-time_zone-hint")?.textContent;

describe("venues panel", () => {
  it("lists venues with their place, zone and seats", async () => {
    render(VenuesPanel);
    await listed(2);
    expect([row(0).textContent, row(1).textContent]).toEqual([
      expect.stringMatching(/ASAN Training Hall\s*Baku, AZ · Asia\/Baku · 1 seat\s*Edit/),
      expect.stringMatching(/room 204\s*Amir Temur 1, Tashkent, UZ · Asia\/Tashkent · 24 seats/),
    ]);
  });

  it("says so when there are none", async () => {
    api.list.mockResolvedValue([]);
    render(VenuesPanel);
    expect((await screen.findByTestId("venues-empty")).textContent).toContain("No venues");
  });

  it("adds a venue and shows it in its place in the list", async () => {
    const added = venue("v3", "Samarkand branch", {
      city: "Samarkand",
      time_zone: "Asia/Samarkand",
      capacity: 30,
    });
    api.create.mockResolvedValue(added);
    render(VenuesPanel);
    await listed(2);

    await fireEvent.click(screen.getByTestId("venue-add"));
    expect(valueOf("venue-field-country")).toBe("UZ");
    expect(valueOf("venue-field-time_zone")).toBe("Asia/Tashkent");
    await fill("venue-field-name", "Samarkand branch");
    await fill("venue-field-city", "Samarkand");
    await fill("venue-field-time_zone", "asia/samarkand");
    await fill("venue-field-capacity", "30");
    await saveAndClose("venue-");
    expect(api.create).toHaveBeenCalledWith({
      name: "Samarkand branch",
      address: null,
      city: "Samarkand",
      country: "UZ",
      time_zone: "Asia/Samarkand",
      capacity: 30,
    });
    expect(row(1).textContent).toContain("Samarkand branch");
    expect(row(2).textContent).toContain("Academy");
    expect(screen.getByTestId("venue-notice").textContent).toBe("Venue “Samarkand branch” saved.");
  });

  it("starts a new venue in Azerbaijan for an Azerbaijani user", async () => {
    setLocale("az");
    render(VenuesPanel);
    await fireEvent.click(screen.getByTestId("venue-add"));
    expect(valueOf("venue-field-country")).toBe("AZ");
    expect(valueOf("venue-field-time_zone")).toBe("Asia/Baku");
  });

  it("marks slips beside the fields without calling the server", async () => {
    render(VenuesPanel);
    await fireEvent.click(screen.getByTestId("venue-add"));
    await fill("venue-field-country", "Uzbekistan");
    await fill("venue-field-time_zone", "Tashkent");
    await fill("venue-field-capacity", "0");
    await fireEvent.click(screen.getByTestId("venue-save"));
    expect(screen.getByTestId("venue-error-name").textContent).toBe("This field is required.");
    expect(screen.getByTestId("venue-error-city")).toBeTruthy();
    expect(screen.getByTestId("venue-error-country").textContent).toContain("two-letter");
    expect(screen.getByTestId("venue-error-time_zone").textContent).toContain("Asia/Tashkent");
    expect(screen.getByTestId("venue-error-capacity").textContent).toContain("whole number");
    expect(api.create).not.toHaveBeenCalled();
  });

  it("puts the server's refusal beside the field it names", async () => {
    api.create.mockRejectedValue({
      code: "invalid",
      field: "time_zone",
      reason: { key: "not_a_time_zone", value: "Asia/Tashkent" },
    });
    render(VenuesPanel);
    await fireEvent.click(screen.getByTestId("venue-add"));
    await fill("venue-field-name", "Hall");
    await fill("venue-field-city", "Tashkent");
    await fireEvent.click(screen.getByTestId("venue-save"));
    expect((await screen.findByTestId("venue-error-time_zone")).textContent).toBe(
      "“Asia/Tashkent” is not a time zone.",
    );
    const zone = screen.getByTestId("venue-field-time_zone");
    expect(zone.getAttribute("aria-invalid")).toBe("true");
  });

  it("edits a venue, saying that planned sessions keep the old zone", async () => {
    api.update.mockResolvedValue({ ...academy, time_zone: "Asia/Samarkand" });
    render(VenuesPanel);
    await listed(2);
    await fireEvent.click(screen.getByTestId("venue-edit-1"));
    expect(valueOf("venue-field-name")).toBe("Academy, room 204");
    expect(valueOf("venue-field-capacity")).toBe("24");
    expect(zoneHint()).toContain("As in the time zone database");

    await fill("venue-field-time_zone", "Asia/Samarkand");
    expect(zoneHint()).toBe(
      "Sessions already planned here keep Asia/Tashkent; the new time zone applies to sessions planned from now on.",
    );
    await fireEvent.click(screen.getByTestId("venue-save"));
    await waitFor(() => expect(row(1).textContent).toContain("Asia/Samarkand"));
    expect(api.update).toHaveBeenCalledWith("v2", {
      name: "Academy, room 204",
      address: "Amir Temur 1",
      city: "Tashkent",
      country: "UZ",
      time_zone: "Asia/Samarkand",
      capacity: 24,
    });
  });

  it("closes the form on Cancel without saving", async () => {
    render(VenuesPanel);
    await listed(2);
    await fireEvent.click(screen.getByTestId("venue-edit-0"));
    await fill("venue-field-name", "Renamed");
    await fireEvent.click(screen.getByTestId("venue-cancel"));
    expect(screen.queryByTestId("venue-form")).toBeNull();
    expect(row(0).textContent).toContain("ASAN Training Hall");
    expect(api.update).not.toHaveBeenCalled();
  });

  it("shows a failed load with a way to try again", async () => {
    api.list.mockRejectedValueOnce({ code: "storage", reason: { key: "storage", log: "" } });
    render(VenuesPanel);
    const retry = await screen.findByRole("button", { name: "Try again" });
    await fireEvent.click(retry);
    await listed(2);
  });
});
