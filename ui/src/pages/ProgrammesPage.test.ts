import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { programme } from "$lib/plan/catalogue/fixtures";
import { router } from "$lib/router.svelte";
import { signInAs } from "$lib/testing/session";
import ProgrammesPage from "./ProgrammesPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list", "create", "update", "archive");
});
vi.mock("$lib/api/programme", () => ({
  programmeList: (includeArchived: boolean) => api.list(includeArchived),
  programmeCreate: (input: unknown) => api.create(input),
  programmeUpdate: (id: string, input: unknown) => api.update(id, input),
  programmeArchive: (id: string, archived: boolean) => api.archive(id, archived),
}));

const ethics = programme("p1", { code: "ETH-1", title: "Ethics", planned_hours: 8 });

beforeEach(() => {
  setLocale("en");
  router.route = { name: "programmes" };
  api.list.mockReset().mockResolvedValue([ethics]);
  api.create.mockReset();
  api.update.mockReset();
  api.archive.mockReset();
});

async function fill(testid: string, value: string) {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

const rows = () => screen.queryAllByTestId("programme-row");

describe("programme catalogue", () => {
  it("lists programmes with their hours and language", async () => {
    render(ProgrammesPage);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(api.list).toHaveBeenCalledWith(false);
    const row = rows()[0];
    expect(row.getAttribute("data-programme-id")).toBe("p1");
    expect(row.getAttribute("data-archived")).toBe("false");
    expect(row.textContent).toContain("ETH-1");
    expect(row.textContent).toContain("8 h");
    expect(row.textContent).toContain("Russian");
  });

  it("shows a new programme in the list once it is created", async () => {
    const created = programme("p2", {
      code: "LAW-2",
      title: "Administrative law",
      planned_hours: 16,
      language: "uz-Cyrl",
      objectives: null,
    });
    api.create.mockResolvedValue(created);
    render(ProgrammesPage);
    await waitFor(() => expect(rows()).toHaveLength(1));

    await fireEvent.click(screen.getByTestId("programme-new"));
    expect(screen.getByTestId("programme-form")).toBeTruthy();
    await fill("field-code", "law-2");
    await fill("field-title", "Administrative law");
    await fill("field-planned_hours", "16");
    await fireEvent.change(screen.getByTestId("field-language"), { target: { value: "uz-Cyrl" } });
    await fireEvent.click(screen.getByTestId("programme-save"));

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(api.create).toHaveBeenCalledWith({
      code: "LAW-2",
      title: "Administrative law",
      planned_hours: 16,
      language: "uz-Cyrl",
      objectives: null,
    });
    expect(screen.queryByTestId("programme-form")).toBeNull();
    const added = rows().find((r) => r.getAttribute("data-programme-id") === "p2");
    expect(added?.textContent).toContain("Administrative law");
  });

  it("shows field errors under the fields, a code clash in words", async () => {
    api.create.mockRejectedValue({
      code: "duplicate",
      field: "code",
      reason: { key: "programme_code_used" },
    });
    render(ProgrammesPage);
    await fireEvent.click(screen.getByTestId("programme-new"));
    await fireEvent.click(screen.getByTestId("programme-save"));
    expect(screen.getByTestId("error-code").textContent).toBe("This field is required.");
    expect(screen.getByTestId("error-planned_hours")).toBeTruthy();
    expect(api.create).not.toHaveBeenCalled();

    await fill("field-code", "ETH-1");
    await fill("field-title", "Ethics again");
    await fill("field-planned_hours", "4");
    await fireEvent.click(screen.getByTestId("programme-save"));
    expect((await screen.findByTestId("error-code")).textContent).toBe(
      "Another programme already uses this code.",
    );
    expect(screen.getByTestId("field-code").getAttribute("aria-invalid")).toBe("true");
  });

  it("edits a programme in the form", async () => {
    api.update.mockResolvedValue({ ...ethics, title: "Ethics in service" });
    render(ProgrammesPage);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await fireEvent.click(screen.getByTestId("programme-edit"));
    const title = screen.getByTestId("field-title") as HTMLInputElement;
    expect(title.value).toBe("Ethics");
    await fill("field-title", "Ethics in service");
    await fireEvent.click(screen.getByTestId("programme-save"));
    await waitFor(() => expect(rows()[0].textContent).toContain("Ethics in service"));
    expect(api.update).toHaveBeenCalledWith("p1", expect.objectContaining({ code: "ETH-1" }));
  });

  it("archives, shows archived ones on request, and restores", async () => {
    api.archive.mockResolvedValueOnce({ ...ethics, archived: true });
    render(ProgrammesPage);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await fireEvent.click(screen.getByTestId("programme-archive"));
    await waitFor(() => expect(rows()).toHaveLength(0));
    expect(api.archive).toHaveBeenCalledWith("p1", true);

    api.list.mockResolvedValue([{ ...ethics, archived: true }]);
    await fireEvent.click(screen.getByTestId("programmes-show-archived"));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(api.list).toHaveBeenLastCalledWith(true);
    const row = rows()[0];
    expect(row.getAttribute("data-archived")).toBe("true");
    expect(within(row).queryByTestId("programme-plan")).toBeNull();

    api.archive.mockResolvedValueOnce(ethics);
    await fireEvent.click(within(row).getByTestId("programme-restore"));
    await waitFor(() => expect(rows()[0].getAttribute("data-archived")).toBe("false"));
    expect(api.archive).toHaveBeenLastCalledWith("p1", false);
  });

  it("plans an activity from a programme", async () => {
    render(ProgrammesPage);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await fireEvent.click(screen.getByTestId("programme-plan"));
    expect(router.route).toEqual({ name: "activity-new", programmeId: "p1" });
  });
});

describe("what a role may do with the catalogue", () => {
  it("lists programmes to a viewer with nothing to add, plan, edit or archive", async () => {
    signInAs("viewer");
    render(ProgrammesPage);
    await waitFor(() => expect(rows()).toHaveLength(1));
    for (const id of ["programme-new", "programme-plan", "programme-edit", "programme-archive"]) {
      expect(screen.queryByTestId(id), id).toBeNull();
    }
  });
});
