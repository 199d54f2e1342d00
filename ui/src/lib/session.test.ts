import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  accountPasswordChange,
  accountPasswordReset,
  accountSignIn,
  accountUpdate,
} from "$lib/api/account";
import { trainerList } from "$lib/api/trainer";
import { describeError, describeReason } from "$lib/i18n/errors";
import { setLocale } from "$lib/i18n/index.svelte";
import { session } from "$lib/session.svelte";
import { loadSession, signIn, signOut } from "$lib/signIn";
import { signedInAs } from "$lib/testing/session";

// The real wrappers and the real `call`, over a fake Tauri: what reaches Rust, and what an
// answer does to the session.
const invoke = vi.hoisted(() => vi.fn());
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

const nobody = { code: "sign_in", reason: { key: "sign_in_required" }, message: "sign in" };

beforeEach(() => {
  setLocale("en");
  invoke.mockReset();
});

describe("what the signed-in role may do", () => {
  it("lets the administrator do everything and a viewer only read and save lists", () => {
    session.signedIn(signedInAs("administrator"));
    expect(session.can("person_edit")).toBe(true);
    expect(session.can("maintain")).toBe(true);
    session.signedIn(signedInAs("viewer"));
    expect(session.can("read")).toBe(true);
    expect(session.can("export")).toBe(true);
    expect(session.can("person_edit")).toBe(false);
    expect(session.can("certificate_issue")).toBe(false);
  });

  it("goes by the list the server sent, not by the role's name", () => {
    session.signedIn({ ...signedInAs("manager"), allowed: ["read"] });
    expect(session.can("approve")).toBe(false);
  });

  it("lets nobody do anything while nobody is signed in", () => {
    session.signedOut();
    expect(session.can("read")).toBe(false);
    expect(session.account).toBeNull();
  });
});

describe("loading the session", () => {
  it("is signed in when the register answers who", async () => {
    invoke.mockResolvedValue(signedInAs("hr_officer"));
    await loadSession();
    expect(invoke).toHaveBeenCalledWith("account_me", undefined);
    expect(session.status).toBe("in");
    expect(session.account?.role).toBe("hr_officer");
  });

  it("is signed out when the register asks for a sign-in", async () => {
    session.signedOut();
    invoke.mockRejectedValue(nobody);
    await loadSession();
    expect(session.status).toBe("out");
    expect(session.notice).toBeNull();
  });

  it("fails, keeping the error, when asking fails otherwise", async () => {
    invoke.mockRejectedValue({ code: "storage", reason: { key: "storage", log: "/x.log" } });
    await loadSession();
    expect(session.status).toBe("failed");
    expect(session.error?.code).toBe("storage");
  });
});

describe("signing in", () => {
  beforeEach(() => session.signedOut());

  it("signs in with the login and password as typed", async () => {
    invoke.mockResolvedValue(signedInAs("trainer"));
    expect(await signIn("T.Aliyev", "a long password")).toBeNull();
    expect(invoke).toHaveBeenCalledWith("account_sign_in", {
      login: "T.Aliyev",
      password: "a long password",
    });
    expect(session.status).toBe("in");
    expect(session.can("attend")).toBe(true);
  });

  it("words a refused sign-in through its reason and stays on the sign-in screen", async () => {
    invoke.mockRejectedValue({ code: "sign_in", reason: { key: "wrong_sign_in" }, message: "x" });
    const refused = await signIn("admin", "nope");
    expect(refused?.code).toBe("sign_in");
    expect(describeReason(refused!.reason)).toBe("The login or the password is wrong.");
    expect(session.status).toBe("out");
    expect(session.notice).toBeNull();
  });

  it("says until when a locked account may try again", async () => {
    invoke.mockRejectedValue({
      code: "sign_in",
      reason: { key: "account_locked", until: "2026-12-06 21:47 UTC" },
    });
    const refused = await signIn("admin", "nope");
    expect(describeReason(refused!.reason)).toContain("locked until 2026-12-06 21:47 UTC");
    setLocale("ru");
    expect(describeReason(refused!.reason)).toContain("заблокирована до 2026-12-06 21:47 UTC");
  });

  it("signs out, and asks again who is signed in", async () => {
    session.signedIn(signedInAs("manager"));
    invoke.mockImplementation((command: string) =>
      command === "account_sign_out" ? Promise.resolve(null) : Promise.reject(nobody),
    );
    await signOut();
    expect(invoke.mock.calls.map((c) => c[0])).toEqual(["account_sign_out", "account_me"]);
    expect(session.status).toBe("out");
  });

  it("stays signed in after signing out of a register that needs no sign-in", async () => {
    const alone = signedInAs("administrator", {}, false);
    session.signedIn(alone);
    invoke.mockImplementation((command: string) =>
      Promise.resolve(command === "account_me" ? alone : null),
    );
    await signOut();
    expect(session.status).toBe("in");
  });
});

describe("a sign-in lost while working", () => {
  it("sends the app back to the sign-in screen, whichever call was refused", async () => {
    session.signedIn(signedInAs("hr_officer"));
    invoke.mockRejectedValue(nobody);
    await expect(trainerList()).rejects.toMatchObject({ code: "sign_in" });
    expect(session.status).toBe("out");
    expect(session.notice).toEqual({ key: "sign_in_required" });
    expect(describeReason(session.notice!)).toBe("Sign in to continue.");
  });

  it("leaves the session alone when a call is refused for another reason", async () => {
    session.signedIn(signedInAs("viewer"));
    invoke.mockRejectedValue({
      code: "forbidden",
      reason: { key: "not_allowed", action: "plan_edit" },
    });
    const e = await trainerList().catch((x) => x);
    expect(session.status).toBe("in");
    expect(describeError(e)).toBe(
      "Your role does not allow this: planning programmes, activities and sessions.",
    );
    setLocale("uz-Latn");
    expect(describeError(e)).toBe(
      "Rolingiz bunga ruxsat bermaydi: dasturlar, tadbirlar va mashgʻulotlarni rejalashtirish.",
    );
  });
});

describe("the account commands", () => {
  it("send their arguments as the Rust commands name them", async () => {
    invoke.mockResolvedValue(null);
    await accountSignIn("admin", "secret pass");
    await accountPasswordChange("", "new secret");
    await accountPasswordReset("a1", "new secret");
    await accountUpdate("a1", { name: "N", role: "viewer", disabled: true });
    expect(invoke.mock.calls).toEqual([
      ["account_sign_in", { login: "admin", password: "secret pass" }],
      ["account_password_change", { current: "", new: "new secret" }],
      ["account_password_reset", { id: "a1", new: "new secret" }],
      ["account_update", { id: "a1", input: { name: "N", role: "viewer", disabled: true } }],
    ]);
  });
});
