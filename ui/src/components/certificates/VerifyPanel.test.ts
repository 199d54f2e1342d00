import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiError } from "$lib/api/error";
import { certificate, facts, transcriptVerified } from "$lib/certificates/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { fileError } from "$lib/testing/apiErrors";
import VerifyPanel from "./VerifyPanel.svelte";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("verify", "pickFile", "verifyFile", "verifyWithKey", "pickList");
});
vi.mock("$lib/api/certificate", () => ({
  certificateVerify: (token: string) => api.verify(token),
  pickVerifyFile: (title: string, filter: string) => api.pickFile(title, filter),
  certificateVerifyFile: (path: string) => api.verifyFile(path),
  certificateVerifyWithKey: (source: unknown, key: string, list: string | null) =>
    api.verifyWithKey(source, key, list),
  pickRevocationList: (title: string, filter: string) => api.pickList(title, filter),
}));

beforeEach(() => {
  setLocale("en");
  api.verify.mockReset();
  api.pickFile.mockReset();
  api.verifyFile.mockReset();
  api.verifyWithKey.mockReset();
  api.pickList.mockReset();
});

async function verify(token = "  MLK1.AQEjRWeJq83vAAA  ") {
  render(VerifyPanel);
  const submit = screen.getByTestId("cert-verify-submit") as HTMLButtonElement;
  expect(submit.disabled).toBe(true);
  await fireEvent.input(screen.getByTestId("cert-verify-input"), { target: { value: token } });
  await fireEvent.click(submit);
  return screen.findByTestId("cert-verify-result");
}

describe("the verify panel", () => {
  it("shows a valid certificate with the token's facts and the register's holder", async () => {
    api.verify.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: certificate("c1", 1),
    });
    const result = await verify();
    expect(api.verify).toHaveBeenCalledWith("MLK1.AQEjRWeJq83vAAA");
    expect(result.getAttribute("data-status")).toBe("valid");
    const text = result.textContent ?? "";
    expect(text).toContain("Valid: issued by us and in force.");
    expect(text).toContain("UZ-ASAN-2026-000001");
    expect(text).toContain("27 November 2026");
    expect(text).toContain("24.5");
    expect(text).toContain("ETHICS-101");
    expect(text).toContain("0123456789abcdef");
    expect(text).toContain("Holder 1");
  });

  it("shows a revoked one with when and why, in the current locale", async () => {
    setLocale("ru");
    api.verify.mockResolvedValue({
      kind: "certificate",
      status: "revoked",
      facts: facts(),
      certificate: certificate("c1", 1, {
        status: "revoked",
        revoked_by: "manager",
        revoked_at: "2026-11-28T12:00:00Z",
        revoke_reason: "Ошибка в имени",
        replaced_by: "UZ-ASAN-2026-000007",
      }),
    });
    const result = await verify();
    expect(result.textContent).toContain("Заменён на UZ-ASAN-2026-000007");
    expect(result.getAttribute("data-status")).toBe("revoked");
    expect(result.textContent).toContain("Отозван: сертификат подлинный");
    expect(result.textContent).toContain("Причина: Ошибка в имени");
    expect(result.textContent).toContain("24,5");
  });

  it("says when our key signed a certificate this register does not hold", async () => {
    api.verify.mockResolvedValue({
      kind: "certificate",
      status: "unknown",
      facts: facts(),
      certificate: null,
    });
    const result = await verify();
    expect(result.getAttribute("data-status")).toBe("unknown");
    expect(result.textContent).toContain("this register has no record of it");
    expect(result.textContent).not.toContain("Holder in the register");
  });

  it("explains a malformed token and shows the message", async () => {
    api.verify.mockRejectedValue({
      code: "invalid",
      field: "token",
      reason: { key: "token_malformed" },
    });
    const result = await verify("hello");
    expect(result.getAttribute("data-status")).toBe("error");
    expect(result.getAttribute("data-code")).toBe("invalid");
    // The verdict says it all: the reason's own sentence would only repeat it.
    expect(result.textContent?.trim()).toBe("This is not a Malaka certificate token.");
  });

  it("explains a bad signature and shows the refusal message", async () => {
    api.verify.mockRejectedValue({
      code: "refused",
      reason: { key: "unknown_key", key_id: "89abcdef01234567" },
    });
    const result = await verify();
    expect(result.getAttribute("data-status")).toBe("error");
    expect(result.getAttribute("data-code")).toBe("refused");
    expect(result.textContent).toContain("The signature does not check out");
    expect(result.textContent).toContain(
      "Signed with key 89abcdef01234567, which is not this issuer’s.",
    );
  });

  it("replaces an earlier verdict with the next one", async () => {
    api.verify.mockResolvedValueOnce({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
    });
    await verify();
    api.verify.mockRejectedValueOnce({ code: "refused", reason: { key: "bad_signature" } });
    await fireEvent.click(screen.getByTestId("cert-verify-submit"));
    await vi.waitFor(() =>
      expect(screen.getByTestId("cert-verify-result").getAttribute("data-status")).toBe("error"),
    );
    expect(screen.getAllByTestId("cert-verify-result")).toHaveLength(1);
  });
});

describe("verifying a record of learning", () => {
  it("shows its reference, day, activities, hours and holder, the same in the register", async () => {
    api.verify.mockResolvedValue(transcriptVerified());
    const result = await verify("MLT1.AQEjRWeJq83v");
    expect(api.verify).toHaveBeenCalledWith("MLT1.AQEjRWeJq83v");
    expect(result.getAttribute("data-status")).toBe("valid");
    expect(result.getAttribute("data-kind")).toBe("transcript");
    const record = screen.getByTestId("verify-transcript");
    expect(record.textContent).toContain("Genuine record of learning, signed with our key.");
    expect(screen.getByTestId("verify-transcript-reference").textContent).toBe(
      "T-A4D8-AC92-F5F1-3855",
    );
    expect(record.textContent).toContain("4 December 2026");
    expect(record.textContent).toContain("42.5");
    expect(screen.getByTestId("verify-transcript-holder").textContent?.trim()).toBe(
      "Karimova Dilnoza",
    );
    const register = screen.getByTestId("verify-transcript-register");
    expect(register.dataset.matches).toBe("true");
    expect(register.textContent?.trim()).toBe("The register gives the same record for that day.");
    expect(screen.queryByTestId("verify-transcript-name")).toBeNull();
    // Nothing of a certificate's: no number, course or revocation.
    expect(record.textContent).not.toContain("Course");
    expect(screen.queryByTestId("verify-list-date")).toBeNull();
  });

  it("warns when the register has changed since it was printed", async () => {
    setLocale("ru");
    api.verify.mockResolvedValue(transcriptVerified({ matches_register: false }));
    await verify("MLT1.AQEjRWeJq83v");
    const register = screen.getByTestId("verify-transcript-register");
    expect(register.dataset.matches).toBe("false");
    expect(register.textContent).toContain("После печати выписки реестр изменился");
    expect(screen.getByTestId("verify-transcript").textContent).toContain("42,5");
    expect(screen.getByTestId("verify-transcript-reference").textContent).toBe(
      "T-A4D8-AC92-F5F1-3855",
    );
  });

  it("warns when the register's name is not the one it was printed with", async () => {
    api.verify.mockResolvedValue(transcriptVerified({ name_matches: false }));
    await verify("MLT1.AQEjRWeJq83v");
    expect(screen.getByTestId("verify-transcript-name").textContent).toContain(
      "differs from the name the record was printed with",
    );
    expect(screen.getByTestId("verify-transcript-holder").textContent).toContain(
      "Karimova Dilnoza",
    );
  });

  it("says when the holder is not in this register, and nothing of its entries", async () => {
    api.verify.mockResolvedValue(
      transcriptVerified({ person_name: null, name_matches: null, matches_register: null }),
    );
    await verify("MLT1.AQEjRWeJq83v");
    expect(screen.getByTestId("verify-transcript-holder").textContent?.trim()).toBe(
      "Not in this register",
    );
    expect(screen.queryByTestId("verify-transcript-register")).toBeNull();
    expect(screen.queryByTestId("verify-transcript-name")).toBeNull();
  });

  it("reads one from a file, and from another agency with its key alone", async () => {
    api.pickFile.mockResolvedValue(picked("/home/me/transcript.pdf"));
    api.verifyFile.mockResolvedValue(transcriptVerified());
    render(VerifyPanel);
    await fireEvent.click(screen.getByTestId("cert-verify-file"));
    await screen.findByTestId("verify-transcript");
    expect(api.verifyFile).toHaveBeenCalledWith("token:/home/me/transcript.pdf");

    api.verifyWithKey.mockResolvedValue(
      transcriptVerified({ person_name: null, name_matches: null, matches_register: null }),
    );
    await fireEvent.click(screen.getByTestId("cert-verify-other"));
    await fireEvent.input(screen.getByTestId("cert-verify-key"), {
      target: { value: "ab".repeat(32) },
    });
    await fireEvent.click(screen.getByTestId("cert-verify-file"));
    await vi.waitFor(() =>
      expect(screen.getByTestId("verify-transcript").textContent).toContain(
        "signed with the issuer's key",
      ),
    );
    expect(api.verifyWithKey).toHaveBeenCalledWith(
      { file: "token:/home/me/transcript.pdf" },
      "ab".repeat(32),
      null,
    );
    expect(screen.getByTestId("cert-verify-checked-with")).toBeTruthy();
    // Away from the register, no holder and no comparison with it.
    expect(screen.queryByTestId("verify-transcript-holder")).toBeNull();
    expect(screen.queryByTestId("verify-transcript-register")).toBeNull();
  });

  it("replaces a certificate's verdict, and is replaced by one", async () => {
    api.verify.mockResolvedValueOnce({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
    });
    await verify();
    api.verify.mockResolvedValueOnce(transcriptVerified());
    await fireEvent.click(screen.getByTestId("cert-verify-submit"));
    await screen.findByTestId("verify-transcript");
    expect(screen.getAllByTestId("cert-verify-result")).toHaveLength(1);
    expect(screen.getByTestId("cert-verify-result").textContent).not.toContain(
      "UZ-ASAN-2026-000001",
    );
    api.verify.mockResolvedValueOnce({
      kind: "certificate",
      status: "revoked",
      facts: facts(),
      certificate: null,
    });
    await fireEvent.click(screen.getByTestId("cert-verify-submit"));
    await vi.waitFor(() =>
      expect(screen.getByTestId("cert-verify-result").getAttribute("data-status")).toBe("revoked"),
    );
    expect(screen.queryByTestId("verify-transcript")).toBeNull();
  });
});

describe("verifying from a file", () => {
  it("reads the picked file and shows its verdict like a pasted token's", async () => {
    api.pickFile.mockResolvedValue(picked("/home/me/scan.pdf"));
    let answer!: (v: unknown) => void;
    api.verifyFile.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    render(VerifyPanel);
    const button = screen.getByTestId("cert-verify-file") as HTMLButtonElement;
    await fireEvent.click(button);
    expect(api.pickFile).toHaveBeenCalledWith(
      "Choose a certificate's PDF or a picture of its QR code",
      "Certificates (PDF, PNG, JPEG)",
    );
    await vi.waitFor(() => expect(api.verifyFile).toHaveBeenCalledWith("token:/home/me/scan.pdf"));
    // Busy while reading: neither check can start again.
    expect(button.disabled).toBe(true);
    expect(button.textContent).toContain("Reading the file…");
    expect(api.verify).not.toHaveBeenCalled();
    answer({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: certificate("c1", 1),
    });
    const result = await screen.findByTestId("cert-verify-result");
    expect(result.getAttribute("data-status")).toBe("valid");
    expect(result.textContent).toContain("Valid: issued by us and in force.");
    expect(result.textContent).toContain("UZ-ASAN-2026-000001");
    expect(result.textContent).toContain("Holder 1");
    await vi.waitFor(() => expect(button.disabled).toBe(false));
  });

  /** Picks `path` with the file button, has its check fail with `error`; finds the verdict. */
  async function verifyFileFailing(path: string, error: ApiError) {
    api.pickFile.mockResolvedValue(picked(path));
    api.verifyFile.mockRejectedValue(error);
    render(VerifyPanel);
    await fireEvent.click(screen.getByTestId("cert-verify-file"));
    return screen.findByTestId("cert-verify-result");
  }

  it("says when no QR code could be read from the file", async () => {
    const result = await verifyFileFailing(
      "/home/me/blank.png",
      fileError("no_qr_code", "scan.png"),
    );
    expect(result.getAttribute("data-status")).toBe("error");
    expect(result.getAttribute("data-code")).toBe("file");
    expect(result.textContent).toContain("A problem with the file.");
    expect(result.textContent).toContain("scan.png: no readable QR code was found.");
  });

  it("explains another issuer's key as a refusal", async () => {
    const result = await verifyFileFailing("/home/me/other.pdf", {
      code: "refused",
      reason: { key: "unknown_key", key_id: "89abcdef01234567" },
    });
    expect(result.getAttribute("data-code")).toBe("refused");
    expect(result.textContent).toContain("The signature does not check out");
    expect(result.textContent).toContain("Signed with key 89abcdef01234567");
  });

  it("does nothing when the dialog is cancelled, keeping the last verdict", async () => {
    api.verify.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
    });
    await verify();
    api.pickFile.mockResolvedValue(null);
    const button = screen.getByTestId("cert-verify-file") as HTMLButtonElement;
    await fireEvent.click(button);
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    expect(api.pickFile).toHaveBeenCalledTimes(1);
    expect(api.verifyFile).not.toHaveBeenCalled();
    expect(screen.getByTestId("cert-verify-result").getAttribute("data-status")).toBe("valid");
  });
});

describe("verifying another agency's certificate", () => {
  const KEY = "ab".repeat(32);
  const LIST = "/home/me/az-revoked.json";

  /** Ticks "Issued by another agency", types the key and, if given, picks the list. */
  async function otherAgency(key = KEY, list: string | null = LIST) {
    render(VerifyPanel);
    expect(screen.queryByTestId("cert-verify-key")).toBeNull();
    await fireEvent.click(screen.getByTestId("cert-verify-other"));
    await fireEvent.input(screen.getByTestId("cert-verify-key"), { target: { value: key } });
    if (list) {
      api.pickList.mockResolvedValue(picked(list));
      await fireEvent.click(screen.getByTestId("cert-verify-list"));
      await screen.findByTestId("cert-verify-list-clear");
    }
  }

  async function submitToken(token = "MLK1.AzErBaYcAn") {
    await fireEvent.input(screen.getByTestId("cert-verify-input"), { target: { value: token } });
    await fireEvent.click(screen.getByTestId("cert-verify-submit"));
  }

  it("checks a token against the issuer's key and list, and says how", async () => {
    api.verifyWithKey.mockResolvedValue({
      kind: "certificate",
      status: "revoked",
      facts: facts(),
      certificate: null,
    });
    await otherAgency();
    expect(api.pickList).toHaveBeenCalledWith("Choose the issuer's revocation list", "JSON list");
    expect(screen.getByText("az-revoked.json")).toBeTruthy();
    await submitToken();
    const result = await screen.findByTestId("cert-verify-result");
    // The list goes by its token; its name is shown.
    expect(api.verifyWithKey).toHaveBeenCalledWith(
      { token: "MLK1.AzErBaYcAn" },
      KEY,
      picked(LIST).token,
    );
    expect(api.verify).not.toHaveBeenCalled();
    expect(result.getAttribute("data-status")).toBe("revoked");
    const text = result.textContent ?? "";
    expect(text).toContain("on the issuer's revocation list");
    expect(text).toContain("Checked with the issuer's public key");
    expect(text).toContain("with its revocation list az-revoked.json");
    expect(text).toContain("UZ-ASAN-2026-000001");
    expect(text).not.toContain("register");
    expect(text).not.toContain("issued by us");
  });

  it("reads a file against the issuer's key; without a list, revocation is not checked", async () => {
    api.verifyWithKey.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
    });
    api.pickFile.mockResolvedValue(picked("/home/me/az.pdf"));
    await otherAgency(`  ${KEY.toUpperCase()}\n`, null);
    await fireEvent.click(screen.getByTestId("cert-verify-file"));
    const result = await screen.findByTestId("cert-verify-result");
    expect(api.verifyWithKey).toHaveBeenCalledWith(
      { file: "token:/home/me/az.pdf" },
      KEY.toUpperCase(),
      null,
    );
    expect(api.verifyFile).not.toHaveBeenCalled();
    expect(result.getAttribute("data-status")).toBe("valid");
    expect(result.textContent).toContain("Genuine: signed with the issuer's key.");
    expect(result.textContent).toContain("no revocation list — revocation not checked");
  });

  it("says how old the revocation list is, and warns when it is stale or old", async () => {
    api.verifyWithKey.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
      revocations: {
        made_on: "2026-10-01",
        version: 1,
        days_old: 45,
        stale: true,
        old_format: true,
      },
    });
    await otherAgency();
    await submitToken();
    await screen.findByTestId("cert-verify-result");
    expect(screen.getByTestId("verify-list-date").textContent?.trim()).toBe(
      "Checked against the revocation list of 1 October 2026 (45 days old).",
    );
    expect(screen.getByTestId("verify-list-stale").textContent).toContain(
      "over 30 days old: certificates revoked since are not in it",
    );
    expect(screen.getByTestId("verify-list-old").textContent).toContain(
      "an older format: ask the issuer for a new list",
    );
  });

  it("gives a fresh list's date alone, counted in the locale's plural", async () => {
    setLocale("ru");
    api.verifyWithKey.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
      revocations: {
        made_on: "2026-12-04",
        version: 2,
        days_old: 2,
        stale: false,
        old_format: false,
      },
    });
    await otherAgency();
    await submitToken();
    await screen.findByTestId("cert-verify-result");
    expect(screen.getByTestId("verify-list-date").textContent?.trim()).toBe(
      "Проверено по списку отзыва от 4 декабря 2026 (ему 2 дня).",
    );
    expect(screen.queryByTestId("verify-list-stale")).toBeNull();
    expect(screen.queryByTestId("verify-list-old")).toBeNull();
  });

  it("says nothing of a list when none was checked", async () => {
    api.verifyWithKey.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
      revocations: null,
    });
    await otherAgency(KEY, null);
    await submitToken();
    await screen.findByTestId("cert-verify-result");
    expect(screen.queryByTestId("verify-list-date")).toBeNull();
  });

  it("removes a chosen list", async () => {
    api.verifyWithKey.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
    });
    await otherAgency();
    await fireEvent.click(screen.getByTestId("cert-verify-list-clear"));
    expect(screen.queryByText("az-revoked.json")).toBeNull();
    await submitToken();
    await screen.findByTestId("cert-verify-result");
    expect(api.verifyWithKey).toHaveBeenCalledWith({ token: "MLK1.AzErBaYcAn" }, KEY, null);
  });

  it("asks for 64 hex digits before calling anything", async () => {
    api.pickFile.mockResolvedValue(picked("/home/me/az.pdf"));
    await otherAgency("abc123", null);
    await submitToken();
    expect(screen.getByTestId("cert-verify-key-error").textContent).toContain("64 hex digits");
    expect(screen.getByTestId("cert-verify-key").getAttribute("aria-invalid")).toBe("true");
    await fireEvent.click(screen.getByTestId("cert-verify-file"));
    await fireEvent.input(screen.getByTestId("cert-verify-key"), {
      target: { value: "g".repeat(64) },
    });
    await submitToken();
    expect(screen.getByTestId("cert-verify-key-error")).toBeTruthy();
    expect(api.verifyWithKey).not.toHaveBeenCalled();
    expect(api.pickFile).not.toHaveBeenCalled();
    expect(api.verify).not.toHaveBeenCalled();
    expect(screen.queryByTestId("cert-verify-result")).toBeNull();
  });

  it("shows a refusal of the key or the list", async () => {
    api.verifyWithKey.mockRejectedValue({
      code: "refused",
      reason: { key: "revocation_list_foreign" },
    });
    await otherAgency();
    await submitToken();
    const result = await screen.findByTestId("cert-verify-result");
    expect(result.getAttribute("data-status")).toBe("error");
    expect(result.getAttribute("data-code")).toBe("refused");
    expect(result.textContent).toContain("not signed with this key");
    expect(result.textContent).toContain(
      "The revocation list is not signed with this issuer’s key",
    );
  });

  it("shows the app's refusal of the key beside the key", async () => {
    api.verifyWithKey.mockRejectedValue({
      code: "invalid",
      field: "public_key",
      reason: { key: "public_key_format" },
    });
    await otherAgency();
    await submitToken();
    await screen.findByTestId("cert-verify-key-error");
    expect(screen.queryByTestId("cert-verify-result")).toBeNull();
  });

  it("checks against the register again once unticked", async () => {
    api.verify.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
    });
    await otherAgency();
    await fireEvent.click(screen.getByTestId("cert-verify-other"));
    expect(screen.queryByTestId("cert-verify-key")).toBeNull();
    await submitToken();
    const result = await screen.findByTestId("cert-verify-result");
    expect(api.verify).toHaveBeenCalledWith("MLK1.AzErBaYcAn");
    expect(api.verifyWithKey).not.toHaveBeenCalled();
    expect(result.textContent).toContain("Valid: issued by us and in force.");
    expect(screen.queryByTestId("cert-verify-checked-with")).toBeNull();
  });

  it("labels its tick box with the words beside it, in a shared tick-box row", async () => {
    setLocale("uz-Latn");
    render(VerifyPanel);
    const box = screen.getByTestId("cert-verify-other") as HTMLInputElement;
    const label = box.closest("label");
    // The app's style sheet sizes a tick box in a `label.check` (see appStyles.test.ts).
    expect(label?.classList.contains("check")).toBe(true);
    expect(label?.textContent?.trim()).toBe("Boshqa agentlik tomonidan berilgan");
    await fireEvent.click(screen.getByText("Boshqa agentlik tomonidan berilgan"));
    expect(box.checked).toBe(true);
    expect(screen.getByTestId("cert-verify-key")).toBeTruthy();
  });

  it("speaks Azerbaijani", async () => {
    setLocale("az");
    api.verifyWithKey.mockResolvedValue({
      kind: "certificate",
      status: "valid",
      facts: facts(),
      certificate: null,
    });
    await otherAgency();
    expect(screen.getByTestId("cert-verify-other").parentElement?.textContent).toContain(
      "Başqa agentlik tərəfindən verilib",
    );
    await submitToken();
    const result = await screen.findByTestId("cert-verify-result");
    expect(result.textContent).toContain("Verənin açıq açarı ilə yoxlanıldı");
  });
});
