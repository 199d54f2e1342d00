import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PdfChoice } from "$lib/api/certificate";
import type { Batch } from "$lib/api/job";
import type { IssueInput, IssueReport } from "$lib/api/types";
import { certificate, completionWith } from "$lib/certificates/fixtures";
import { resetPrintChoice } from "$lib/certificates/printChoice.svelte";
import { setLocale } from "$lib/i18n/index.svelte";
import { fileError } from "$lib/testing/apiErrors";
import { fill } from "$lib/testing/form";
import KeyUnlockDialog from "../KeyUnlockDialog.svelte";
import CertificateIssue from "./CertificateIssue.svelte";
import { deferred } from "$lib/util/deferred";
import { picked } from "$lib/api/testing/picked";

const api = vi.hoisted(() => ({
  issue: vi.fn(),
  pdfSave: vi.fn(),
  pdfEach: vi.fn(),
  pick: vi.fn(),
  pickFolder: vi.fn(),
  open: vi.fn(),
  cancel: vi.fn(),
  unlock: vi.fn(),
  jobs: 0,
}));
vi.mock("$lib/api/signingKey", () => ({
  signingKeyUnlock: (passphrase: string) => api.unlock(passphrase),
}));
vi.mock("$lib/api/certificate", () => ({
  certificateIssue: (input: IssueInput, batch?: Batch) => api.issue(input, batch),
  certificatePdfSave: (
    c: PdfChoice,
    locale: string,
    path: string,
    also: string | null,
    batch?: Batch,
  ) => api.pdfSave(c, locale, path, also, batch),
  certificatePdfSaveEach: (
    c: PdfChoice,
    locale: string,
    dir: string,
    also: string | null,
    batch?: Batch,
  ) => api.pdfEach(c, locale, dir, also, batch),
  newJobId: () => `job-${++api.jobs}`,
}));
vi.mock("$lib/api/maintenance", () => ({ fileOpen: (file: string) => api.open(file) }));
vi.mock("$lib/api/job", () => ({
  newJobId: () => `job-${++api.jobs}`,
  jobCancel: (jobId: string) => api.cancel(jobId),
}));
vi.mock("$lib/api/dialog", () => ({
  pickFolder: (title: string) => api.pickFolder(title),
  pickSaveFile: (...a: string[]) => api.pick(...a),
}));

const before = completionWith([
  { eligible: true, certificate: null, name: "Aliyev Anvar" },
  { eligible: true, certificate: null, name: "Karimova Dilnoza" },
  { eligible: true, certificate: "UZ-ASAN-2026-000001", name: "Rustamov Bekzod" },
  { eligible: false, certificate: null, name: "Saidova Malika" },
]);

beforeEach(() => {
  setLocale("en");
  resetPrintChoice();
  api.jobs = 0;
  api.cancel.mockReset().mockResolvedValue(true);
  api.issue.mockReset().mockResolvedValue({
    issued: [certificate("c2", 2), certificate("c3", 3)],
    already: 1,
    not_eligible: ["Saidova Malika"],
  });
  api.pdfSave.mockReset().mockResolvedValue(81920);
  api.pick.mockReset();
  api.pdfEach.mockReset().mockResolvedValue(3);
  api.pickFolder.mockReset();
  api.open.mockReset().mockResolvedValue(null);
});

describe("issuing certificates from the completion panel", () => {
  it("counts the eligible people without one, issues after saving marks, and reports", async () => {
    const order: string[] = [];
    const prepare = vi.fn(async () => void order.push("prepare"));
    const onissued = vi.fn(() => void order.push("issued"));
    api.issue.mockImplementation(async () => {
      order.push("issue");
      return {
        issued: [certificate("c2", 2), certificate("c3", 3)],
        already: 1,
        not_eligible: ["Saidova Malika"],
      };
    });
    render(CertificateIssue, { activityId: "act", completion: before, prepare, onissued });
    const button = screen.getByTestId("cert-issue");
    expect(button.textContent?.trim()).toBe("Issue 2 certificates");
    await fireEvent.click(button);
    const result = await screen.findByTestId("cert-issue-result");
    expect(api.issue).toHaveBeenCalledWith(
      { activity_id: "act", person_ids: null },
      expect.objectContaining({ jobId: "job-1" }),
    );
    expect(order).toEqual(["prepare", "issue", "issued"]);
    expect(result.textContent).toContain("2 certificates were issued.");
    expect(result.textContent).toContain("1 participant already held one");
    expect(result.textContent).toContain("Not eligible, so not issued: Saidova Malika");
  });

  it("unlocks a locked signing key with its passphrase, then issues", async () => {
    const report = { issued: [certificate("c2", 2)], already: 0, not_eligible: [] };
    api.issue
      .mockReset()
      .mockRejectedValueOnce({ code: "refused", reason: { key: "signing_key_locked" } })
      .mockResolvedValueOnce(report);
    api.unlock
      .mockReset()
      .mockRejectedValueOnce({
        code: "invalid",
        field: "passphrase",
        reason: { key: "wrong_passphrase" },
      })
      .mockResolvedValueOnce({});
    const onissued = vi.fn();
    render(KeyUnlockDialog);
    render(CertificateIssue, { activityId: "act", completion: before, onissued });
    await fireEvent.click(screen.getByTestId("cert-issue"));
    await screen.findByTestId("key-unlock");
    await fill("key-unlock-passphrase", "a wrong one");
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    expect((await screen.findByTestId("key-unlock-error")).textContent).toContain(
      "The passphrase is wrong.",
    );
    expect(screen.queryByTestId("cert-issue-error")).toBeNull();
    await fill("key-unlock-passphrase", "the agency passphrase");
    await fireEvent.click(screen.getByTestId("key-unlock-submit"));
    expect((await screen.findByTestId("cert-issue-result")).textContent).toContain(
      "1 certificate was issued.",
    );
    expect(api.issue).toHaveBeenCalledTimes(2);
    // Each try is its own batch.
    expect(api.issue.mock.calls.map((c) => (c[1] as Batch).jobId)).toEqual(["job-1", "job-2"]);
    expect(onissued).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId("key-unlock")).toBeNull();
  });

  it("issues nothing and says nothing when the passphrase is not given", async () => {
    api.issue
      .mockReset()
      .mockRejectedValue({ code: "refused", reason: { key: "signing_key_locked" } });
    const onissued = vi.fn();
    render(KeyUnlockDialog);
    render(CertificateIssue, { activityId: "act", completion: before, onissued });
    await fireEvent.click(screen.getByTestId("cert-issue"));
    await fireEvent.click(await screen.findByTestId("key-unlock-cancel"));
    await waitFor(() =>
      expect((screen.getByTestId("cert-issue") as HTMLButtonElement).disabled).toBe(false),
    );
    expect(api.issue).toHaveBeenCalledTimes(1);
    expect(onissued).not.toHaveBeenCalled();
    expect(screen.queryByTestId("cert-issue-error")).toBeNull();
    expect(screen.queryByTestId("cert-issue-result")).toBeNull();
  });

  it("says an administrator must set the signing key up when there is none", async () => {
    api.issue.mockReset().mockRejectedValue({
      code: "refused",
      reason: { key: "signing_key_not_set_up" },
    });
    render(KeyUnlockDialog);
    render(CertificateIssue, { activityId: "act", completion: before });
    await fireEvent.click(screen.getByTestId("cert-issue"));
    const error = await screen.findByTestId("cert-issue-error");
    expect(error.textContent).toContain("an administrator must set it up in Settings");
    expect(screen.queryByTestId("key-unlock")).toBeNull();
  });

  it("leaves out what did not happen, in the locale's plural", async () => {
    setLocale("ru");
    api.issue.mockResolvedValue({ issued: [certificate("c2", 2)], already: 0, not_eligible: [] });
    render(CertificateIssue, { activityId: "act", completion: before });
    expect(screen.getByTestId("cert-issue").textContent?.trim()).toBe("Выдать 2 сертификата");
    await fireEvent.click(screen.getByTestId("cert-issue"));
    const result = await screen.findByTestId("cert-issue-result");
    expect(result.textContent?.trim()).toBe("Выдан 1 сертификат.");
  });

  it("cannot issue when everyone eligible holds one, but can print", async () => {
    const after = completionWith([
      { eligible: true, certificate: "UZ-ASAN-2026-000001" },
      { eligible: false, certificate: null },
    ]);
    render(CertificateIssue, { activityId: "act", completion: after });
    expect((screen.getByTestId("cert-issue") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Every eligible participant holds a certificate.")).toBeTruthy();
    expect(screen.getByTestId("cert-print-all")).toBeTruthy();
  });

  it("offers no print before anyone holds a certificate", async () => {
    api.issue.mockResolvedValue({ issued: [], already: 0, not_eligible: ["Person 2"] });
    render(CertificateIssue, {
      activityId: "act",
      completion: completionWith([
        { eligible: true, certificate: null },
        { eligible: false, certificate: null },
      ]),
    });
    expect(screen.queryByTestId("cert-print-all")).toBeNull();
    await fireEvent.click(screen.getByTestId("cert-issue"));
    const result = await screen.findByTestId("cert-issue-result");
    expect(result.textContent).toContain("0 certificates were issued.");
    expect(screen.queryByTestId("cert-print-all")).toBeNull();
  });

  it("prints all of the activity's certificates in the current locale to the chosen path", async () => {
    setLocale("uz-Latn");
    api.pick.mockResolvedValue(picked("/home/u/certificates.pdf"));
    render(CertificateIssue, {
      activityId: "act",
      activityTitle: "Public service ethics",
      completion: completionWith([{ eligible: true, certificate: null }]),
    });
    await fireEvent.click(screen.getByTestId("cert-issue"));
    await screen.findByTestId("cert-issue-result");
    await fireEvent.click(screen.getByTestId("cert-print-all"));
    const printed = await screen.findByTestId("cert-printed");
    expect(printed.textContent).toContain("/home/u/certificates.pdf");
    expect(api.pick.mock.calls[0]).toEqual([
      "Sertifikatlarni saqlash",
      "PDF hujjatlar",
      "sertifikatlar Public service ethics.pdf",
    ]);
    expect(api.pdfSave).toHaveBeenCalledWith(
      { activityId: "act" },
      "uz-Latn",
      "token:/home/u/certificates.pdf",
      null,
      expect.objectContaining({ jobId: "job-2" }),
    );
    // Open hands the viewer the token the PDF was written with.
    await fireEvent.click(within(printed).getByTestId("open-file"));
    expect(api.open).toHaveBeenCalledWith("token:/home/u/certificates.pdf");
  });

  it("prints nothing when the dialog is cancelled, and shows a failure by code", async () => {
    const held = completionWith([{ eligible: true, certificate: "UZ-ASAN-2026-000001" }]);
    api.pick.mockResolvedValue(null);
    render(CertificateIssue, { activityId: "act", completion: held });
    await fireEvent.click(screen.getByTestId("cert-print-all"));
    await waitFor(() => expect(api.pick).toHaveBeenCalled());
    expect(api.pdfSave).not.toHaveBeenCalled();
    api.pick.mockResolvedValue(picked("/tmp/x.pdf"));
    api.pdfSave.mockRejectedValue(fileError("file_unreadable", "/tmp/x.pdf"));
    await fireEvent.click(screen.getByTestId("cert-print-all"));
    const error = await screen.findByTestId("cert-issue-error");
    expect(error.getAttribute("data-code")).toBe("file");
    expect(screen.queryByTestId("cert-printed")).toBeNull();
  });

  it("shows a refusal to issue by its code", async () => {
    api.issue.mockRejectedValue({
      code: "invalid",
      field: "short_code",
      reason: { key: "no_short_code", organisation: "ASAN" },
    });
    const onissued = vi.fn();
    render(CertificateIssue, { activityId: "act", completion: before, onissued });
    await fireEvent.click(screen.getByTestId("cert-issue"));
    const error = await screen.findByTestId("cert-issue-error");
    expect(error.getAttribute("data-code")).toBe("invalid");
    expect(error.textContent).toContain("has no short code");
    expect(onissued).not.toHaveBeenCalled();
    expect(screen.queryByTestId("cert-issue-result")).toBeNull();
  });
});

describe("large batches: progress, cancel and the languages", () => {
  const held = completionWith([
    { eligible: true, certificate: "UZ-ASAN-2026-000001" },
    { eligible: true, certificate: null },
  ]);

  it("shows issuing progress from the batch's messages and hides it when done", async () => {
    const call = deferred<IssueReport>();
    api.issue.mockImplementation(() => call.promise);
    const onissued = vi.fn();
    render(CertificateIssue, { activityId: "act", completion: before, onissued });
    await fireEvent.click(screen.getByTestId("cert-issue"));
    const bar = () => screen.getByTestId("cert-batch-progress").querySelector("progress")!;
    await screen.findByTestId("cert-batch-progress");
    expect(bar().hasAttribute("value")).toBe(false);
    expect((screen.getByTestId("cert-issue") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("cert-print-all") as HTMLButtonElement).disabled).toBe(true);

    const batch = api.issue.mock.calls[0][1] as Batch;
    batch.onProgress!({ phase: "issuing", done: 250, total: 1000 });
    await waitFor(() =>
      expect(screen.getByTestId("cert-batch-text").textContent).toBe(
        "Issuing certificates: 250 of 1,000",
      ),
    );
    expect(bar().value).toBe(250);
    expect(bar().max).toBe(1000);
    batch.onProgress!({ phase: "issuing", done: 1000, total: 1000 });
    await waitFor(() =>
      expect(screen.getByTestId("cert-batch-text").textContent).toBe("Saving the certificates…"),
    );

    call.resolve({ issued: [certificate("c2", 2)], already: 0, not_eligible: [] });
    await screen.findByTestId("cert-issue-result");
    expect(screen.queryByTestId("cert-batch-progress")).toBeNull();
    expect(onissued).toHaveBeenCalled();
  });

  it("cancels the issuing batch by its own id, once, and says calmly that none was issued", async () => {
    const call = deferred<IssueReport>();
    api.issue.mockImplementation(() => call.promise);
    const onissued = vi.fn();
    render(CertificateIssue, { activityId: "act", completion: before, onissued });
    await fireEvent.click(screen.getByTestId("cert-issue"));
    await screen.findByTestId("cert-batch-progress");
    const batch = api.issue.mock.calls[0][1] as Batch;
    batch.onProgress!({ phase: "issuing", done: 10, total: 1000 });
    const cancel = (await screen.findByTestId("cert-batch-cancel")) as HTMLButtonElement;
    await waitFor(() => expect(cancel.disabled).toBe(false));
    await fireEvent.click(cancel);
    await fireEvent.click(cancel);
    expect(api.cancel).toHaveBeenCalledTimes(1);
    expect(api.cancel).toHaveBeenCalledWith(batch.jobId);
    expect(cancel.textContent?.trim()).toBe("Cancelling…");

    call.reject({ code: "cancelled", reason: { key: "cancelled" } });
    const notice = await screen.findByTestId("cert-batch-cancelled");
    expect(notice.textContent?.trim()).toBe("Cancelled: no certificate was issued.");
    expect(screen.queryByTestId("cert-issue-error")).toBeNull();
    expect(screen.queryByTestId("cert-issue-result")).toBeNull();
    expect(screen.queryByTestId("cert-batch-progress")).toBeNull();
    expect(onissued).not.toHaveBeenCalled();
    expect((screen.getByTestId("cert-issue") as HTMLButtonElement).disabled).toBe(false);
  });

  it("prints in the chosen language and second language, showing the pages laid out", async () => {
    setLocale("ru");
    api.pick.mockResolvedValue(picked("/tmp/all.pdf"));
    const call = deferred<number>();
    api.pdfSave.mockImplementation(() => call.promise);
    render(CertificateIssue, { activityId: "act", completion: held });
    expect((screen.getByTestId("cert-print-locale") as HTMLSelectElement).value).toBe("ru");
    expect((screen.getByTestId("cert-print-also") as HTMLSelectElement).value).toBe("");
    await fireEvent.change(screen.getByTestId("cert-print-locale"), {
      target: { value: "uz-Latn" },
    });
    await fireEvent.change(screen.getByTestId("cert-print-also"), { target: { value: "en" } });
    await fireEvent.click(screen.getByTestId("cert-print-all"));
    await screen.findByTestId("cert-batch-progress");
    const [choice, locale, file, also, batch] = api.pdfSave.mock.calls[0] as [
      PdfChoice,
      string,
      string,
      string | null,
      Batch,
    ];
    expect([choice, locale, file, also]).toEqual([
      { activityId: "act" },
      "uz-Latn",
      "token:/tmp/all.pdf",
      "en",
    ]);
    batch.onProgress!({ phase: "printing", done: 50, total: 1000 });
    await waitFor(() =>
      expect(screen.getByTestId("cert-batch-text").textContent).toBe(
        "Вёрстка страниц: 50 из 1\u00a0000",
      ),
    );
    batch.onProgress!({ phase: "printing", done: 1000, total: 1000 });
    await waitFor(() =>
      expect(screen.getByTestId("cert-batch-text").textContent).toBe("Запись PDF…"),
    );
    call.resolve(4096);
    expect((await screen.findByTestId("cert-printed")).textContent).toContain("/tmp/all.pdf");
    expect(screen.queryByTestId("cert-batch-progress")).toBeNull();
  });

  it("cancels printing by the print's job id and says no file was written", async () => {
    api.pick.mockResolvedValue(picked("/tmp/all.pdf"));
    const call = deferred<number>();
    api.pdfSave.mockImplementation(() => call.promise);
    render(CertificateIssue, { activityId: "act", completion: held });
    await fireEvent.click(screen.getByTestId("cert-print-all"));
    await screen.findByTestId("cert-batch-progress");
    const batch = api.pdfSave.mock.calls[0][4] as Batch;
    batch.onProgress!({ phase: "printing", done: 25, total: 500 });
    const cancel = (await screen.findByTestId("cert-batch-cancel")) as HTMLButtonElement;
    await waitFor(() => expect(cancel.disabled).toBe(false));
    await fireEvent.click(cancel);
    expect(api.cancel).toHaveBeenCalledExactlyOnceWith(batch.jobId);
    call.reject({ code: "cancelled", reason: { key: "cancelled" } });
    const notice = await screen.findByTestId("cert-batch-cancelled");
    expect(notice.textContent?.trim()).toBe("Cancelled: no file was written.");
    expect(screen.queryByTestId("cert-issue-error")).toBeNull();
    expect(screen.queryByTestId("cert-printed")).toBeNull();
  });

  it("gives each batch a fresh id and clears an old cancel notice", async () => {
    api.issue.mockRejectedValueOnce({ code: "cancelled", reason: { key: "cancelled" } });
    render(CertificateIssue, { activityId: "act", completion: before });
    await fireEvent.click(screen.getByTestId("cert-issue"));
    await screen.findByTestId("cert-batch-cancelled");
    await fireEvent.click(screen.getByTestId("cert-issue"));
    await screen.findByTestId("cert-issue-result");
    expect(screen.queryByTestId("cert-batch-cancelled")).toBeNull();
    const ids = api.issue.mock.calls.map((c) => (c[1] as Batch).jobId);
    expect(ids).toEqual(["job-1", "job-2"]);
  });

  it("still shows any other failure of a batch as an error", async () => {
    api.pick.mockResolvedValue(picked("/tmp/all.pdf"));
    api.pdfSave.mockRejectedValue({
      code: "invalid",
      field: "template",
      reason: { key: "template", detail: "main.typ:3:1" },
    });
    render(CertificateIssue, { activityId: "act", completion: held });
    await fireEvent.click(screen.getByTestId("cert-print-all"));
    const error = await screen.findByTestId("cert-issue-error");
    expect(error.getAttribute("data-code")).toBe("invalid");
    expect(screen.queryByTestId("cert-batch-cancelled")).toBeNull();
    expect(screen.queryByTestId("cert-batch-progress")).toBeNull();
  });

  it("prints one PDF each into the chosen folder, with progress, and says how many", async () => {
    api.pickFolder.mockResolvedValue(picked("/home/hr/certificates"));
    const call = deferred<number>();
    api.pdfEach.mockReturnValue(call.promise);
    render(CertificateIssue, { activityId: "act", completion: before });
    await fireEvent.click(screen.getByTestId("cert-print-each"));
    await waitFor(() => expect(api.pdfEach).toHaveBeenCalled());
    const [choice, locale, dir, also, batch] = api.pdfEach.mock.lastCall!;
    expect([choice, locale, dir, also]).toEqual([
      { activityId: "act" },
      "en",
      "token:/home/hr/certificates",
      null,
    ]);
    expect(api.pickFolder).toHaveBeenCalledWith("Choose a folder for the certificates");
    batch.onProgress({ phase: "printing", done: 1, total: 3 });
    await waitFor(() =>
      expect(screen.getByTestId("cert-batch-text").textContent).toContain("1 of 3"),
    );
    call.resolve(3);
    await waitFor(() =>
      expect(screen.getByTestId("cert-printed-each").textContent).toContain(
        "3 PDFs saved in /home/hr/certificates",
      ),
    );
    expect(screen.queryByTestId("cert-batch-progress")).toBeNull();
  });

  it("writes nothing when the folder dialog is cancelled", async () => {
    api.pickFolder.mockResolvedValue(null);
    render(CertificateIssue, { activityId: "act", completion: before });
    await fireEvent.click(screen.getByTestId("cert-print-each"));
    await waitFor(() => expect(api.pickFolder).toHaveBeenCalled());
    expect(api.pdfEach).not.toHaveBeenCalled();
    expect(screen.queryByTestId("cert-printed-each")).toBeNull();
  });
});
