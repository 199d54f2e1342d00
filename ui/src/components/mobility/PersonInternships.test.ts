import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { InternshipFilter } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { internshipRow } from "$lib/mobility/internshipFixtures";
import { router } from "$lib/router.svelte";
import PersonInternships from "./PersonInternships.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list");
});

vi.mock("$lib/api/internship", () => ({
  internshipList: (f: InternshipFilter) => api.list(f),
}));

beforeEach(() => {
  setLocale("en");
  router.route = { name: "person", id: "p-dilnoza" };
  api.list.mockReset();
});

describe("a person's internships", () => {
  it("lists the person's placements and opens one", async () => {
    api.list.mockResolvedValue([internshipRow({ status: "evaluated" })]);
    render(PersonInternships, { personId: "p-dilnoza" });
    const row = await screen.findByTestId("person-internship-row");
    expect(api.list).toHaveBeenCalledWith({ person_id: "p-dilnoza" });
    expect(row.dataset.internshipId).toBe("i1");
    expect(row.textContent).toContain("ASAN xidmət");
    expect(row.textContent).toContain("Evaluated");
    await fireEvent.click(within(row).getByTestId("person-internship-open"));
    expect(router.route).toEqual({ name: "internship", id: "i1" });
  });

  it("says so when the person has been on none", async () => {
    api.list.mockResolvedValue([]);
    render(PersonInternships, { personId: "p-dilnoza" });
    expect((await screen.findByTestId("person-no-internships")).textContent).toContain(
      "Has not been on an internship",
    );
  });
});
