import { beforeEach, describe, expect, it, vi } from "vitest";
import { describeReason } from "$lib/i18n/errors";
import { setLocale } from "$lib/i18n/index.svelte";
import { session } from "$lib/session.svelte";
import { loadSession, signIn, signOut } from "$lib/signIn";
import { signedInAs } from "$lib/testing/session";

// What each answer of the account calls does to the session (the calls themselves, and a sign-in
// lost on any call, are tested over a fake Tauri in $lib/api/account.test.ts).
const api = vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("me", "signIn", "signOut");
});
vi.mock("$lib/api/account", async () => {
  const calls = await api;
  return {
    accountMe: () => calls.me(),
    accountSignIn: (login: string, password: string) => calls.signIn(login, password),
    accountSignOut: () => calls.signOut(),
  };
});

const nobody = { code: "sign_in", reason: { key: "sign_in_required" }, message: "sign in" };

let fns: Awaited<typeof api>;

beforeEach(async () => {
  setLocale("en");
  fns = await api;
  for (const f of Object.values(fns)) f.mockReset();
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
    fns.me.mockResolvedValue(signedInAs("hr_officer"));
    await loadSession();
    expect(fns.me).toHaveBeenCalled();
    expect(session.status).toBe("in");
    expect(session.account?.role).toBe("hr_officer");
  });

  it("is signed out when the register asks for a sign-in", async () => {
    session.signedOut();
    fns.me.mockRejectedValue(nobody);
    await loadSession();
    expect(session.status).toBe("out");
    expect(session.notice).toBeNull();
  });

  it("fails, keeping the error, when asking fails otherwise", async () => {
    fns.me.mockRejectedValue({ code: "storage", reason: { key: "storage", log: "/x.log" } });
    await loadSession();
    expect(session.status).toBe("failed");
    expect(session.error?.code).toBe("storage");
  });
});

describe("signing in", () => {
  beforeEach(() => session.signedOut());

  it("signs in with the login and password as typed", async () => {
    fns.signIn.mockResolvedValue(signedInAs("trainer"));
    expect(await signIn("T.Aliyev", "a long password")).toBeNull();
    expect(fns.signIn).toHaveBeenCalledWith("T.Aliyev", "a long password");
    expect(session.status).toBe("in");
    expect(session.can("attend")).toBe(true);
  });

  it("words a refused sign-in through its reason and stays on the sign-in screen", async () => {
    fns.signIn.mockRejectedValue({
      code: "sign_in",
      reason: { key: "wrong_sign_in" },
      message: "x",
    });
    const refused = await signIn("admin", "nope");
    expect(refused?.code).toBe("sign_in");
    expect(describeReason(refused!.reason)).toBe("The login or the password is wrong.");
    expect(session.status).toBe("out");
    expect(session.notice).toBeNull();
  });

  it("says until when a locked account may try again", async () => {
    fns.signIn.mockRejectedValue({
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
    fns.signOut.mockResolvedValue(null);
    fns.me.mockRejectedValue(nobody);
    await signOut();
    expect(fns.signOut).toHaveBeenCalled();
    expect(fns.me).toHaveBeenCalled();
    expect(session.status).toBe("out");
  });

  it("stays signed in after signing out of a register that needs no sign-in", async () => {
    const alone = signedInAs("administrator", {}, false);
    session.signedIn(alone);
    fns.signOut.mockResolvedValue(null);
    fns.me.mockResolvedValue(alone);
    await signOut();
    expect(session.status).toBe("in");
  });
});
