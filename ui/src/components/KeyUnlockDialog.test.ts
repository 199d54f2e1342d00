import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiError } from "$lib/api/error";
import { setLocale } from "$lib/i18n/index.svelte";
import { keyUnlock, withSigningKey } from "$lib/signingKey.svelte";
import { fill } from "$lib/testing/form";
import KeyUnlockDialog from "./KeyUnlockDialog.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("unlock");
});
vi.mock("$lib/api/signingKey", () => ({
  signingKeyUnlock: (passphrase: string) => api.unlock(passphrase),
}));

const PASSPHRASE = "the agency's long passphrase";
const KEY = {
  key_id: "0123456789abcdef",
  public_key: "ab".repeat(32),
  valid_from: "2026-11-01T10:00:00Z",
  retired_at: null,
  in_use: true,
  protected: true,
};
const locked: ApiError = { code: "refused", reason: { key: "signing_key_locked" } };
const wrong: ApiError = {
  code: "invalid",
  field: "passphrase",
  reason: { key: "wrong_passphrase" },
};

/** An action that signs: refused while the key is locked, then answers "signed". */
function signing() {
  let unlocked = false;
  api.unlock.mockImplementation(async (p: string) => {
    if (p !== PASSPHRASE) throw wrong;
    unlocked = true;
    return KEY;
  });
  return vi.fn(async () => {
    if (!unlocked) throw locked;
    return "signed";
  });
}

beforeEach(() => {
  setLocale("en");
  api.unlock.mockReset();
});

describe("unlocking the signing key and trying again", () => {
  it("asks for the passphrase, unlocks the key and runs the action again", async () => {
    render(KeyUnlockDialog);
    expect(screen.queryByTestId("key-unlock")).toBeNull();
    const action = signing();
    const done = withSigningKey(action);
    const dialog = await screen.findByTestId("key-unlock");
    expect(dialog.getAttribute("role")).toBe("dialog");
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(dialog.textContent).toContain("Unlock the signing key");
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByTestId("key-unlock-passphrase")),
    );
    expect((screen.getByTestId("key-unlock-submit") as HTMLButtonElement).disabled).toBe(true);
    await fill("key-unlock-passphrase", PASSPHRASE);
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    await expect(done).resolves.toBe("signed");
    expect(api.unlock).toHaveBeenCalledWith(PASSPHRASE);
    expect(action).toHaveBeenCalledTimes(2);
    expect(screen.queryByTestId("key-unlock")).toBeNull();
  });

  it("says a wrong passphrase and keeps asking", async () => {
    render(KeyUnlockDialog);
    const action = signing();
    const done = withSigningKey(action);
    await screen.findByTestId("key-unlock");
    await fill("key-unlock-passphrase", "not the passphrase");
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    const error = await screen.findByTestId("key-unlock-error");
    expect(error.textContent?.trim()).toBe("The passphrase is wrong.");
    expect(screen.getByTestId("key-unlock-passphrase").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("key-unlock")).toBeTruthy();
    expect(action).toHaveBeenCalledTimes(1);
    // The right one then goes through.
    await fill("key-unlock-passphrase", PASSPHRASE);
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    await expect(done).resolves.toBe("signed");
    expect(action).toHaveBeenCalledTimes(2);
  });

  it("gives up quietly when cancelled, or on Escape", async () => {
    render(KeyUnlockDialog);
    const action = signing();
    const first = withSigningKey(action);
    await screen.findByTestId("key-unlock");
    await fireEvent.click(screen.getByTestId("key-unlock-cancel"));
    await expect(first).resolves.toBeNull();
    expect(screen.queryByTestId("key-unlock")).toBeNull();
    const second = withSigningKey(action);
    await fireEvent.keyDown(await screen.findByTestId("key-unlock"), { key: "Escape" });
    await expect(second).resolves.toBeNull();
    expect(api.unlock).not.toHaveBeenCalled();
    expect(action).toHaveBeenCalledTimes(2);
  });

  it("asks once for actions refused together", async () => {
    render(KeyUnlockDialog);
    const one = signing();
    const two = vi.fn(async () => {
      if (api.unlock.mock.calls.length === 0) throw locked;
      return "also signed";
    });
    const both = Promise.all([withSigningKey(one), withSigningKey(two)]);
    await screen.findByTestId("key-unlock");
    await waitFor(() => expect(two).toHaveBeenCalledTimes(1));
    expect(screen.getAllByTestId("key-unlock")).toHaveLength(1);
    await fill("key-unlock-passphrase", PASSPHRASE);
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    await expect(both).resolves.toEqual(["signed", "also signed"]);
    expect(api.unlock).toHaveBeenCalledTimes(1);
  });

  it("passes other refusals on, a key not set up included, without asking", async () => {
    render(KeyUnlockDialog);
    const notSetUp: ApiError = { code: "refused", reason: { key: "signing_key_not_set_up" } };
    await expect(withSigningKey(() => Promise.reject(notSetUp))).rejects.toBe(notSetUp);
    expect(screen.queryByTestId("key-unlock")).toBeNull();
    expect(keyUnlock.asking).toBe(false);
  });

  it("passes a locked key's refusal on when no dialog is there to ask", async () => {
    await expect(withSigningKey(() => Promise.reject(locked))).rejects.toBe(locked);
    expect(keyUnlock.asking).toBe(false);
  });

  it("speaks Uzbek", async () => {
    setLocale("uz-Latn");
    render(KeyUnlockDialog);
    void withSigningKey(signing());
    const dialog = await screen.findByTestId("key-unlock");
    expect(dialog.textContent).toContain("Imzo kalitini qulfdan chiqarish");
    await fill("key-unlock-passphrase", "notoʻgʻri");
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    expect((await screen.findByTestId("key-unlock-error")).textContent?.trim()).toBe(
      "Maxfiy ibora notoʻgʻri.",
    );
    await fireEvent.click(screen.getByTestId("key-unlock-cancel"));
  });
});
