import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { fileError } from "$lib/testing/apiErrors";
import { fill } from "$lib/testing/form";
import KeyUnlockDialog from "../KeyUnlockDialog.svelte";
import RevocationListPanel from "./RevocationListPanel.svelte";
import { picked } from "$lib/api/testing/picked";

const api = vi.hoisted(() => ({ pick: vi.fn(), save: vi.fn(), unlock: vi.fn() }));
vi.mock("$lib/api/signingKey", () => ({
  signingKeyUnlock: (passphrase: string) => api.unlock(passphrase),
}));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (title: string, filter: string, name: string) => api.pick(title, filter, name),
}));
vi.mock("$lib/api/certificate", () => ({
  certificateRevocationsSave: (path: string) => api.save(path),
}));

beforeEach(() => {
  setLocale("en");
  api.pick.mockReset();
  api.save.mockReset();
});

describe("the revocation list", () => {
  it("saves the list where the dialog says and tells how many it names", async () => {
    api.pick.mockResolvedValue(picked("/srv/www/revoked-certificates.json"));
    api.save.mockResolvedValue(3);
    render(RevocationListPanel);
    expect(screen.getByText(/beside the public key/)).toBeTruthy();
    await fireEvent.click(screen.getByTestId("cert-revocations-save"));
    expect(api.pick).toHaveBeenCalledWith(
      "Save the list of revoked certificates",
      "JSON list",
      "revoked-certificates.json",
    );
    const saved = await screen.findByTestId("cert-revocations-saved");
    expect(api.save).toHaveBeenCalledWith("token:/srv/www/revoked-certificates.json");
    expect(saved.textContent).toContain(
      "3 revoked certificates written to /srv/www/revoked-certificates.json",
    );
  });

  it("counts in the user's language", async () => {
    setLocale("ru");
    api.pick.mockResolvedValue(picked("/tmp/r.json"));
    api.save.mockResolvedValue(1);
    render(RevocationListPanel);
    await fireEvent.click(screen.getByTestId("cert-revocations-save"));
    expect((await screen.findByTestId("cert-revocations-saved")).textContent).toContain(
      "1 отозванный сертификат записан в /tmp/r.json",
    );
  });

  it("writes nothing when the dialog is cancelled", async () => {
    api.pick.mockResolvedValue(null);
    render(RevocationListPanel);
    const button = screen.getByTestId("cert-revocations-save") as HTMLButtonElement;
    await fireEvent.click(button);
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    expect(api.save).not.toHaveBeenCalled();
    expect(screen.queryByTestId("cert-revocations-saved")).toBeNull();
  });

  it("shows why the file could not be written", async () => {
    api.pick.mockResolvedValue(picked("/read-only/r.json"));
    api.save.mockRejectedValue(fileError("file_unreadable", "/read-only/r.json"));
    render(RevocationListPanel);
    await fireEvent.click(screen.getByTestId("cert-revocations-save"));
    const banner = await screen.findByTestId("cert-revocations-error");
    expect(banner.getAttribute("data-code")).toBe("file");
    expect(banner.textContent).toContain("/read-only/r.json could not be read or written.");
    expect(screen.queryByTestId("cert-revocations-saved")).toBeNull();
  });

  it("unlocks a locked signing key, then saves the list", async () => {
    api.pick.mockResolvedValue(picked("/srv/revoked.json"));
    api.save
      .mockRejectedValueOnce({ code: "refused", reason: { key: "signing_key_locked" } })
      .mockResolvedValueOnce(1);
    api.unlock.mockReset().mockResolvedValue({});
    render(KeyUnlockDialog);
    render(RevocationListPanel);
    await fireEvent.click(screen.getByTestId("cert-revocations-save"));
    await fill("key-unlock-passphrase", "the agency passphrase");
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    expect((await screen.findByTestId("cert-revocations-saved")).textContent).toContain(
      "/srv/revoked.json",
    );
    expect(api.save).toHaveBeenCalledTimes(2);
  });

  it("says nothing when the passphrase is not given", async () => {
    api.pick.mockResolvedValue(picked("/srv/revoked.json"));
    api.save.mockRejectedValue({ code: "refused", reason: { key: "signing_key_locked" } });
    render(KeyUnlockDialog);
    render(RevocationListPanel);
    const button = screen.getByTestId("cert-revocations-save") as HTMLButtonElement;
    await fireEvent.click(button);
    await fireEvent.click(await screen.findByTestId("key-unlock-cancel"));
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.queryByTestId("cert-revocations-saved")).toBeNull();
    expect(screen.queryByTestId("cert-revocations-error")).toBeNull();
  });
});
