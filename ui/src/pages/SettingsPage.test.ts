import { render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Trainer } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { account, signInAs } from "$lib/testing/session";
import SettingsPage from "./SettingsPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("accounts");
});
vi.mock("$lib/api/maintenance", () => ({
  appStats: () =>
    Promise.resolve({
      organisations: 1,
      people: 2,
      activities: 0,
      sessions: 0,
      marks: 0,
      audit_entries: 0,
    }),
  databaseBackup: vi.fn(),
  databaseRestore: vi.fn(),
}));
vi.mock("$lib/api/account", () => ({
  accountList: () => api.accounts(),
  accountMe: vi.fn(),
  accountSignIn: vi.fn(),
  accountSignOut: vi.fn(),
  accountCreate: vi.fn(),
  accountUpdate: vi.fn(),
  accountPasswordChange: vi.fn(),
  accountPasswordReset: vi.fn(),
}));
const tohir: Trainer = {
  id: "t1",
  person_id: null,
  name: "Aliyev Tohir",
  affiliation: null,
  expertise: null,
};
vi.mock("$lib/api/desk", () => ({
  deskStatus: () =>
    Promise.resolve({
      open: "file",
      file: "/data/malaka.db",
      team: null,
      needsPassword: false,
      problem: null,
      keyring: true,
      passwordKept: false,
    }),
  deskTest: vi.fn(),
  deskConnect: vi.fn(),
  deskUseFile: vi.fn(),
  deskMove: vi.fn(),
}));
vi.mock("$lib/api/trainer", () => ({ trainerList: () => Promise.resolve([tohir]) }));
vi.mock("$lib/api/venue", () => ({ venueList: () => Promise.resolve([]) }));
vi.mock("$lib/api/signingKey", () => ({
  PASSPHRASE_MIN: 12,
  signingKeyList: () =>
    Promise.resolve([
      {
        key_id: "0123456789abcdef",
        public_key: "ab".repeat(32),
        valid_from: "2026-11-01T10:00:00Z",
        retired_at: null,
        in_use: true,
        protected: true,
      },
    ]),
  signingKeyRotate: vi.fn(),
  signingKeyRetire: vi.fn(),
  signingKeyProtect: vi.fn(),
}));

beforeEach(() => {
  setLocale("en");
  api.accounts.mockReset().mockResolvedValue([account("admin", "administrator")]);
});

describe("the settings page, by role", () => {
  it("gives the administrator backups, accounts and their own password", async () => {
    render(SettingsPage);
    expect(screen.getByTestId("team-panel")).toBeTruthy();
    expect(await screen.findByTestId("team-move")).toBeTruthy();
    expect(screen.getByTestId("backup-panel")).toBeTruthy();
    expect(screen.getByTestId("accounts-panel")).toBeTruthy();
    expect(screen.getByTestId("password-panel")).toBeTruthy();
    expect(screen.getByTestId("trainer-add")).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("account-row-admin")).toBeTruthy());
    expect(screen.getByTestId("key-row-0123456789abcdef")).toBeTruthy();
    expect(screen.getByTestId("key-rotate-save")).toBeTruthy();
    expect(screen.getByTestId("key-retire-0123456789abcdef")).toBeTruthy();
  });

  it("gives a viewer their own password and the lists to read, nothing more", async () => {
    signInAs("viewer");
    render(SettingsPage);
    expect(screen.getByTestId("password-panel")).toBeTruthy();
    // Which register the desk works on is everyone's to see; moving it is an administrator's.
    expect((await screen.findByTestId("team-current")).textContent).toContain("/data/malaka.db");
    expect(screen.queryByTestId("team-move")).toBeNull();
    expect(screen.queryByTestId("backup-panel")).toBeNull();
    expect(screen.queryByTestId("accounts-panel")).toBeNull();
    expect(api.accounts).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId("trainer-row-0")).toBeTruthy());
    expect(screen.queryByTestId("trainer-add")).toBeNull();
    expect(screen.queryByTestId("trainer-edit-0")).toBeNull();
    expect(screen.queryByTestId("venue-add")).toBeNull();
    // Everyone sees the signing keys; only an administrator changes them.
    expect(screen.getByTestId("key-row-0123456789abcdef")).toBeTruthy();
    expect(screen.queryByTestId("key-rotate-save")).toBeNull();
    expect(screen.queryByTestId("key-retire-0123456789abcdef")).toBeNull();
  });

  it("lets an HR officer keep the trainers and venues", () => {
    signInAs("hr_officer");
    render(SettingsPage);
    expect(screen.getByTestId("trainer-add")).toBeTruthy();
    expect(screen.getByTestId("venue-add")).toBeTruthy();
    expect(screen.queryByTestId("accounts-panel")).toBeNull();
  });
});
