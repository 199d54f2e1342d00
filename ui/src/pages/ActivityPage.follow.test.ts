import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { EnrolmentLine } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { detailWith, line, org } from "$lib/plan/enrolment/fixtures";
import { router } from "$lib/router.svelte";
import { announce, followDelay } from "$lib/testing/changes";
import { fill, valueOf } from "$lib/testing/form";
import ActivityPage from "./ActivityPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("get", "decline", "query");
});

vi.mock("$lib/api/activity", () => ({ activityGet: (id: string) => api.get(id) }));
vi.mock("$lib/api/venue", () => ({ venueList: () => Promise.resolve([]) }));
vi.mock("$lib/api/trainer", () => ({ trainerList: () => Promise.resolve([]) }));
vi.mock("$lib/api/enrolment", () => ({
  enrolmentDecline: (ids: string[], reason: string) => api.decline(ids, reason),
}));
vi.mock("$lib/api/person", () => ({ personQuery: () => api.query() }));
vi.mock("$lib/api/organisation", () => ({
  organisationList: () => Promise.resolve([org("asan", "ASAN xizmat", "agency")]),
}));
vi.mock("../components/plan/ExportMenu.svelte", () => ({ default: () => {} }));
vi.mock("@tauri-apps/api/event", async () => (await import("$lib/testing/changes")).fakeEvents);

const anvar = line("a", "Aliyev Anvar", "enrolled", 1);
const dilnoza = line("d", "Karimova Dilnoza", "nominated", 3);
const malika = line("m", "Saidova Malika", "nominated", 4);

const rowOf = (name: string) =>
  screen.getAllByTestId("enrolment-row").find((r) => r.dataset.personName === name);

beforeEach(() => {
  setLocale("en");
  router.route = { name: "activity", id: "act" };
  for (const f of Object.values(api)) f.mockReset();
  api.get.mockResolvedValue(detailWith([anvar, dilnoza]));
  api.query.mockResolvedValue({ total: 0, offset: 0, rows: [] });
});

async function open() {
  render(ActivityPage, { id: "act" });
  await screen.findByTestId("enrolment-panel");
}

/** Another desk nominated Malika: what the activity reads as now. */
function withMalika(lines: EnrolmentLine[] = [anvar, dilnoza]) {
  api.get.mockResolvedValue(detailWith([...lines, malika]));
}

describe("the enrolment panel following other desks", () => {
  it("shows another desk's nomination for this activity, and says so", async () => {
    await open();
    withMalika();
    announce("enrolment", "act");
    await waitFor(() => expect(rowOf("Saidova Malika")).toBeTruthy());
    expect(api.get).toHaveBeenCalledTimes(2);
    expect((await screen.findByTestId("others-updated")).textContent).toBe(
      "Updated with changes from another desk.",
    );
  });

  it("reloads for a change to the activity's plan too", async () => {
    await open();
    withMalika();
    announce("plan", "act");
    await waitFor(() => expect(rowOf("Saidova Malika")).toBeTruthy());
  });

  it("does not reload for another activity", async () => {
    await open();
    withMalika();
    announce("enrolment", "other");
    announce("plan", "other");
    announce("certificate", "act");
    await followDelay();
    expect(api.get).toHaveBeenCalledTimes(1);
    expect(rowOf("Saidova Malika")).toBeUndefined();
  });

  it("keeps what the user typed and ticked but has not sent", async () => {
    await open();
    await fill("nominate-search", "Rahim");
    const tick = within(rowOf("Karimova Dilnoza")!).getByTestId("enrolment-select");
    await fireEvent.click(tick);
    await fireEvent.click(screen.getByTestId("decline-selected"));
    await fill("decline-reason", "Not in the target group");
    withMalika();
    announce("enrolment", "act");
    await waitFor(() => expect(rowOf("Saidova Malika")).toBeTruthy());
    expect(valueOf("nominate-search")).toBe("Rahim");
    expect(
      (within(rowOf("Karimova Dilnoza")!).getByTestId("enrolment-select") as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(valueOf("decline-reason")).toBe("Not in the target group");
  });

  it("says nothing when the reload follows its own change", async () => {
    api.decline.mockResolvedValue([]);
    await open();
    await fireEvent.click(within(rowOf("Karimova Dilnoza")!).getByTestId("enrolment-select"));
    await fireEvent.click(screen.getByTestId("decline-selected"));
    await fill("decline-reason", "Not in the target group");
    api.get.mockResolvedValue(
      detailWith([anvar, { ...dilnoza, status: "declined", reason: "Not in the target group" }]),
    );
    await fireEvent.click(screen.getByTestId("decline-confirm"));
    await waitFor(() => expect(api.get).toHaveBeenCalledTimes(2));
    // The notice of this desk's own decline, just after it.
    withMalika([anvar, { ...dilnoza, status: "declined" }]);
    announce("enrolment", "act");
    await waitFor(() => expect(rowOf("Saidova Malika")).toBeTruthy());
    await followDelay();
    expect(screen.queryByTestId("others-updated")).toBeNull();
  });
});
