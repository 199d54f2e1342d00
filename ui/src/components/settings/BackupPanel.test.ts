import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { fileError } from "$lib/testing/apiErrors";
import { fill } from "$lib/testing/form";
import KeyUnlockDialog from "../KeyUnlockDialog.svelte";
import BackupPanel from "./BackupPanel.svelte";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("pickSave", "pickOpen", "backup", "restore", "unlock");
});
vi.mock("$lib/api/signingKey", () => ({
  signingKeyUnlock: (passphrase: string) => api.unlock(passphrase),
}));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (title: string, filter: string, name: string) => api.pickSave(title, filter, name),
  pickOpenFile: (title: string, filter: string, ext: string[]) => api.pickOpen(title, filter, ext),
}));
vi.mock("$lib/api/maintenance", () => ({
  databaseBackup: (path: string) => api.backup(path),
  databaseRestore: (path: string) => api.restore(path),
}));

beforeEach(() => {
  setLocale("en");
  for (const fn of Object.values(api)) fn.mockReset();
});

const click = (testid: string) => fireEvent.click(screen.getByTestId(testid));

describe("backing up", () => {
  it("unlocks a locked signing key (the backup seals the audit log), then backs up", async () => {
    api.pickSave.mockResolvedValue(picked("/home/u/b.db"));
    api.backup
      .mockRejectedValueOnce({ code: "refused", reason: { key: "signing_key_locked" } })
      .mockResolvedValueOnce(2048);
    api.unlock.mockResolvedValue({});
    render(KeyUnlockDialog);
    render(BackupPanel);
    await click("backup-save");
    await fill("key-unlock-passphrase", "the agency passphrase");
    await click("key-unlock-submit");
    expect((await screen.findByTestId("backup-result")).textContent).toContain("/home/u/b.db");
    expect(api.backup).toHaveBeenCalledTimes(2);
    expect(api.unlock).toHaveBeenCalledWith("the agency passphrase");
  });

  it("proposes a dated name, writes the backup there and says where and how large", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2025, 2, 9, 10, 0));
    api.pickSave.mockResolvedValue(picked("/home/u/malaka-backup-2025-03-09.db"));
    api.backup.mockResolvedValue(12.5 * 1024 * 1024);
    render(BackupPanel);
    await click("backup-save");
    const result = await screen.findByTestId("backup-result");
    vi.useRealTimers();
    expect(api.pickSave).toHaveBeenCalledWith(
      "Save the backup",
      "Malaka backups",
      "malaka-backup-2025-03-09.db",
    );
    expect(api.backup).toHaveBeenCalledWith("token:/home/u/malaka-backup-2025-03-09.db");
    expect(result.textContent).toContain(
      "The backup was saved: /home/u/malaka-backup-2025-03-09.db (12.5 MB)",
    );
    // A database is nothing to view: no Open button.
    expect(screen.queryByTestId("open-file")).toBeNull();
  });

  it("words a refusal to overwrite a file", async () => {
    api.pickSave.mockResolvedValue(picked("/home/u/old.db"));
    api.backup.mockRejectedValue(fileError("file_exists", "/home/u/old.db"));
    render(BackupPanel);
    await click("backup-save");
    const banner = await screen.findByTestId("backup-error");
    expect(banner.textContent).toContain("/home/u/old.db already exists; choose a new file name.");
    expect(screen.queryByTestId("backup-result")).toBeNull();
  });
});

describe("restoring", () => {
  async function pickBackup(path = "/media/usb/malaka-backup.db") {
    api.pickOpen.mockResolvedValue(picked(path));
    render(BackupPanel);
    await click("restore-pick");
    return screen.findByTestId("restore-confirm");
  }

  it("asks before restoring, saying what will happen, then restores the chosen file", async () => {
    api.restore.mockReturnValue(new Promise(() => {})); // the app restarts instead
    await pickBackup();
    expect(api.pickOpen).toHaveBeenCalledWith("Choose the backup to restore", "Malaka backups", [
      "db",
    ]);
    const panel = screen.getByTestId("backup-panel");
    expect(panel.textContent).toContain("Restore the register from /media/usb/malaka-backup.db?");
    expect(panel.textContent).toContain("current register will be replaced by the backup");
    expect(panel.textContent).toContain("kept beside the restored one");
    expect(panel.textContent).toContain("Malaka will restart");
    expect(document.activeElement).toBe(screen.getByTestId("restore-keep"));
    expect(api.restore).not.toHaveBeenCalled();

    await click("restore-confirm");
    expect(api.restore).toHaveBeenCalledWith("token:/media/usb/malaka-backup.db");
    expect(screen.getByTestId("restore-confirm").textContent?.trim()).toBe(
      "Checking and restoring…",
    );
    expect((screen.getByTestId("restore-keep") as HTMLButtonElement).disabled).toBe(true);
  });

  it("keeps the current register when asked to, restoring nothing", async () => {
    await pickBackup();
    await click("restore-keep");
    expect(screen.queryByTestId("restore-confirm")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("restore-pick")));
    expect(api.restore).not.toHaveBeenCalled();
  });

  it("asks nothing when the open dialog is cancelled", async () => {
    api.pickOpen.mockResolvedValue(null);
    render(BackupPanel);
    await click("restore-pick");
    await waitFor(() => expect(api.pickOpen).toHaveBeenCalled());
    expect(screen.queryByTestId("restore-confirm")).toBeNull();
  });

  it.each([
    ["not_a_backup", "/tmp/notes.db is not a Malaka backup."],
    [
      "backup_from_newer_version",
      "/tmp/notes.db was made by a newer version of Malaka; update Malaka to restore it.",
    ],
    ["database_in_use", "/tmp/notes.db is open in another program; close it first."],
    ["file_not_found", "/tmp/notes.db: no such file."],
  ] as const)("words the refusal %s and lets the user pick again", async (key, words) => {
    api.restore.mockRejectedValue(fileError(key, "/tmp/notes.db"));
    await pickBackup("/tmp/notes.db");
    await click("restore-confirm");
    const banner = await screen.findByTestId("restore-error");
    expect(banner.textContent).toContain(words);
    expect(screen.queryByTestId("restore-confirm")).toBeNull();
    expect(screen.getByTestId("restore-pick")).toBeTruthy();
  });

  it("words a damaged backup", async () => {
    api.restore.mockRejectedValue({
      code: "damaged",
      reason: { key: "database_damaged", file: "/tmp/b.db", log: "/var/log/malaka.log" },
    });
    await pickBackup("/tmp/b.db");
    await click("restore-confirm");
    const banner = await screen.findByTestId("restore-error");
    expect(banner.dataset.code).toBe("damaged");
    expect(banner.textContent).toContain("Malaka found damage in /tmp/b.db.");
  });
});
