import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { session } from "$lib/session.svelte";
import { fill, valueOf } from "$lib/testing/form";
import { signedInAs } from "$lib/testing/session";
import PasswordPanel from "./PasswordPanel.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("change", "me");
});
vi.mock("$lib/api/account", () => ({
  accountPasswordChange: (current: string, next: string) => api.change(current, next),
  accountMe: () => api.me(),
  accountSignIn: vi.fn(),
  accountSignOut: vi.fn(),
}));

beforeEach(() => {
  setLocale("en");
  session.signedIn(signedInAs("manager"));
  api.change.mockReset().mockResolvedValue(null);
  api.me.mockReset().mockResolvedValue(signedInAs("manager"));
});

const save = () => fireEvent.click(screen.getByTestId("password-save"));

describe("my password", () => {
  it("refuses two different new passwords without asking the server", async () => {
    render(PasswordPanel);
    await fill("password-current", "the old one");
    await fill("password-new", "a new password");
    await fill("password-again", "a new passwort");
    await save();
    expect(screen.getByTestId("password-error-again").textContent).toBe(
      "The two passwords are not the same.",
    );
    expect(screen.getByTestId("password-again").getAttribute("aria-invalid")).toBe("true");
    expect(api.change).not.toHaveBeenCalled();
  });

  it("asks for at least eight characters", async () => {
    render(PasswordPanel);
    await fill("password-current", "the old one");
    await fill("password-new", "short");
    await fill("password-again", "short");
    await save();
    expect(screen.getByTestId("password-error-new").textContent).toBe(
      "A password needs at least 8 characters.",
    );
    expect(api.change).not.toHaveBeenCalled();
  });

  it("changes the password, then empties the fields and says so", async () => {
    render(PasswordPanel);
    await fill("password-current", "the old one");
    await fill("password-new", "a new password");
    await fill("password-again", "a new password");
    await save();
    expect((await screen.findByTestId("password-notice")).textContent).toBe(
      "Your password was changed.",
    );
    expect(api.change).toHaveBeenCalledWith("the old one", "a new password");
    expect(valueOf("password-new")).toBe("");
    expect(api.me).toHaveBeenCalled();
  });

  it("puts a wrong current password beside it", async () => {
    api.change.mockRejectedValue({
      code: "invalid",
      field: "current_password",
      reason: { key: "wrong_password" },
    });
    render(PasswordPanel);
    await fill("password-current", "not it");
    await fill("password-new", "a new password");
    await fill("password-again", "a new password");
    await save();
    expect((await screen.findByTestId("password-error-current")).textContent).toBe(
      "The current password is wrong.",
    );
  });

  it("asks no current password of an account without one, and the app learns it has one", async () => {
    const first = signedInAs("administrator", {}, false);
    session.signedIn(first);
    api.me.mockResolvedValue(signedInAs("administrator", {}, true));
    render(PasswordPanel);
    expect(screen.queryByTestId("password-current")).toBeNull();
    expect(screen.getByTestId("password-panel").textContent).toContain("has no password yet");
    expect(screen.getByTestId("password-save").textContent?.trim()).toBe("Set password");
    await fill("password-new", "a new password");
    await fill("password-again", "a new password");
    await save();
    await waitFor(() => expect(session.account?.has_password).toBe(true));
    expect(api.change).toHaveBeenCalledWith("", "a new password");
    expect(session.current?.sign_in_required).toBe(true);
    expect(screen.getByTestId("password-current")).toBeTruthy();
  });
});
