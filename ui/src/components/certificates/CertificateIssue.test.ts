import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PdfChoice } from "$lib/api/certificate";
import type { IssueInput } from "$lib/api/types";
import { certificate, completionWith } from "$lib/certificates/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import CertificateIssue from "./CertificateIssue.svelte";

const api = vi.hoisted(() => ({ issue: vi.fn(), pdfSave: vi.fn(), pick: vi.fn() }));
vi.mock("$lib/api/certificate", () => ({
  certificateIssue: (input: IssueInput) => api.issue(input),
  certificatePdfSave: (c: PdfChoice, locale: string, path: string) => api.pdfSave(c, locale, path),
}));
vi.mock("$lib/api/attendance", () => ({
  pickSheetPath: (...a: string[]) => api.pick(...a),
}));

const before = completionWith([
  { eligible: true, certificate: null, name: "Aliyev Anvar" },
  { eligible: true, certificate: null, name: "Karimova Dilnoza" },
  { eligible: true, certificate: "UZ-ASAN-2026-000001", name: "Rustamov Bekzod" },
  { eligible: false, certificate: null, name: "Saidova Malika" },
]);

beforeEach(() => {
  setLocale("en");
  api.issue.mockReset().mockResolvedValue({
    issued: [certificate("c2", 2), certificate("c3", 3)],
    already: 1,
    not_eligible: ["Saidova Malika"],
  });
  api.pdfSave.mockReset().mockResolvedValue(81920);
  api.pick.mockReset();
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
    expect(api.issue).toHaveBeenCalledWith({ activity_id: "act", person_ids: null });
    expect(order).toEqual(["prepare", "issue", "issued"]);
    expect(result.textContent).toContain("2 certificates were issued.");
    expect(result.textContent).toContain("1 participant already held one");
    expect(result.textContent).toContain("Not eligible, so not issued: Saidova Malika");
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
    api.pick.mockResolvedValue("/home/u/certificates.pdf");
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
      "/home/u/certificates.pdf",
    );
  });

  it("prints nothing when the dialog is cancelled, and shows a failure by code", async () => {
    const held = completionWith([{ eligible: true, certificate: "UZ-ASAN-2026-000001" }]);
    api.pick.mockResolvedValue(null);
    render(CertificateIssue, { activityId: "act", completion: held });
    await fireEvent.click(screen.getByTestId("cert-print-all"));
    await waitFor(() => expect(api.pick).toHaveBeenCalled());
    expect(api.pdfSave).not.toHaveBeenCalled();
    api.pick.mockResolvedValue("/tmp/x.pdf");
    api.pdfSave.mockRejectedValue({ code: "file", message: "/tmp/x.pdf: permission denied" });
    await fireEvent.click(screen.getByTestId("cert-print-all"));
    const error = await screen.findByTestId("cert-issue-error");
    expect(error.getAttribute("data-code")).toBe("file");
    expect(screen.queryByTestId("cert-printed")).toBeNull();
  });

  it("shows a refusal to issue by its code", async () => {
    api.issue.mockRejectedValue({
      code: "invalid",
      field: "short_code",
      message: "ASAN has no short code; give it one to number its certificates",
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
