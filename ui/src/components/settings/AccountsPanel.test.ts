import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AccountChange, NewAccount, Trainer } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { session } from "$lib/session.svelte";
import { fill, saveAndClose, valueOf } from "$lib/testing/form";
import { account, signedInAs } from "$lib/testing/session";
import AccountsPanel from "./AccountsPanel.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list", "create", "update", "reset", "me", "trainers");
});
vi.mock("$lib/api/account", () => ({
  accountList: () => api.list(),
  accountCreate: (input: NewAccount) => api.create(input),
  accountUpdate: (id: string, input: AccountChange) => api.update(id, input),
  accountPasswordReset: (id: string, next: string) => api.reset(id, next),
  accountMe: () => api.me(),
  accountSignIn: vi.fn(),
  accountSignOut: vi.fn(),
}));
vi.mock("$lib/api/trainer", () => ({ trainerList: () => api.trainers() }));

const aliyev: Trainer = {
  id: "t1",
  person_id: null,
  name: "Aliyev Tohir",
  affiliation: null,
  expertise: null,
};
const admin = account("admin", "administrator");
const manager = account("m.rahimova", "manager", { name: "Rahimova Malika" });
const locked = account("t.aliyev", "trainer", {
  name: "Aliyev Tohir",
  trainer_id: "t1",
  locked_until: "2999-01-01T10:00:00Z",
});
const gone = account("old.hr", "hr_officer", { name: "Old HR", disabled: true });

beforeEach(() => {
  setLocale("en");
  session.signedIn({ ...signedInAs("administrator"), account: admin });
  api.list.mockReset().mockResolvedValue([gone, manager, admin, locked]);
  api.create.mockReset();
  api.update.mockReset();
  api.reset.mockReset().mockResolvedValue(null);
  api.me.mockReset();
  api.trainers.mockReset().mockResolvedValue([aliyev]);
});

const row = (login: string) => screen.getByTestId(`account-row-${login}`);
const listed = () => waitFor(() => expect(screen.getAllByTestId(/^account-row-/)).toHaveLength(4));

describe("accounts panel", () => {
  it("lists accounts in use by name, each with its login, role and state", async () => {
    render(AccountsPanel);
    await listed();
    const logins = screen.getAllByTestId(/^account-row-/).map((li) => li.dataset.testid);
    expect(logins).toEqual([
      "account-row-admin",
      "account-row-t.aliyev",
      "account-row-m.rahimova",
      "account-row-old.hr",
    ]);
    expect(row("admin").textContent).toContain("admin · Administrator · you");
    expect(row("m.rahimova").textContent).toContain("m.rahimova · Manager");
    expect(row("t.aliyev").textContent).toContain("Trainer · Aliyev Tohir · Locked until");
    expect(row("old.hr").textContent).toContain("HR officer · Disabled");
  });

  it("offers the five roles, each worded, and says what the chosen one may do", async () => {
    render(AccountsPanel);
    await fireEvent.click(screen.getByTestId("account-add"));
    const role = screen.getByTestId("account-form-role") as HTMLSelectElement;
    expect([...role.options].map((o) => [o.value, o.text])).toEqual([
      ["administrator", "Administrator"],
      ["hr_officer", "HR officer"],
      ["manager", "Manager"],
      ["trainer", "Trainer"],
      ["viewer", "Viewer"],
    ]);
    await fireEvent.change(role, { target: { value: "viewer" } });
    expect(screen.getByTestId("accounts-panel").textContent).toContain("changes nothing");
  });

  it("asks a trainer's account for its trainer, and sends it with the account", async () => {
    api.create.mockResolvedValue(
      account("t.karimov", "trainer", { name: "Karimov Tohir", trainer_id: "t1" }),
    );
    render(AccountsPanel);
    await listed();
    await fireEvent.click(screen.getByTestId("account-add"));
    expect(screen.queryByTestId("account-form-trainer")).toBeNull();
    await fill("account-form-login", "T.Karimov");
    await fill("account-form-name", "Karimov Tohir");
    await fireEvent.change(screen.getByTestId("account-form-role"), {
      target: { value: "trainer" },
    });
    await fill("account-form-password", "a long password");
    await fireEvent.click(screen.getByTestId("account-save"));
    expect(screen.getByTestId("account-error-trainer_id").textContent).toBe(
      "Choose the trainer this account records attendance for.",
    );
    expect(api.create).not.toHaveBeenCalled();

    const trainer = screen.getByTestId("account-form-trainer") as HTMLSelectElement;
    expect([...trainer.options].map((o) => o.text)).toEqual(["Choose a trainer…", "Aliyev Tohir"]);
    await fireEvent.change(trainer, { target: { value: "t1" } });
    await saveAndClose("account-");
    expect(api.create).toHaveBeenCalledWith({
      login: "t.karimov",
      name: "Karimov Tohir",
      role: "trainer",
      trainer_id: "t1",
      password: "a long password",
    });
    expect(screen.getByTestId("account-notice").textContent).toBe("Account Karimov Tohir saved.");
    expect(row("t.karimov")).toBeTruthy();
  });

  it("checks the login and the first password before asking the server", async () => {
    render(AccountsPanel);
    await fireEvent.click(screen.getByTestId("account-add"));
    await fill("account-form-login", "dilnoza k");
    await fill("account-form-name", "Karimova Dilnoza");
    await fill("account-form-password", "short");
    await fireEvent.click(screen.getByTestId("account-save"));
    expect(screen.getByTestId("account-error-login").textContent).toContain(
      "“dilnoza k” cannot be a login",
    );
    expect(screen.getByTestId("account-error-password").textContent).toBe(
      "A password needs at least 8 characters.",
    );
    expect(api.create).not.toHaveBeenCalled();
  });

  it("puts a taken login beside the login", async () => {
    api.create.mockRejectedValue({
      code: "duplicate",
      field: "login",
      reason: { key: "login_taken", login: "admin" },
    });
    render(AccountsPanel);
    await fireEvent.click(screen.getByTestId("account-add"));
    await fill("account-form-login", "admin");
    await fill("account-form-name", "Second admin");
    await fill("account-form-password", "a long password");
    await fireEvent.click(screen.getByTestId("account-save"));
    expect((await screen.findByTestId("account-error-login")).textContent).toBe(
      "The login “admin” is already taken.",
    );
  });

  it("edits an account without its login, and a new password also unlocks it", async () => {
    api.update.mockResolvedValue({ ...locked, locked_until: null, name: "Aliyev Tohir R." });
    render(AccountsPanel);
    await listed();
    await fireEvent.click(screen.getByTestId("account-edit-t.aliyev"));
    const form = screen.getByTestId("account-form");
    expect(form.textContent).toContain("Edit account: Aliyev Tohir");
    expect(screen.queryByTestId("account-form-login")).toBeNull();
    expect(valueOf("account-form-role")).toBe("trainer");
    expect(valueOf("account-form-trainer")).toBe("t1");
    expect(within(form).getByText(/Leave empty to keep the current password/)).toBeTruthy();
    await fill("account-form-name", "Aliyev Tohir R.");
    await fill("account-form-password", "a new password");
    await saveAndClose("account-");
    expect(api.reset).toHaveBeenCalledWith("acc-t.aliyev", "a new password");
    expect(api.update).toHaveBeenCalledWith("acc-t.aliyev", {
      name: "Aliyev Tohir R.",
      role: "trainer",
      trainer_id: "t1",
      disabled: false,
    });
    expect(row("t.aliyev").textContent).not.toContain("Locked");
  });

  it("disables an account, keeping its password when none is typed", async () => {
    api.update.mockResolvedValue({ ...manager, disabled: true });
    render(AccountsPanel);
    await listed();
    await fireEvent.click(screen.getByTestId("account-edit-m.rahimova"));
    await fireEvent.click(screen.getByTestId("account-form-disabled"));
    await saveAndClose("account-");
    expect(api.reset).not.toHaveBeenCalled();
    expect(api.update).toHaveBeenCalledWith("acc-m.rahimova", {
      name: "Rahimova Malika",
      role: "manager",
      trainer_id: null,
      disabled: true,
    });
  });

  it("says over the form when the last administrator would be lost", async () => {
    api.update.mockRejectedValue({ code: "refused", reason: { key: "last_administrator" } });
    render(AccountsPanel);
    await listed();
    await fireEvent.click(screen.getByTestId("account-edit-admin"));
    await fireEvent.change(screen.getByTestId("account-form-role"), {
      target: { value: "viewer" },
    });
    await fireEvent.click(screen.getByTestId("account-save"));
    expect((await screen.findByTestId("account-form-error")).textContent).toContain(
      "at least one administrator who can sign in",
    );
  });

  it("asks an administrator without a password to set one before adding accounts", async () => {
    session.signedIn(signedInAs("administrator", {}, false));
    render(AccountsPanel);
    const add = screen.getByTestId("account-add") as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    const note = screen.getByTestId("accounts-blocked");
    expect(note.textContent).toContain("set your own password under “My password” below");
    expect(add.getAttribute("aria-describedby")).toBe(note.id);
  });

  it("speaks the user's language", async () => {
    setLocale("uz-Latn");
    render(AccountsPanel);
    await listed();
    expect(screen.getByTestId("account-add").textContent?.trim()).toBe(
      "Hisob qaydnomasini qoʻshish",
    );
    expect(row("m.rahimova").textContent).toContain("m.rahimova · Rahbar");
  });
});
