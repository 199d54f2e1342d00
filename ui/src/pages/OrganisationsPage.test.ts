import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Organisation, OrgKind } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { signInAs } from "$lib/testing/session";
import OrganisationsPage from "./OrganisationsPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list", "create", "update");
});
vi.mock("$lib/api/organisation", () => ({
  organisationList: () => api.list(),
  organisationCreate: (input: unknown) => api.create(input),
  organisationUpdate: (id: string, input: unknown) => api.update(id, input),
}));

const org = (
  id: string,
  name: string,
  kind: OrgKind,
  parent_id: string | null = null,
  short_code: string | null = null,
): Organisation => ({
  id,
  name,
  short_code,
  country: "UZ",
  kind,
  parent_id,
  created_at: "2025-01-01T00:00:00Z",
});

const agency = org("a1", "Public Services Agency", "agency", null, "PSA");
const bektemir = org("c1", "Bektemir centre", "service_centre", "a1");
const chilonzor = org("c2", "Chilonzor centre", "service_centre", "a1");
const hr = org("u1", "HR unit", "unit", "c1");
const frontOffice = org("u2", "Front office", "unit", "u1");
const partner = org("p1", "ASAN xidmət", "partner");
const list = [agency, bektemir, chilonzor, hr, frontOffice, partner];

beforeEach(() => {
  setLocale("en");
  orgs.list = [];
  orgs.loaded = false;
  api.list.mockReset().mockResolvedValue(list);
  api.create.mockReset();
  api.update.mockReset();
});

async function openEdit(id: string) {
  render(OrganisationsPage);
  await fireEvent.click(await screen.findByTestId(`org-edit-${id}`));
  return screen.getByTestId("org-form");
}

const parentSelect = () => screen.getByTestId("org-form-parent") as HTMLSelectElement;
const parentChoices = () => [...parentSelect().options].map((o) => o.value);

describe("editing an organisation", () => {
  it("opens the form filled with the organisation's values", async () => {
    const form = await openEdit("c1");
    expect(form.textContent).toContain("Edit “Bektemir centre”");
    expect((screen.getByTestId("org-field-name") as HTMLInputElement).value).toBe(
      "Bektemir centre",
    );
    expect((screen.getByTestId("org-field-kind") as HTMLSelectElement).value).toBe(
      "service_centre",
    );
    expect((screen.getByTestId("org-field-country") as HTMLInputElement).value).toBe("UZ");
    expect(parentSelect().value).toBe("a1");
    expect(screen.getByTestId("org-new")).toBeTruthy();
  });

  it("saves the changes and the move, then reloads the shared list", async () => {
    const moved = { ...bektemir, name: "Bektemir branch", short_code: "BEK", parent_id: "c2" };
    api.update.mockResolvedValue(moved);
    await openEdit("c1");
    api.list.mockResolvedValue([agency, moved, chilonzor, hr, frontOffice, partner]);

    await fireEvent.input(screen.getByTestId("org-field-name"), {
      target: { value: " Bektemir branch " },
    });
    await fireEvent.input(screen.getByTestId("org-field-short_code"), {
      target: { value: "BEK" },
    });
    await fireEvent.change(parentSelect(), { target: { value: "c2" } });
    await fireEvent.click(screen.getByTestId("org-save"));

    await waitFor(() => expect(api.list).toHaveBeenCalledTimes(2));
    expect(api.update).toHaveBeenCalledWith("c1", {
      name: "Bektemir branch",
      short_code: "BEK",
      country: "UZ",
      kind: "service_centre",
      parent_id: "c2",
    });
    expect(api.create).not.toHaveBeenCalled();
    expect(screen.queryByTestId("org-form")).toBeNull();
    expect(screen.getByTestId("org-saved").textContent).toContain("“Bektemir branch” was saved.");
    await waitFor(() => expect(orgs.list.find((o) => o.id === "c1")?.name).toBe("Bektemir branch"));
    // The tree shows the move: Chilonzor, closed, now holds the branch and its two units.
    const chilonzorNode = document.querySelector("[data-org-id='c2']");
    expect(chilonzorNode?.textContent).toContain("3 sub-units");
  });

  it("moves an organisation to the top level", async () => {
    api.update.mockResolvedValue({ ...bektemir, parent_id: null });
    await openEdit("c1");
    await fireEvent.change(parentSelect(), { target: { value: "" } });
    await fireEvent.click(screen.getByTestId("org-save"));
    await waitFor(() => expect(api.update).toHaveBeenCalled());
    expect(api.update.mock.calls[0][1]).toMatchObject({ parent_id: null });
  });

  it("offers neither the organisation itself nor any of its units as its parent", async () => {
    await openEdit("c1");
    // c1 holds u1, which holds u2: none of the three may take c1.
    expect(parentChoices()).toEqual(["", "a1", "c2", "p1"]);
  });

  it("offers only what lies outside a top organisation's tree", async () => {
    await openEdit("a1");
    expect(parentChoices()).toEqual(["", "p1"]);
  });

  it("offers every organisation to a new one", async () => {
    render(OrganisationsPage);
    await fireEvent.click(await screen.findByTestId("org-new"));
    expect(parentChoices()).toEqual(["", "a1", "c1", "u1", "u2", "c2", "p1"]);
  });

  it("puts the server's refusal of a move beside the parent field", async () => {
    api.update.mockRejectedValue({
      code: "invalid",
      field: "parent_id",
      reason: { key: "parent_within", organisation: "Bektemir centre" },
    });
    await openEdit("c1");
    await fireEvent.click(screen.getByTestId("org-save"));
    const error = await screen.findByTestId("org-error-parent");
    expect(error.textContent).toBe(
      "Bektemir centre cannot be placed under itself or one of its own units.",
    );
    expect(parentSelect().getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("org-form")).toBeTruthy();
    expect(api.list).toHaveBeenCalledTimes(1);
  });

  it("checks the fields before sending anything", async () => {
    await openEdit("c1");
    await fireEvent.input(screen.getByTestId("org-field-name"), { target: { value: " " } });
    await fireEvent.click(screen.getByTestId("org-save"));
    expect(await screen.findByTestId("org-error-name")).toBeTruthy();
    expect(api.update).not.toHaveBeenCalled();
  });

  it("closes the form on cancel without saving", async () => {
    await openEdit("c1");
    await fireEvent.click(screen.getByTestId("org-cancel"));
    expect(screen.queryByTestId("org-form")).toBeNull();
    expect(api.update).not.toHaveBeenCalled();
  });
});

describe("what a role may do with organisations", () => {
  it("shows a manager the tree with nothing to add or edit", async () => {
    signInAs("manager");
    render(OrganisationsPage);
    await waitFor(() => expect(screen.getAllByTestId("org-node").length).toBeGreaterThan(0));
    expect(screen.queryByTestId("org-new")).toBeNull();
    expect(screen.queryByTestId("org-edit-a1")).toBeNull();
  });
});
