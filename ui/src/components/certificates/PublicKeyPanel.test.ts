import { fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import PublicKeyPanel from "./PublicKeyPanel.svelte";

const api = vi.hoisted(() => ({ publicKey: vi.fn() }));
vi.mock("$lib/api/certificate", () => ({ certificatePublicKey: () => api.publicKey() }));

const key = { key_id: "0123456789abcdef", public_key: "ab".repeat(32) };
const writeText = vi.fn();

beforeEach(() => {
  setLocale("en");
  api.publicKey.mockReset().mockResolvedValue(key);
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
});
afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

describe("the public key disclosure", () => {
  it("asks for the key only when opened, then shows its id and hex", async () => {
    render(PublicKeyPanel);
    const toggle = screen.getByTestId("cert-public-key-toggle");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(api.publicKey).not.toHaveBeenCalled();
    await fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect((await screen.findByTestId("cert-public-key-id")).textContent).toBe(key.key_id);
    expect(screen.getByTestId("cert-public-key-hex").textContent).toBe(key.public_key);
    await fireEvent.click(toggle);
    await fireEvent.click(toggle);
    expect(api.publicKey).toHaveBeenCalledTimes(1);
  });

  it("copies the hex key, or says to copy it by hand", async () => {
    render(PublicKeyPanel);
    await fireEvent.click(screen.getByTestId("cert-public-key-toggle"));
    await fireEvent.click(await screen.findByTestId("cert-public-key-copy"));
    expect(writeText).toHaveBeenCalledWith(key.public_key);
    expect(await screen.findByText("Copied.")).toBeTruthy();
    writeText.mockRejectedValue(new Error("denied"));
    await fireEvent.click(screen.getByTestId("cert-public-key-copy"));
    expect(await screen.findByText(/select the key and copy it/)).toBeTruthy();
  });

  it("says calmly that there is no key yet, and who sets it up", async () => {
    api.publicKey.mockRejectedValue({ code: "refused", reason: { key: "signing_key_not_set_up" } });
    render(PublicKeyPanel);
    await fireEvent.click(screen.getByTestId("cert-public-key-toggle"));
    const none = await screen.findByTestId("cert-public-key-none");
    expect(none.textContent).toContain("There is no signing key yet");
    expect(none.textContent).toContain("an administrator must set it up in Settings");
    expect(screen.queryByTestId("error-banner")).toBeNull();
  });
});
