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
import "$lib/signIn";
import { signedInAs } from "$lib/testing/session";

// The real wrappers and the real `call`, over a fake Tauri: what reaches Rust, and what a
// refused sign-in on any call does to the session.
const invoke = vi.hoisted(() => vi.fn());
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

const nobody = { code: "sign_in", reason: { key: "sign_in_required" }, message: "sign in" };

beforeEach(() => {
  setLocale("en");
  invoke.mockReset();
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
