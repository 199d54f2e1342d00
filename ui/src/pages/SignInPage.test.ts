import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { session } from "$lib/session.svelte";
import { fill, valueOf } from "$lib/testing/form";
import { signedInAs } from "$lib/testing/session";
import SignInPage from "./SignInPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("signIn");
});
vi.mock("$lib/api/account", () => ({
  accountSignIn: (login: string, password: string) => api.signIn(login, password),
  accountMe: vi.fn(),
  accountSignOut: vi.fn(),
}));

const onSignedIn = vi.fn();

beforeEach(() => {
  setLocale("en");
  session.signedOut();
  api.signIn.mockReset();
  onSignedIn.mockReset();
});

/** Presses Enter in the field with `testid`, as a user would (the form submits). */
async function enter(testid: string) {
  const field = screen.getByTestId(testid);
  await fireEvent.keyDown(field, { key: "Enter" });
  await fireEvent.submit(field.closest("form")!);
}

describe("the sign-in screen", () => {
  it("starts with the cursor in the login field", async () => {
    render(SignInPage, { onSignedIn });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("sign-in-login")));
    expect(screen.getByTestId("sign-in-password").getAttribute("type")).toBe("password");
    expect(screen.getByTestId("sign-in-login").getAttribute("autocomplete")).toBe("username");
  });

  it("signs in on Enter and tells the app", async () => {
    api.signIn.mockResolvedValue(signedInAs("manager"));
    render(SignInPage, { onSignedIn });
    await fill("sign-in-login", "m.rahimov");
    await fill("sign-in-password", "a long password");
    await enter("sign-in-password");
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(api.signIn).toHaveBeenCalledWith("m.rahimov", "a long password");
    expect(session.status).toBe("in");
  });

  it("asks for both fields before asking the server", async () => {
    render(SignInPage, { onSignedIn });
    await fill("sign-in-login", "admin");
    await fireEvent.click(screen.getByTestId("sign-in-submit"));
    expect(screen.getByTestId("sign-in-error").textContent?.trim()).toBe(
      "Enter your login and password.",
    );
    expect(api.signIn).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByTestId("sign-in-password")),
    );
  });

  it("words a refusal through its reason and asks for the password again", async () => {
    api.signIn.mockRejectedValue({ code: "sign_in", reason: { key: "wrong_sign_in" } });
    render(SignInPage, { onSignedIn });
    await fill("sign-in-login", "admin");
    await fill("sign-in-password", "wrong one");
    await fireEvent.click(screen.getByTestId("sign-in-submit"));
    const error = await screen.findByTestId("sign-in-error");
    expect(error.textContent?.trim()).toBe("The login or the password is wrong.");
    expect(error.getAttribute("role")).toBe("alert");
    expect(valueOf("sign-in-password")).toBe("");
    expect(valueOf("sign-in-login")).toBe("admin");
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByTestId("sign-in-password")),
    );
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it("says when a locked account may try again, in the user's language", async () => {
    api.signIn.mockRejectedValue({
      code: "sign_in",
      reason: { key: "account_locked", until: "2026-12-06 21:47 UTC" },
    });
    setLocale("uz-Latn");
    render(SignInPage, { onSignedIn });
    expect(screen.getByTestId("sign-in-submit").textContent?.trim()).toBe("Kirish");
    await fill("sign-in-login", "admin");
    await fill("sign-in-password", "wrong one");
    await fireEvent.click(screen.getByTestId("sign-in-submit"));
    expect((await screen.findByTestId("sign-in-error")).textContent).toContain(
      "2026-12-06 21:47 UTC gacha qulflangan",
    );
  });

  it("shows another failure as an error with its heading", async () => {
    api.signIn.mockRejectedValue({ code: "storage", reason: { key: "storage", log: "" } });
    render(SignInPage, { onSignedIn });
    await fill("sign-in-login", "admin");
    await fill("sign-in-password", "whatever1");
    await fireEvent.click(screen.getByTestId("sign-in-submit"));
    expect((await screen.findByTestId("sign-in-error")).dataset.code).toBe("storage");
  });

  it("says why it is shown when a signed-in user was sent back", () => {
    session.signedOut({ key: "sign_in_required" });
    render(SignInPage, { onSignedIn });
    expect(screen.getByTestId("sign-in-notice").textContent?.trim()).toBe("Sign in to continue.");
  });

  it("lets the language be changed before signing in", async () => {
    render(SignInPage, { onSignedIn });
    await fireEvent.change(screen.getByTestId("sign-in-locale"), { target: { value: "ru" } });
    expect(screen.getByTestId("sign-in-submit").textContent?.trim()).toBe("Войти");
  });
});
