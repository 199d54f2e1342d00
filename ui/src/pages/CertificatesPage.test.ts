import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PdfChoice } from "$lib/api/certificate";
import { certificate } from "$lib/certificates/fixtures";
import { resetPrintChoice } from "$lib/certificates/printChoice.svelte";
import { REGISTER_LIMIT } from "$lib/certificates/register";
import { setLocale } from "$lib/i18n/index.svelte";
import { signInAs } from "$lib/testing/session";
import { fill } from "$lib/testing/form";
import KeyUnlockDialog from "../components/KeyUnlockDialog.svelte";
import CertificatesPage from "./CertificatesPage.svelte";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns(
    "list",
    "revoke",
    "reissue",
    "pdfSave",
    "verify",
    "publicKey",
    "pick",
    "unlock",
    "open",
  );
});
vi.mock("$lib/api/signingKey", () => ({
  signingKeyUnlock: (passphrase: string) => api.unlock(passphrase),
}));

vi.mock("$lib/api/certificate", () => ({
  certificateList: (a: string | null, s: string | null, l: number) => api.list(a, s, l),
  certificateRevoke: (id: string, reason: string) => api.revoke(id, reason),
  certificateReissue: (id: string) => api.reissue(id),
  certificatePdfSave: (c: PdfChoice, locale: string, path: string, also: string | null) =>
    api.pdfSave(c, locale, path, also),
  certificateVerify: (token: string) => api.verify(token),
  certificatePublicKey: () => api.publicKey(),
}));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (...a: string[]) => api.pick(...a),
}));
vi.mock("$lib/api/maintenance", () => ({ fileOpen: (file: string) => api.open(file) }));

const first = certificate("c1", 1);
const second = certificate("c2", 2, {
  snapshot: { ...first.snapshot, person_name: "Karimova Dilnoza" },
});
const revoked = certificate("c3", 3, {
  status: "revoked",
  revoked_by: "manager",
  revoked_at: "2026-11-28T12:00:00Z",
  revoke_reason: "Name misspelt",
});

beforeEach(() => {
  setLocale("en");
  resetPrintChoice();
  api.list.mockReset().mockResolvedValue([second, first, revoked]);
  api.revoke.mockReset();
  api.reissue.mockReset();
  api.pdfSave.mockReset().mockResolvedValue(4096);
  api.pick.mockReset();
  api.open.mockReset().mockResolvedValue(null);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the certificate register", () => {
  it("lists the register newest first with a status on each row", async () => {
    render(CertificatesPage);
    const row = await screen.findByTestId("cert-row-UZ-ASAN-2026-000002");
    expect(api.list).toHaveBeenCalledWith(null, null, REGISTER_LIMIT);
    expect(row.getAttribute("data-status")).toBe("issued");
    expect(row.textContent).toContain("Karimova Dilnoza");
    expect(row.textContent).toContain("Public service ethics");
    expect(row.textContent).toContain("27 November 2026");
    expect(row.textContent).toContain("In force");
    const old = screen.getByTestId("cert-row-UZ-ASAN-2026-000003");
    expect(old.getAttribute("data-status")).toBe("revoked");
    expect(old.textContent).toContain("Revoked on 28 November 2026 by manager");
    expect(old.textContent).toContain("Reason: Name misspelt");
    expect(screen.getByTestId("cert-total").textContent).toContain("3 certificates");
    // A certificate in force can be printed or revoked; a revoked one only reissued.
    expect(screen.getByTestId("cert-print-UZ-ASAN-2026-000001")).toBeTruthy();
    expect(screen.getByTestId("cert-revoke-UZ-ASAN-2026-000001")).toBeTruthy();
    expect(screen.queryByTestId("cert-reissue-UZ-ASAN-2026-000001")).toBeNull();
    expect(screen.queryByTestId("cert-print-UZ-ASAN-2026-000003")).toBeNull();
    expect(screen.getByTestId("cert-reissue-UZ-ASAN-2026-000003")).toBeTruthy();
  });

  it("searches once typing pauses, not on every key", async () => {
    vi.useFakeTimers();
    render(CertificatesPage);
    expect(api.list).toHaveBeenCalledTimes(1);
    const search = screen.getByTestId("cert-search");
    for (const text of ["K", "Ka", "Kar"]) {
      vi.advanceTimersByTime(100);
      await fireEvent.input(search, { target: { value: text } });
    }
    vi.advanceTimersByTime(299);
    expect(api.list).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(api.list).toHaveBeenCalledTimes(2);
    expect(api.list).toHaveBeenLastCalledWith(null, "Kar", REGISTER_LIMIT);
  });

  it("searches at once on Enter, and says when nothing matches", async () => {
    render(CertificatesPage);
    await screen.findByTestId("cert-table");
    api.list.mockResolvedValue([]);
    const search = screen.getByTestId("cert-search");
    await fireEvent.input(search, { target: { value: "UZ-ASAN-2026-000009" } });
    await fireEvent.keyDown(search, { key: "Enter" });
    expect(api.list).toHaveBeenLastCalledWith(null, "UZ-ASAN-2026-000009", REGISTER_LIMIT);
    expect((await screen.findByTestId("cert-empty")).textContent).toContain(
      "No certificate matches",
    );
  });

  it("shows only the last search's answer when answers cross", async () => {
    let slow: (v: unknown) => void = () => {};
    render(CertificatesPage);
    await screen.findByTestId("cert-table");
    api.list.mockReturnValueOnce(new Promise((r) => (slow = r))).mockResolvedValueOnce([first]);
    const search = screen.getByTestId("cert-search");
    await fireEvent.input(search, { target: { value: "K" } });
    await fireEvent.keyDown(search, { key: "Enter" });
    await fireEvent.input(search, { target: { value: "UZ-ASAN-2026-000001" } });
    await fireEvent.keyDown(search, { key: "Enter" });
    await waitFor(() => expect(screen.queryByTestId("cert-row-UZ-ASAN-2026-000002")).toBeNull());
    slow([second]);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByTestId("cert-row-UZ-ASAN-2026-000001")).toBeTruthy();
    expect(screen.queryByTestId("cert-row-UZ-ASAN-2026-000002")).toBeNull();
  });

  it("revokes only with a reason, then shows the row revoked", async () => {
    api.revoke.mockResolvedValue({
      ...first,
      status: "revoked",
      revoked_by: "manager",
      revoked_at: "2026-11-29T12:00:00Z",
      revoke_reason: "Attended under another name",
    });
    render(CertificatesPage);
    await fireEvent.click(await screen.findByTestId("cert-revoke-UZ-ASAN-2026-000001"));
    const reason = screen.getByTestId("cert-revoke-reason");
    expect(document.activeElement).toBe(reason);
    await fireEvent.input(reason, { target: { value: "   " } });
    await fireEvent.click(screen.getByTestId("cert-revoke-confirm"));
    expect(screen.getByTestId("cert-revoke-missing").textContent).toContain("Give the reason.");
    expect(reason.getAttribute("aria-invalid")).toBe("true");
    expect(api.revoke).not.toHaveBeenCalled();

    await fireEvent.input(reason, { target: { value: " Attended under another name " } });
    await fireEvent.click(screen.getByTestId("cert-revoke-confirm"));
    expect(api.revoke).toHaveBeenCalledWith("c1", "Attended under another name");
    const row = screen.getByTestId("cert-row-UZ-ASAN-2026-000001");
    await waitFor(() => expect(row.getAttribute("data-status")).toBe("revoked"));
    expect(row.textContent).toContain("Reason: Attended under another name");
    expect(screen.queryByTestId("cert-revoke-reason")).toBeNull();
    expect(screen.getByTestId("cert-revoked").textContent).toContain(
      "Certificate UZ-ASAN-2026-000001 was revoked.",
    );
    expect(screen.getByTestId("cert-reissue-UZ-ASAN-2026-000001")).toBeTruthy();
  });

  it("does not let a search answered after a revoke undo it on screen", async () => {
    const revoked = {
      ...first,
      status: "revoked" as const,
      revoked_by: "manager",
      revoked_at: "2026-11-29T12:00:00Z",
      revoke_reason: "Wrong name",
    };
    api.revoke.mockResolvedValue(revoked);
    render(CertificatesPage);
    await screen.findByTestId("cert-table");
    // A search leaves before the revoke and answers after it, with the register as it was.
    let stale: (v: unknown) => void = () => {};
    api.list
      .mockReturnValueOnce(new Promise((r) => (stale = r)))
      .mockResolvedValueOnce([revoked, second]);
    const search = screen.getByTestId("cert-search");
    await fireEvent.input(search, { target: { value: "UZ" } });
    await fireEvent.keyDown(search, { key: "Enter" });
    await fireEvent.click(screen.getByTestId("cert-revoke-UZ-ASAN-2026-000001"));
    await fireEvent.input(screen.getByTestId("cert-revoke-reason"), {
      target: { value: "Wrong name" },
    });
    await fireEvent.click(screen.getByTestId("cert-revoke-confirm"));
    const row = () => screen.getByTestId("cert-row-UZ-ASAN-2026-000001");
    await waitFor(() => expect(row().getAttribute("data-status")).toBe("revoked"));
    stale([first, second]);
    await new Promise((r) => setTimeout(r, 0));
    expect(row().getAttribute("data-status")).toBe("revoked");
    expect(api.list).toHaveBeenLastCalledWith(null, "UZ", expect.any(Number));
  });

  it("keeps the form open with the refusal when a revoke fails", async () => {
    api.revoke.mockRejectedValue({
      code: "refused",
      reason: { key: "already_revoked", code: "UZ-DXA-2026-000001" },
    });
    render(CertificatesPage);
    await fireEvent.click(await screen.findByTestId("cert-revoke-UZ-ASAN-2026-000002"));
    await fireEvent.input(screen.getByTestId("cert-revoke-reason"), {
      target: { value: "duplicate" },
    });
    await fireEvent.click(screen.getByTestId("cert-revoke-confirm"));
    const error = await screen.findByTestId("cert-revoke-error");
    expect(error.getAttribute("data-code")).toBe("refused");
    expect(error.textContent).toContain("already revoked");
    expect(screen.getByTestId("cert-revoke-reason")).toBeTruthy();
  });

  it("reissues a revoked certificate and shows the new number beside the old", async () => {
    const fresh = certificate("c4", 4, {
      person_id: revoked.person_id,
      replaces_id: "c3",
      issued_at: "2026-11-29T12:00:00Z",
    });
    api.reissue.mockResolvedValue(fresh);
    render(CertificatesPage);
    await fireEvent.click(await screen.findByTestId("cert-reissue-UZ-ASAN-2026-000003"));
    expect(api.reissue).toHaveBeenCalledWith("c3");
    const done = await screen.findByTestId("cert-reissued");
    expect(done.textContent).toContain(
      "Certificate UZ-ASAN-2026-000003 was reissued as UZ-ASAN-2026-000004.",
    );
    const rows = screen.getAllByTestId(/^cert-row-/).map((r) => r.getAttribute("data-testid"));
    expect(rows[0]).toBe("cert-row-UZ-ASAN-2026-000004");
    expect(screen.getByTestId("cert-row-UZ-ASAN-2026-000004").textContent).toContain(
      "Replaces UZ-ASAN-2026-000003",
    );
    // The old one links to its replacement and cannot be reissued again.
    expect(screen.queryByTestId("cert-reissue-UZ-ASAN-2026-000003")).toBeNull();
    api.list.mockResolvedValue([fresh]);
    await fireEvent.click(screen.getByTestId("cert-replacement-UZ-ASAN-2026-000003"));
    expect(api.list).toHaveBeenLastCalledWith(null, "UZ-ASAN-2026-000004", REGISTER_LIMIT);
    expect((screen.getByTestId("cert-search") as HTMLInputElement).value).toBe(
      "UZ-ASAN-2026-000004",
    );
  });

  it("asks for the signing key's passphrase when the key is locked, then reissues", async () => {
    const fresh = certificate("c4", 4, { replaces_id: "c3" });
    api.reissue
      .mockRejectedValueOnce({ code: "refused", reason: { key: "signing_key_locked" } })
      .mockResolvedValueOnce(fresh);
    api.unlock.mockReset().mockResolvedValue({});
    render(KeyUnlockDialog);
    render(CertificatesPage);
    await fireEvent.click(await screen.findByTestId("cert-reissue-UZ-ASAN-2026-000003"));
    await screen.findByTestId("key-unlock");
    expect(screen.queryByTestId("cert-error")).toBeNull();
    await fill("key-unlock-passphrase", "the agency passphrase");
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    expect((await screen.findByTestId("cert-reissued")).textContent).toContain(
      "reissued as UZ-ASAN-2026-000004",
    );
    expect(api.reissue).toHaveBeenCalledTimes(2);
    expect(api.unlock).toHaveBeenCalledWith("the agency passphrase");
  });

  it("shows a refused reissue by its code and message", async () => {
    api.reissue.mockRejectedValue({
      code: "refused",
      reason: { key: "no_longer_eligible", person: "Karimov Anvar" },
    });
    render(CertificatesPage);
    await fireEvent.click(await screen.findByTestId("cert-reissue-UZ-ASAN-2026-000003"));
    const error = await screen.findByTestId("cert-error");
    expect(error.getAttribute("data-code")).toBe("refused");
    expect(error.textContent).toContain("no longer eligible");
  });

  it("prints one certificate in the current locale to the chosen path", async () => {
    setLocale("uz-Cyrl");
    api.pick.mockResolvedValue(picked("/tmp/one.pdf"));
    render(CertificatesPage);
    await fireEvent.click(await screen.findByTestId("cert-print-UZ-ASAN-2026-000001"));
    const printed = await screen.findByTestId("cert-printed");
    expect(printed.textContent).toContain("/tmp/one.pdf");
    expect(api.pick.mock.calls[0][2]).toBe("UZ-ASAN-2026-000001.pdf");
    expect(api.pdfSave).toHaveBeenCalledWith(
      { ids: ["c1"] },
      "uz-Cyrl",
      "token:/tmp/one.pdf",
      null,
    );
    // Open hands the viewer the token the PDF was written with.
    await fireEvent.click(within(printed).getByTestId("open-file"));
    expect(api.open).toHaveBeenCalledWith("token:/tmp/one.pdf");
  });

  it("prints nothing when the save dialog is cancelled", async () => {
    api.pick.mockResolvedValue(null);
    render(CertificatesPage);
    await fireEvent.click(await screen.findByTestId("cert-print-UZ-ASAN-2026-000001"));
    await waitFor(() => expect(api.pick).toHaveBeenCalled());
    expect(api.pdfSave).not.toHaveBeenCalled();
    expect(screen.queryByTestId("cert-printed")).toBeNull();
    expect(screen.queryByTestId("cert-error")).toBeNull();
  });

  it("prints one certificate in the languages chosen for the session", async () => {
    api.pick.mockResolvedValue(picked("/tmp/two.pdf"));
    render(CertificatesPage);
    await screen.findByTestId("cert-row-UZ-ASAN-2026-000001");
    await fireEvent.change(screen.getByTestId("cert-print-locale"), { target: { value: "az" } });
    await fireEvent.change(screen.getByTestId("cert-print-also"), { target: { value: "ru" } });
    await fireEvent.click(screen.getByTestId("cert-print-UZ-ASAN-2026-000001"));
    await screen.findByTestId("cert-printed");
    expect(api.pdfSave).toHaveBeenCalledWith({ ids: ["c1"] }, "az", "token:/tmp/two.pdf", "ru");
  });

  it("prints nothing when the dialog is cancelled", async () => {
    api.pick.mockResolvedValue(null);
    render(CertificatesPage);
    await fireEvent.click(await screen.findByTestId("cert-print-UZ-ASAN-2026-000001"));
    await waitFor(() => expect(api.pick).toHaveBeenCalled());
    expect(api.pdfSave).not.toHaveBeenCalled();
    expect(screen.queryByTestId("cert-printed")).toBeNull();
  });

  it("says the register is empty, and that a long list is cut", async () => {
    api.list.mockResolvedValue([]);
    const { unmount } = render(CertificatesPage);
    expect((await screen.findByTestId("cert-empty")).textContent).toContain("No certificates yet");
    unmount();
    api.list.mockResolvedValue(
      Array.from({ length: REGISTER_LIMIT }, (_, i) => certificate(`c${i}`, i + 1)),
    );
    render(CertificatesPage);
    expect((await screen.findByTestId("cert-capped")).textContent).toContain("newest 200");
    expect(screen.queryByTestId("cert-total")).toBeNull();
  });
});

describe("what a role may do with certificates", () => {
  it("shows an HR officer the register with nothing to print, revoke or reissue", async () => {
    signInAs("hr_officer");
    render(CertificatesPage);
    await screen.findByTestId("cert-row-UZ-ASAN-2026-000002");
    expect(screen.queryByTestId("cert-print-UZ-ASAN-2026-000002")).toBeNull();
    expect(screen.queryByTestId("cert-revoke-UZ-ASAN-2026-000002")).toBeNull();
    expect(screen.queryByTestId("cert-reissue-UZ-ASAN-2026-000003")).toBeNull();
    expect(screen.getByTestId("cert-verify-input")).toBeTruthy();
  });

  it("lets a manager print, revoke and reissue", async () => {
    signInAs("manager");
    render(CertificatesPage);
    expect(await screen.findByTestId("cert-print-UZ-ASAN-2026-000002")).toBeTruthy();
    expect(screen.getByTestId("cert-revoke-UZ-ASAN-2026-000002")).toBeTruthy();
    expect(screen.getByTestId("cert-reissue-UZ-ASAN-2026-000003")).toBeTruthy();
  });
});
