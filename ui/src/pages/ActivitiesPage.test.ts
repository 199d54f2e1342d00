import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { resetActivityFilter } from "$lib/plan/catalogue/activityFilterState.svelte";
import { activity } from "$lib/plan/catalogue/fixtures";
import { router } from "$lib/router.svelte";
import ActivitiesPage from "./ActivitiesPage.svelte";

const api = vi.hoisted(() => ({ list: vi.fn() }));
vi.mock("$lib/api/activity", () => ({
  activityList: (filter: unknown) => api.list(filter),
}));

beforeEach(() => {
  setLocale("en");
  resetActivityFilter();
  router.route = { name: "activities" };
  orgs.list = [
    {
      id: "org-a",
      name: "Civil Service Agency",
      short_code: null,
      country: "UZ",
      kind: "agency",
      parent_id: null,
      created_at: "2025-01-01T00:00:00Z",
    },
  ];
  api.list
    .mockReset()
    .mockResolvedValue([
      activity("a1", { kind: "round_table", status: "draft", title: "HR round table" }),
    ]);
});

describe("activity list", () => {
  it("lists activities in words and opens one", async () => {
    render(ActivitiesPage);
    const row = await screen.findByTestId("activity-row");
    expect(row.getAttribute("data-activity-id")).toBe("a1");
    expect(row.textContent).toContain("HR round table");
    expect(row.textContent).toContain("Round table");
    expect(row.textContent).toContain("Draft");
    expect(row.textContent).toContain("Civil Service Agency");
    expect(row.textContent).toContain("10 March 2026 – 12 March 2026");
    expect(api.list).toHaveBeenCalledWith(
      expect.objectContaining({ to: null, kind: null, status: null, organisation_id: null }),
    );
    expect(api.list.mock.calls[0][0].from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await fireEvent.click(row);
    expect(router.route).toEqual({ name: "activity", id: "a1" });
  });

  it("lists again when a filter changes, and says when nothing matches", async () => {
    render(ActivitiesPage);
    await screen.findByTestId("activity-row");
    api.list.mockResolvedValue([]);
    await fireEvent.change(screen.getByTestId("activities-filter-kind"), {
      target: { value: "seminar" },
    });
    await fireEvent.change(screen.getByTestId("activities-filter-org"), {
      target: { value: "org-a" },
    });
    await screen.findByTestId("activities-empty");
    await waitFor(() =>
      expect(api.list).toHaveBeenLastCalledWith(
        expect.objectContaining({ kind: "seminar", organisation_id: "org-a" }),
      ),
    );
  });

  it("filters by dates typed the app's way, and ignores a half-typed one", async () => {
    setLocale("az");
    render(ActivitiesPage);
    await screen.findByTestId("activity-row");
    const to = screen.getByTestId("activities-filter-to") as HTMLInputElement;
    expect(to.placeholder).toBe("GG.AA.İİİİ");
    await fireEvent.input(to, { target: { value: "31.12" } });
    await waitFor(() =>
      expect(api.list).toHaveBeenLastCalledWith(expect.objectContaining({ to: null })),
    );
    await fireEvent.input(to, { target: { value: "31.12.2026" } });
    await waitFor(() =>
      expect(api.list).toHaveBeenLastCalledWith(expect.objectContaining({ to: "2026-12-31" })),
    );
  });

  it("starts a new activity", async () => {
    render(ActivitiesPage);
    await fireEvent.click(screen.getByTestId("activity-new"));
    expect(router.route).toEqual({ name: "activity-new" });
  });
});
