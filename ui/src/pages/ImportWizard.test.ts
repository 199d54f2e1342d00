import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Batch } from "$lib/api/job";
import type { ImportInput, ImportPreview, Problem } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { orgs } from "$lib/orgs/store.svelte";
import ImportWizard from "./ImportWizard.svelte";

const api = vi.hoisted(() => ({
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
  pickImportFile: () => Promise.resolve("/home/u/staff.csv"),
  personImportPreview: () => Promise.resolve(preview),
  personImport: (input: ImportInput, batch?: Batch) => api.personImport(input, batch),
}));
vi.mock("$lib/api/organisation", () => ({ organisationList: () => Promise.resolve([]) }));

const report = (problems: Problem[], imported = 0) => ({
  file: "staff.csv",
  format: "csv",
  encoding: "windows-1251",
  delimiter: ";",
  sha256: "x",
  rows: 3,
  mapping: [],
  problems,
  imported,
  dry_run: imported === 0,
});

beforeEach(() => {
  setLocale("en");
  api.personImport.mockReset();
  orgs.list = [
    {
      id: "a",
      name: "Agency",
      short_code: null,
      country: "UZ",
      kind: "agency",
      parent_id: null,
      created_at: "",
    },
  ];
});

async function openPreview() {
  render(ImportWizard);
  await fireEvent.click(screen.getByTestId("import-pick"));
  await screen.findByTestId("import-preview-table");
  await fireEvent.change(screen.getByTestId("import-org"), { target: { value: "a" } });
}

describe("import wizard", () => {
  it("shows the detected format and lets each column's mapping change", async () => {
    await openPreview();
    expect(screen.getByTestId("import-file-info").textContent).toContain("windows-1251");
    expect(screen.getByTestId("import-delimiter").textContent).toBe(";");
    const third = screen.getByTestId("import-mapping-2") as HTMLSelectElement;
    expect(third.value).toBe("");
    await fireEvent.change(third, { target: { value: "email" } });
    api.personImport.mockResolvedValue(report([]));
    await fireEvent.click(screen.getByTestId("import-check"));
    await waitFor(() => expect(api.personImport).toHaveBeenCalled());
    expect(api.personImport.mock.calls[0][0]).toEqual({
      path: "/home/u/staff.csv",
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
});
