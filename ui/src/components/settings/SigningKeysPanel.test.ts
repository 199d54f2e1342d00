import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SigningKeyInfo } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { fill, valueOf } from "$lib/testing/form";
import { signInAs } from "$lib/testing/session";
import SigningKeysPanel from "./SigningKeysPanel.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list", "rotate", "retire", "protect");
});
vi.mock("$lib/api/signingKey", () => ({
  PASSPHRASE_MIN: 12,
  signingKeyList: () => api.list(),
  signingKeyRotate: (passphrase: string) => api.rotate(passphrase),
  signingKeyRetire: (keyId: string) => api.retire(keyId),
  signingKeyProtect: (passphrase: string) => api.protect(passphrase),
}));

const PASSPHRASE = "a long agency passphrase";

function key(id: string, extra: Partial<SigningKeyInfo> = {}): SigningKeyInfo {
  return {
    key_id: id,
    public_key: "ab".repeat(32),
    valid_from: "2026-11-01T10:00:00Z",
    retired_at: null,
    in_use: false,
    protected: true,
    ...extra,
  };
}
const OLD = key("1111111111111111", { retired_at: "2026-11-20T09:00:00Z" });
const CURRENT = key("2222222222222222", { valid_from: "2026-11-20T09:00:00Z", in_use: true });
const NEW = key("3333333333333333", { valid_from: "2026-12-06T12:00:00Z", in_use: true });

beforeEach(() => {
  setLocale("en");
  api.list.mockReset().mockResolvedValue([OLD, CURRENT]);
  api.rotate.mockReset();
  api.retire.mockReset();
  api.protect.mockReset();
});

const click = (testid: string) => fireEvent.click(screen.getByTestId(testid));

describe("the signing keys, before any is set up", () => {
  beforeEach(() => {
    api.list.mockResolvedValue([]);
  });

  it("says certificates cannot be issued and explains the passphrase", async () => {
    render(SigningKeysPanel);
    const none = await screen.findByTestId("keys-none");
    expect(none.textContent).toContain("certificates cannot be issued");
    const panel = screen.getByTestId("keys-panel").textContent ?? "";
    expect(panel).toContain("once each time Malaka is opened");
    expect(panel).toContain("whoever issues certificates must know it");
    expect(panel).toContain("certificates signed with the old one still verify");
    expect(screen.getByTestId("key-setup-save").textContent?.trim()).toBe("Set up the signing key");
    expect(screen.queryByTestId("key-rotate-save")).toBeNull();
  });

  it("refuses two different passphrases without asking the server", async () => {
    render(SigningKeysPanel);
    await screen.findByTestId("key-setup-passphrase");
    await fill("key-setup-passphrase", PASSPHRASE);
    await fill("key-setup-again", "a long agency passphrasE");
    await click("key-setup-save");
    expect(screen.getByTestId("key-setup-error-again").textContent).toBe(
      "The two passphrases are not the same.",
    );
    expect(screen.getByTestId("key-setup-again").getAttribute("aria-invalid")).toBe("true");
    expect(api.rotate).not.toHaveBeenCalled();
  });

  it("asks for at least 12 characters", async () => {
    render(SigningKeysPanel);
    await screen.findByTestId("key-setup-passphrase");
    await fill("key-setup-passphrase", "eleven char");
    await fill("key-setup-again", "eleven char");
    await click("key-setup-save");
    expect(screen.getByTestId("key-setup-error-passphrase").textContent).toBe(
      "A passphrase needs at least 12 characters.",
    );
    expect(api.rotate).not.toHaveBeenCalled();
  });

  it("sets the key up, says so and lists it", async () => {
    const made = key("4444444444444444", { in_use: true });
    api.rotate.mockResolvedValue(made);
    render(SigningKeysPanel);
    await screen.findByTestId("keys-none");
    api.list.mockResolvedValue([made]);
    await fill("key-setup-passphrase", PASSPHRASE);
    await fill("key-setup-again", PASSPHRASE);
    await click("key-setup-save");
    expect((await screen.findByTestId("keys-notice")).textContent).toContain(
      "The signing key is set up",
    );
    expect(api.rotate).toHaveBeenCalledWith(PASSPHRASE);
    await screen.findByTestId("key-row-4444444444444444");
    expect(screen.queryByTestId("key-setup-save")).toBeNull();
    expect(screen.getByTestId("key-rotate-save")).toBeTruthy();
  });
});

describe("the signing keys in use", () => {
  it("lists the keys, newest first, with their dates and which one signs", async () => {
    render(SigningKeysPanel);
    const current = await screen.findByTestId("key-row-2222222222222222");
    expect(current.textContent).toContain("Valid from 20 November 2026");
    expect(screen.getByTestId("key-state-2222222222222222").textContent).toBe("In use");
    expect(screen.getByTestId("key-state-1111111111111111").textContent).toContain(
      "Retired on 20 November 2026",
    );
    const rows = screen.getAllByTestId(/^key-row-/).map((r) => r.getAttribute("data-testid"));
    expect(rows).toEqual(["key-row-2222222222222222", "key-row-1111111111111111"]);
    // Only a key still signing can be retired.
    expect(screen.getByTestId("key-retire-2222222222222222")).toBeTruthy();
    expect(screen.queryByTestId("key-retire-1111111111111111")).toBeNull();
    expect(screen.queryByTestId("key-protect-save")).toBeNull();
  });

  it("rotates to a new key with the passphrase", async () => {
    api.rotate.mockResolvedValue(NEW);
    render(SigningKeysPanel);
    await screen.findByTestId("key-row-2222222222222222");
    api.list.mockResolvedValue([
      OLD,
      { ...CURRENT, in_use: false, retired_at: NEW.valid_from },
      NEW,
    ]);
    await fill("key-rotate-passphrase", PASSPHRASE);
    await click("key-rotate-save");
    expect((await screen.findByTestId("keys-notice")).textContent).toContain(
      "Key 3333333333333333 is in use now",
    );
    expect(api.rotate).toHaveBeenCalledWith(PASSPHRASE);
    await screen.findByTestId("key-row-3333333333333333");
    expect(screen.getByTestId("key-state-2222222222222222").textContent).toContain("Retired on");
    expect(valueOf("key-rotate-passphrase")).toBe("");
  });

  it("puts a wrong passphrase beside the field", async () => {
    api.rotate.mockRejectedValue({
      code: "invalid",
      field: "passphrase",
      reason: { key: "wrong_passphrase" },
    });
    render(SigningKeysPanel);
    await screen.findByTestId("key-row-2222222222222222");
    await fill("key-rotate-passphrase", "not the passphrase");
    await click("key-rotate-save");
    expect((await screen.findByTestId("key-rotate-error-passphrase")).textContent).toBe(
      "The passphrase is wrong.",
    );
    expect(screen.queryByTestId("keys-notice")).toBeNull();
  });

  it("retires a key after asking, and keeps it when told to", async () => {
    api.retire.mockResolvedValue({ ...CURRENT, in_use: false, retired_at: "2026-12-06T12:00:00Z" });
    render(SigningKeysPanel);
    await screen.findByTestId("key-row-2222222222222222");
    await click("key-retire-2222222222222222");
    const question = screen.getByTestId("key-row-2222222222222222").textContent ?? "";
    expect(question).toContain("Retire key 2222222222222222?");
    expect(question).toContain("until a new key is made, certificates cannot be issued");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("key-retire-keep")));
    await click("key-retire-keep");
    expect(screen.queryByTestId("key-retire-confirm")).toBeNull();
    expect(api.retire).not.toHaveBeenCalled();

    api.list.mockResolvedValue([
      OLD,
      { ...CURRENT, in_use: false, retired_at: "2026-12-06T12:00:00Z" },
    ]);
    await click("key-retire-2222222222222222");
    await click("key-retire-confirm");
    expect((await screen.findByTestId("keys-notice")).textContent).toBe(
      "Key 2222222222222222 was retired.",
    );
    expect(api.retire).toHaveBeenCalledWith("2222222222222222");
    expect(await screen.findByTestId("keys-none-in-use")).toBeTruthy();
    expect(screen.queryByTestId("key-retire-2222222222222222")).toBeNull();
  });

  it("warns of a key kept without a passphrase, and seals it with a new passphrase typed twice", async () => {
    const plain = key("5555555555555555", { in_use: true, protected: false });
    api.list.mockResolvedValue([plain]);
    api.protect.mockResolvedValue(1);
    render(SigningKeysPanel);
    const warning = await screen.findByTestId("key-unprotected-5555555555555555");
    expect(warning.textContent).toContain("Kept without a passphrase");
    expect(screen.getByTestId("key-protect-form").textContent).toContain(
      "becomes the signing key passphrase",
    );
    await fill("key-protect-passphrase", "short");
    await fill("key-protect-again", "short");
    await click("key-protect-save");
    expect(screen.getByTestId("key-protect-error-passphrase").textContent).toBe(
      "A passphrase needs at least 12 characters.",
    );
    await fill("key-protect-passphrase", PASSPHRASE);
    await fill("key-protect-again", "a long agency passphrasE");
    await click("key-protect-save");
    expect(screen.getByTestId("key-protect-error-again").textContent).toBe(
      "The two passphrases are not the same.",
    );
    expect(screen.getByTestId("key-protect-again").getAttribute("aria-invalid")).toBe("true");
    expect(api.protect).not.toHaveBeenCalled();
    api.list.mockResolvedValue([{ ...plain, protected: true }]);
    await fill("key-protect-again", PASSPHRASE);
    await click("key-protect-save");
    expect((await screen.findByTestId("keys-notice")).textContent).toContain("1 key was sealed");
    expect(api.protect).toHaveBeenCalledWith(PASSPHRASE);
    await waitFor(() =>
      expect(screen.queryByTestId("key-unprotected-5555555555555555")).toBeNull(),
    );
    expect(screen.queryByTestId("key-protect-save")).toBeNull();
  });

  it("seals with the passphrase already set, asked once, when another key is sealed", async () => {
    const plain = key("1111111111111111", { retired_at: "2026-11-20T09:00:00Z", protected: false });
    api.list.mockResolvedValue([plain, CURRENT]);
    api.protect.mockRejectedValueOnce({
      code: "invalid",
      field: "passphrase",
      reason: { key: "wrong_passphrase" },
    });
    api.protect.mockResolvedValueOnce(1);
    render(SigningKeysPanel);
    await screen.findByTestId("key-unprotected-1111111111111111");
    expect(screen.queryByTestId("key-protect-again")).toBeNull();
    expect(screen.getByTestId("key-protect-form").textContent).not.toContain("becomes");
    await fill("key-protect-passphrase", "not the passphrase");
    await click("key-protect-save");
    expect((await screen.findByTestId("key-protect-error-passphrase")).textContent).toBe(
      "The passphrase is wrong.",
    );
    await fill("key-protect-passphrase", PASSPHRASE);
    await click("key-protect-save");
    expect((await screen.findByTestId("keys-notice")).textContent).toContain("1 key was sealed");
    expect(api.protect).toHaveBeenLastCalledWith(PASSPHRASE);
  });

  it("words the server's refusal of a short passphrase as about a passphrase", async () => {
    api.rotate.mockRejectedValue({
      code: "invalid",
      field: "passphrase",
      reason: { key: "password_too_short", min: 12 },
    });
    setLocale("ru");
    render(SigningKeysPanel);
    await screen.findByTestId("key-row-2222222222222222");
    await fill("key-rotate-passphrase", "ещё одна длинная фраза");
    await click("key-rotate-save");
    expect((await screen.findByTestId("key-rotate-error-passphrase")).textContent).toBe(
      "Парольная фраза должна содержать не менее 12 символов.",
    );
  });

  it("shows a manager the keys and their warnings, and nothing to change", async () => {
    signInAs("manager");
    api.list.mockResolvedValue([key("5555555555555555", { in_use: true, protected: false })]);
    render(SigningKeysPanel);
    await screen.findByTestId("key-row-5555555555555555");
    expect(screen.getByTestId("key-unprotected-5555555555555555")).toBeTruthy();
    expect(screen.queryByTestId("key-retire-5555555555555555")).toBeNull();
    expect(screen.queryByTestId("key-rotate-save")).toBeNull();
    expect(screen.queryByTestId("key-protect-save")).toBeNull();
  });

  it("speaks Russian", async () => {
    setLocale("ru");
    render(SigningKeysPanel);
    await screen.findByTestId("key-row-2222222222222222");
    expect(screen.getByTestId("keys-panel").textContent).toContain("Ключи подписи");
    expect(screen.getByTestId("key-state-2222222222222222").textContent).toBe("Используется");
    expect(screen.getByTestId("key-rotate-save").textContent?.trim()).toBe("Заменить ключ");
  });
});
