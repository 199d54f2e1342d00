import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pickFolder, pickOpenFile, pickSaveFile, type Picked } from "./dialog";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

type E2e = { __malakaE2ePick?: unknown; __malakaE2eSave?: unknown };
const e2e = globalThis as E2e;

const picked: Picked = { token: "0f1e2d3c4b5a69788796a5b4c3d2e1f0", path: "/home/u/file.pdf" };

beforeEach(() => {
  invoke.mockReset().mockResolvedValue(picked);
});
afterEach(() => {
  delete e2e.__malakaE2ePick;
  delete e2e.__malakaE2eSave;
});

describe("the dialogs open in Rust and answer with a token", () => {
  it("asks Rust for a file to open, of the given types", async () => {
    expect(await pickOpenFile("Choose a file", "Tables", ["csv", "xlsx"])).toEqual(picked);
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith("pick_open_file", {
      title: "Choose a file",
      filterName: "Tables",
      extensions: ["csv", "xlsx"],
    });
  });

  it("asks Rust for a folder", async () => {
    expect(await pickFolder("Choose a folder")).toEqual(picked);
    expect(invoke).toHaveBeenCalledWith("pick_folder", { title: "Choose a folder" });
  });

  it("asks Rust where to save, proposing the default name", async () => {
    expect(await pickSaveFile("Save", "PDF documents", "sheet 2025-03-10.pdf")).toEqual(picked);
    expect(invoke).toHaveBeenCalledWith("pick_save_file", {
      title: "Save",
      filterName: "PDF documents",
      defaultName: "sheet 2025-03-10.pdf",
    });
  });

  it("answers null when the user cancels", async () => {
    invoke.mockResolvedValue(null);
    expect(await pickOpenFile("Open", "Pictures", ["png"])).toBeNull();
    expect(await pickFolder("Folder")).toBeNull();
    expect(await pickSaveFile("Save", "PDF", "x.pdf")).toBeNull();
  });

  it("rejects with an ApiError when the dialog fails", async () => {
    invoke.mockRejectedValue({
      code: "storage",
      reason: { key: "storage", log: "the dialog gave no file path" },
    });
    await expect(pickSaveFile("Save", "PDF", "x.pdf")).rejects.toEqual({
      code: "storage",
      reason: { key: "storage", log: "the dialog gave no file path" },
    });
    invoke.mockRejectedValue(new Error("boom"));
    await expect(pickOpenFile("Open", "PDF", ["pdf"])).rejects.toEqual({
      code: "internal",
      reason: { key: "unexpected" },
    });
  });
});

describe("the end-to-end suite's files", () => {
  it("takes the suite's file to open or folder through e2e_pick, with no dialog", async () => {
    e2e.__malakaE2ePick = "/tmp/e2e/people.csv";
    expect(await pickOpenFile("Open", "Tables", ["csv"])).toEqual(picked);
    expect(invoke).toHaveBeenLastCalledWith("e2e_pick", {
      path: "/tmp/e2e/people.csv",
      purpose: "read",
    });
    e2e.__malakaE2ePick = "/tmp/e2e/certificates";
    expect(await pickFolder("Folder")).toEqual(picked);
    expect(invoke).toHaveBeenLastCalledWith("e2e_pick", {
      path: "/tmp/e2e/certificates",
      purpose: "folder",
    });
    expect(invoke).toHaveBeenCalledTimes(2);
    // The open hook names no file to save.
    await pickSaveFile("Save", "PDF", "x.pdf");
    expect(invoke).toHaveBeenLastCalledWith("pick_save_file", expect.anything());
  });

  it("takes the suite's file to save through e2e_pick, with no dialog", async () => {
    e2e.__malakaE2eSave = "/tmp/e2e/sheet.pdf";
    expect(await pickSaveFile("Save", "PDF", "x.pdf")).toEqual(picked);
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith("e2e_pick", {
      path: "/tmp/e2e/sheet.pdf",
      purpose: "write",
    });
    // The save hook names no file to open.
    await pickOpenFile("Open", "PDF", ["pdf"]);
    expect(invoke).toHaveBeenLastCalledWith("pick_open_file", expect.anything());
  });

  it("opens the dialog when a hook is not a string", async () => {
    e2e.__malakaE2eSave = true;
    e2e.__malakaE2ePick = null;
    await pickSaveFile("Save", "PDF", "x.pdf");
    await pickFolder("Folder");
    expect(invoke.mock.calls.map((c) => c[0])).toEqual(["pick_save_file", "pick_folder"]);
  });
});

describe("each area's pickers and the commands they feed", () => {
  it("open only the file types each area reads", async () => {
    const { pickImportFile } = await import("./personImport");
    const { pickLogoFile } = await import("./organisation");
    const { pickVerifyFile, pickRevocationList } = await import("./certificate");
    await pickImportFile("Import", "Tables");
    expect(invoke).toHaveBeenLastCalledWith("pick_open_file", {
      title: "Import",
      filterName: "Tables",
      extensions: ["csv", "txt", "xlsx", "xls", "ods"],
    });
    await pickLogoFile("Logo", "Pictures");
    expect(invoke).toHaveBeenLastCalledWith("pick_open_file", {
      title: "Logo",
      filterName: "Pictures",
      extensions: ["png", "jpg", "jpeg", "svg"],
    });
    await pickVerifyFile("Verify", "Certificates");
    expect(invoke).toHaveBeenLastCalledWith("pick_open_file", {
      title: "Verify",
      filterName: "Certificates",
      extensions: ["pdf", "png", "jpg", "jpeg"],
    });
    expect(await pickRevocationList("List", "JSON")).toEqual(picked);
    expect(invoke).toHaveBeenLastCalledWith("pick_open_file", {
      title: "List",
      filterName: "JSON",
      extensions: ["json"],
    });
  });

  it("hand the picked file's token to the command, in its `path` argument", async () => {
    const m = await import("./maintenance");
    const o = await import("./organisation");
    const pi = await import("./personImport");
    const { auditFileSave } = await import("./audit");
    const pe = await import("./planExport");
    const { token } = picked;
    invoke.mockResolvedValue(null);
    await m.fileOpen(token);
    expect(invoke).toHaveBeenLastCalledWith("file_open", { path: token });
    await m.databaseBackup(token);
    expect(invoke).toHaveBeenLastCalledWith("database_backup", { path: token });
    await m.databaseRestore(token);
    expect(invoke).toHaveBeenLastCalledWith("database_restore", { path: token });
    await o.organisationLogoSet("DXA", token);
    expect(invoke).toHaveBeenLastCalledWith("organisation_logo_set", { org: "DXA", path: token });
    await pi.personImportPreview(token);
    expect(invoke).toHaveBeenLastCalledWith("person_import_preview", { path: token });
    const filter = { actor: "admin", from: "2027-01-01", to: "2027-01-31" };
    await auditFileSave(filter, "csv", "ru", token);
    expect(invoke).toHaveBeenLastCalledWith("audit_file_save", {
      filter,
      format: "csv",
      locale: "ru",
      path: token,
    });
    await pe.scheduleIcsSave({ personId: "p1" }, token);
    expect(invoke).toHaveBeenLastCalledWith("schedule_ics_save", {
      activityId: null,
      personId: "p1",
      path: token,
    });
    await pe.participantsSave("a1", "xlsx", token);
    expect(invoke).toHaveBeenLastCalledWith("participants_save", {
      activityId: "a1",
      format: "xlsx",
      locale: expect.any(String),
      path: token,
    });
  });
});
