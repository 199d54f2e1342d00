import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Batch } from "$lib/api/job";
import type {
  ImportInput,
  ImportPreview,
  ImportReport,
  Organisation,
  Problem,
  UnknownUnit,
} from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import { picked } from "$lib/api/testing/picked";
import ImportWizard from "./ImportWizard.svelte";

const api = vi.hoisted(() => ({
  pick: vi.fn(),
  preview: vi.fn(),
  personImport: vi.fn(),
}));

const preview: ImportPreview = {
  file: "staff.csv",
  format: "csv",
  encoding: "windows-1251",
  delimiter: ";",
  rows: 3,
  headers: ["Familiya", "Ism", "Pochta"],
  sample: [
    ["Karimova", "Dilnoza", "d@x.uz"],
    ["Aliyev", "Rauf", "bad"],
  ],
  mapping: ["family_name", "given_name", null],
  fields: ["family_name", "given_name", "full_name", "email", "organisation"],
};

vi.mock("$lib/api/personImport", () => ({
  pickImportFile: (title: string, filter: string) => api.pick(title, filter),
  personImportPreview: (file: string) => api.preview(file),
  personImport: (input: ImportInput, batch?: Batch) => api.personImport(input, batch),
}));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => Promise.resolve([]) }));

const report = (
  problems: Problem[],
  imported = 0,
  more: Partial<ImportReport> = {},
): ImportReport => ({
  file: "staff.csv",
  format: "csv",
  encoding: "windows-1251",
  delimiter: ";",
  sha256: "x",
  rows: 3,
  mapping: [],
  problems,
  unknown_units: [],
  units_created: 0,
  imported,
  dry_run: imported === 0,
  ...more,
});

const org = (id: string, name: string, kind: Organisation["kind"], parent_id: string | null) => ({
  id,
  name,
  short_code: null,
  country: "UZ",
  kind,
  parent_id,
  created_at: "",
});

beforeEach(() => {
  setLocale("en");
  api.pick.mockReset().mockResolvedValue(picked("/home/u/staff.csv"));
  api.preview.mockReset().mockResolvedValue(preview);
  api.personImport.mockReset();
  orgs.list = [
    org("a", "Agency", "agency", null),
    org("a-hr", "Human resources", "unit", "a"),
    org("a-it", "IT department", "unit", "a"),
    org("b", "Border service", "agency", null),
    org("b-fin", "Finance", "unit", "b"),
  ];
});

async function openPreview() {
  render(ImportWizard);
  await fireEvent.click(screen.getByTestId("import-pick"));
  await screen.findByTestId("import-preview-table");
  await fireEvent.change(screen.getByTestId("import-org"), { target: { value: "a" } });
}

describe("import wizard", () => {
  it("reads nothing when the file dialog is cancelled", async () => {
    api.pick.mockResolvedValue(null);
    render(ImportWizard);
    await fireEvent.click(screen.getByTestId("import-pick"));
    await waitFor(() => expect(api.pick).toHaveBeenCalled());
    expect(api.preview).not.toHaveBeenCalled();
    expect(screen.queryByTestId("import-preview-table")).toBeNull();
  });

  it("shows the detected format and lets each column's mapping change", async () => {
    await openPreview();
    // The picked file's token, never its path, goes to Rust: for the preview and the import.
    expect(api.preview).toHaveBeenCalledWith("token:/home/u/staff.csv");
    expect(screen.getByTestId("import-file-info").textContent).toContain("windows-1251");
    expect(screen.getByTestId("import-delimiter").textContent).toBe(";");
    const third = screen.getByTestId("import-mapping-2") as HTMLSelectElement;
    expect(third.value).toBe("");
    await fireEvent.change(third, { target: { value: "email" } });
    api.personImport.mockResolvedValue(report([]));
    await fireEvent.click(screen.getByTestId("import-check"));
    await waitFor(() => expect(api.personImport).toHaveBeenCalled());
    expect(api.personImport.mock.calls[0][0]).toEqual({
      path: "token:/home/u/staff.csv",
      mapping: ["family_name", "given_name", "email"],
      organisation_id: "a",
      dry_run: true,
      force: false,
    });
  });

  it("lists every problem of a dry run by row and column, and keeps Import off", async () => {
    await openPreview();
    api.personImport.mockResolvedValue(
      report([{ row: 3, column: "Pochta", reason: { key: "not_an_email", value: "bad" } }]),
    );
    await fireEvent.click(screen.getByTestId("import-check"));
    const rows = await screen.findAllByTestId("import-problem-row");
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain("Pochta");
    expect(screen.getByTestId("import-problem-count").textContent).toBe(
      "1 problem; nothing was written.",
    );
    expect((screen.getByTestId("import-run") as HTMLButtonElement).disabled).toBe(true);
  });

  it("imports after a clean check, with progress, then sums up", async () => {
    await openPreview();
    api.personImport.mockResolvedValueOnce(report([]));
    await fireEvent.click(screen.getByTestId("import-check"));
    await screen.findByTestId("import-check-ok");
    let finish: (v: unknown) => void = () => {};
    api.personImport.mockImplementationOnce((_input: ImportInput, batch: Batch) => {
      batch.onProgress?.({ phase: "importing", done: 1, total: 3 });
      return new Promise((r) => (finish = r));
    });
    await fireEvent.click(screen.getByTestId("import-run"));
    expect((await screen.findByTestId("import-progress")).textContent).toContain("1 of 3");
    finish(report([], 3));
    expect((await screen.findByTestId("import-summary")).textContent).toContain(
      "3 people were imported.",
    );
  });

  it("offers to import a file again after already_imported", async () => {
    await openPreview();
    api.personImport.mockRejectedValueOnce({
      code: "already_imported",
      reason: { key: "already_imported", file: "staff.csv", at: "2026-12-01 09:00 UTC", rows: 3 },
    });
    await fireEvent.click(screen.getByTestId("import-check"));
    expect((await screen.findByTestId("import-error")).getAttribute("data-code")).toBe(
      "already_imported",
    );
    api.personImport.mockResolvedValueOnce(report([]));
    await fireEvent.click(screen.getByTestId("import-force"));
    await screen.findByTestId("import-check-ok");
    expect(api.personImport.mock.calls[1][0].force).toBe(true);
  });

  it("shows the problems of a rejected import", async () => {
    await openPreview();
    api.personImport.mockResolvedValueOnce(report([]));
    await fireEvent.click(screen.getByTestId("import-check"));
    await screen.findByTestId("import-check-ok");
    api.personImport.mockRejectedValueOnce({
      code: "import_rejected",
      reason: { key: "import_rejected", file: "staff.csv", problems: 1 },
      problems: [{ row: 2, column: "Ism", reason: { key: "required" } }],
    });
    await fireEvent.click(screen.getByTestId("import-run"));
    expect((await screen.findAllByTestId("import-problem-row"))[0].getAttribute("data-row")).toBe(
      "2",
    );
    expect(screen.getByTestId("import-error").getAttribute("data-code")).toBe("import_rejected");
  });

  describe("units the register does not have yet", () => {
    const unknown: UnknownUnit[] = [
      { organisation_id: "a", organisation: "Agency", name: "Kadrlar boʻlimi", rows: 2 },
      { organisation_id: "a", organisation: "Agency", name: "Xalqaro aloqalar", rows: 1 },
    ];
    const unitProblem = (row: number, unit: string): Problem => ({
      row,
      column: "Boʻlinma",
      reason: { key: "unit_unknown", unit, organisation: "Agency" },
    });
    const checkWithUnknownUnits = (others: Problem[] = []) =>
      report(
        [
          unitProblem(2, "Kadrlar boʻlimi"),
          unitProblem(3, "Kadrlar boʻlimi"),
          unitProblem(4, "Xalqaro aloqalar"),
          ...others,
        ],
        0,
        { unknown_units: unknown },
      );

    it("lists each unit with its organisation and rows, defaulting to create", async () => {
      await openPreview();
      api.personImport.mockResolvedValueOnce(checkWithUnknownUnits());
      await fireEvent.click(screen.getByTestId("import-check"));
      const panel = await screen.findByTestId("unknown-units");
      expect(panel.querySelector("h2")?.textContent).toBe("2 units are not in the register yet");
      const first = screen.getByTestId("unknown-unit-0").textContent;
      expect(first).toContain("Kadrlar boʻlimi");
      expect(first).toContain("Agency");
      expect(first).toContain("named in 2 rows");
      expect(screen.getByTestId("unknown-unit-1").textContent).toContain("named in 1 row");
      const choice = screen.getByTestId("unknown-unit-choice-0") as HTMLSelectElement;
      expect(choice.value).toBe("");
      expect(choice.selectedOptions[0].textContent?.trim()).toBe("Create it under Agency");
      // Only the organisation's own units are offered, not another organisation's.
      expect([...choice.options].map((o) => o.textContent?.trim())).toEqual([
        "Create it under Agency",
        "Human resources",
        "IT department",
      ]);
    });

    it("hides the problems the panel settles and lets the import go ahead", async () => {
      await openPreview();
      api.personImport.mockResolvedValueOnce(checkWithUnknownUnits());
      await fireEvent.click(screen.getByTestId("import-check"));
      await screen.findByTestId("unknown-units");
      expect(screen.queryByTestId("import-problems")).toBeNull();
      expect(screen.queryByTestId("import-problem-count")).toBeNull();
      expect((screen.getByTestId("import-run") as HTMLButtonElement).disabled).toBe(false);
    });

    it("still lists the other problems, and keeps Import off for them", async () => {
      await openPreview();
      api.personImport.mockResolvedValueOnce(
        checkWithUnknownUnits([
          { row: 5, column: "Pochta", reason: { key: "not_an_email", value: "bad" } },
        ]),
      );
      await fireEvent.click(screen.getByTestId("import-check"));
      await screen.findByTestId("unknown-units");
      const rows = screen.getAllByTestId("import-problem-row");
      expect(rows.map((r) => r.getAttribute("data-row"))).toEqual(["5"]);
      expect(screen.getByTestId("import-problem-count").textContent).toBe(
        "1 problem; nothing was written.",
      );
      expect((screen.getByTestId("import-run") as HTMLButtonElement).disabled).toBe(true);
    });

    it("imports with a decision for every unit, then counts the units created", async () => {
      await openPreview();
      api.personImport.mockResolvedValueOnce(checkWithUnknownUnits());
      await fireEvent.click(screen.getByTestId("import-check"));
      await screen.findByTestId("unknown-units");
      await fireEvent.change(screen.getByTestId("unknown-unit-choice-0"), {
        target: { value: "a-hr" },
      });
      api.personImport.mockResolvedValueOnce(report([], 3, { units_created: 1 }));
      await fireEvent.click(screen.getByTestId("import-run"));
      const summary = await screen.findByTestId("import-summary");
      const input = api.personImport.mock.calls[1][0] as ImportInput;
      expect(input.dry_run).toBe(false);
      expect(input.units).toEqual([
        { organisation_id: "a", name: "Kadrlar boʻlimi", use_unit_id: "a-hr" },
        { organisation_id: "a", name: "Xalqaro aloqalar", use_unit_id: null },
      ]);
      expect(summary.textContent).toContain("3 people were imported.");
      expect(screen.getByTestId("import-summary-units").textContent?.trim()).toBe(
        "1 new unit was created.",
      );
    });

    it("checks again with the decisions made, so those rows are checked in full", async () => {
      await openPreview();
      api.personImport.mockResolvedValueOnce(checkWithUnknownUnits());
      await fireEvent.click(screen.getByTestId("import-check"));
      await screen.findByTestId("unknown-units");
      await fireEvent.change(screen.getByTestId("unknown-unit-choice-1"), {
        target: { value: "a-it" },
      });
      api.personImport.mockResolvedValueOnce(report([], 0, { unknown_units: unknown }));
      await fireEvent.click(screen.getByTestId("import-check"));
      await screen.findByTestId("import-check-ok");
      expect((api.personImport.mock.calls[1][0] as ImportInput).units).toEqual([
        { organisation_id: "a", name: "Kadrlar boʻlimi", use_unit_id: null },
        { organisation_id: "a", name: "Xalqaro aloqalar", use_unit_id: "a-it" },
      ]);
      expect((screen.getByTestId("unknown-unit-choice-1") as HTMLSelectElement).value).toBe("a-it");
    });

    it("says nothing about units when none were created", async () => {
      await openPreview();
      api.personImport.mockResolvedValueOnce(report([]));
      await fireEvent.click(screen.getByTestId("import-check"));
      await screen.findByTestId("import-check-ok");
      expect(screen.queryByTestId("unknown-units")).toBeNull();
      api.personImport.mockResolvedValueOnce(report([], 3));
      await fireEvent.click(screen.getByTestId("import-run"));
      await screen.findByTestId("import-summary");
      expect(screen.queryByTestId("import-summary-units")).toBeNull();
      expect(api.personImport.mock.calls[1][0]).not.toHaveProperty("units");
    });
  });
});
