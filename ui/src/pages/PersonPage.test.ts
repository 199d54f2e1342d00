import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PersonDetail } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { personEnrolment, transcript, transcriptEntry } from "$lib/people/fixtures";
import { person } from "$lib/plan/enrolment/fixtures";
import { router } from "$lib/router.svelte";
import PersonPage from "./PersonPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("get", "transcript", "visits", "internships");
});
vi.mock("$lib/api/person", () => ({
  personGet: (id: string) => api.get(id),
  personTranscript: (id: string) => api.transcript(id),
  personTranscriptSave: vi.fn(),
}));
vi.mock("$lib/api/visit", () => ({ visitList: (f: unknown) => api.visits(f) }));
vi.mock("$lib/api/internship", () => ({ internshipList: (f: unknown) => api.internships(f) }));

function detail(extra: Partial<PersonDetail> = {}): PersonDetail {
  return {
    person: person("p-dilnoza", "Karimova", "Dilnoza"),
    display_name: "Karimova Dilnoza",
    organisation: "ASAN xidmət",
    unit: null,
    enrolments: [
      personEnrolment(),
      personEnrolment({
        id: "e2",
        activity_id: "a-law",
        activity_title: "Administrative procedure law",
        starts_on: "2026-10-05",
        ends_on: "2026-10-05",
        status: "waitlisted",
      }),
    ],
    ...extra,
  };
}

beforeEach(() => {
  setLocale("en");
  router.route = { name: "person", id: "p-dilnoza" };
  for (const fn of Object.values(api)) fn.mockReset();
  api.get.mockResolvedValue(detail());
  api.transcript.mockResolvedValue(transcript([transcriptEntry()]));
  api.visits.mockResolvedValue([]);
  api.internships.mockResolvedValue([]);
});

describe("a person's page", () => {
  it("names each enrolment's activity, with its days, and opens it", async () => {
    render(PersonPage, { id: "p-dilnoza" });
    const rows = await screen.findAllByTestId("enrolment-row");
    expect(api.get).toHaveBeenCalledWith("p-dilnoza");
    expect(rows).toHaveLength(2);
    const [ethics, law] = rows;
    expect(within(ethics).getByTestId("enrolment-activity").textContent).toBe(
      "Public service ethics",
    );
    expect(ethics.textContent).toContain("14 September 2026 – 18 September 2026");
    expect(ethics.textContent).toContain("Enrolled");
    expect(law.textContent).toContain("5 October 2026");
    // Never the activity's id.
    const enrolments = screen.getByTestId("person-enrolments");
    expect(enrolments.textContent).not.toContain("a-ethics");
    expect(enrolments.textContent).not.toContain("a-law");
    await fireEvent.click(within(law).getByTestId("enrolment-activity"));
    expect(router.route).toEqual({ name: "activity", id: "a-law" });
  });

  it("shows the record of learning below the details", async () => {
    render(PersonPage, { id: "p-dilnoza" });
    const card = await screen.findByTestId("person-transcript");
    expect(api.transcript).toHaveBeenCalledWith("p-dilnoza");
    expect(await within(card).findAllByTestId("transcript-row")).toHaveLength(1);
    expect(card.textContent).toContain("Record of learning");
    // Its own row, not squeezed into the details' grid.
    expect(card.parentElement?.classList.contains("grid")).toBe(false);
  });

  it("shows the hire date beside the birth date, and no line for a date not known", async () => {
    const dated = person("p-dilnoza", "Karimova", "Dilnoza", {
      birth_date: "1990-05-04",
      hired_on: "2015-09-01",
    });
    api.get.mockResolvedValue(detail({ person: dated }));
    const { unmount } = render(PersonPage, { id: "p-dilnoza" });
    await screen.findByTestId("person-name");
    const terms = [...document.querySelectorAll("dt")].map((dt) => dt.textContent?.trim());
    expect(terms).toContain("Hire date");
    // Right after the birth date, each date the app's way.
    expect(terms.indexOf("Hire date")).toBe(terms.indexOf("Date of birth") + 1);
    const value = (term: string) =>
      [...document.querySelectorAll("dt")].find((dt) => dt.textContent?.trim() === term)
        ?.nextElementSibling?.textContent;
    expect(value("Date of birth")).toBe("4 May 1990");
    expect(value("Hire date")).toBe("1 September 2015");
    unmount();

    api.get.mockResolvedValue(detail({ person: { ...dated, hired_on: null } }));
    render(PersonPage, { id: "p-dilnoza" });
    await screen.findByTestId("person-name");
    const left = [...document.querySelectorAll("dt")].map((dt) => dt.textContent?.trim());
    expect(left).toContain("Date of birth");
    expect(left).not.toContain("Hire date");
  });

  it("says so when the person has no enrolments", async () => {
    setLocale("az");
    api.get.mockResolvedValue(detail({ enrolments: [] }));
    render(PersonPage, { id: "p-dilnoza" });
    expect(await screen.findByTestId("person-no-enrolments")).toBeTruthy();
    expect(screen.queryByTestId("enrolment-row")).toBeNull();
    await vi.waitFor(() =>
      expect(screen.getByTestId("person-transcript").textContent).toContain(
        "İxtisasartırma haqqında çıxarış",
      ),
    );
  });
});
