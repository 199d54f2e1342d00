// The certificate page's managers' sections: verifying from a file, publishing the revocation
// list, and the certificate design (closed until asked for).
import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Organisation } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import { fileError } from "$lib/testing/apiErrors";
import CertificatesPage from "./CertificatesPage.svelte";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list", "pickFile", "verifyFile", "revocations", "pick", "orgs", "picture");
});
vi.mock("$lib/api/certificate", () => ({
  certificateList: () => api.list(),
  pickVerifyFile: () => api.pickFile(),
  certificateVerifyFile: (path: string) => api.verifyFile(path),
  certificateRevocationsSave: (path: string) => api.revocations(path),
}));
vi.mock("$lib/api/certificateTemplate", () => ({
  certificateTemplateInfo: () => Promise.resolve({ path: "/t/certificate.typ", exists: false }),
  certificateTemplatePicture: (o: string, l: string, a: string | null) => api.picture(o, l, a),
}));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (...a: string[]) => api.pick(...a),
}));
vi.mock("$lib/api/organisation", () => ({
  organisationList: () => api.orgs(),
  organisationLogo: () => Promise.resolve(null),
}));

const asan: Organisation = {
  id: "o-asan",
  name: "ASAN",
  short_code: "ASAN",
  kind: "agency",
  country: "AZ",
  parent_id: null,
  created_at: "2026-01-01T00:00:00Z",
};

beforeEach(() => {
  setLocale("en");
  api.list.mockReset().mockResolvedValue([]);
  api.orgs.mockReset().mockResolvedValue([asan]);
  api.picture.mockReset().mockResolvedValue("data:image/png;base64,AAAA");
  api.revocations.mockReset().mockResolvedValue(2);
  api.pick.mockReset().mockResolvedValue(picked("/srv/revoked-certificates.json"));
});

describe("the certificates page for managers", () => {
  it("verifies a certificate from a file beside the token box", async () => {
    api.pickFile.mockResolvedValue(picked("/scans/cert.jpg"));
    api.verifyFile.mockRejectedValue(fileError("no_qr_code", "scan.png"));
    render(CertificatesPage);
    await fireEvent.click(screen.getByTestId("cert-verify-file"));
    const result = await screen.findByTestId("cert-verify-result");
    expect(api.verifyFile).toHaveBeenCalledWith("token:/scans/cert.jpg");
    expect(result.getAttribute("data-code")).toBe("file");
  });

  it("publishes the revocation list beside the public key", async () => {
    render(CertificatesPage);
    expect(screen.getByTestId("cert-public-key")).toBeTruthy();
    await fireEvent.click(screen.getByTestId("cert-revocations-save"));
    expect((await screen.findByTestId("cert-revocations-saved")).textContent).toContain(
      "2 revoked certificates written to /srv/revoked-certificates.json",
    );
    expect(api.pick.mock.calls[0][2]).toBe("revoked-certificates.json");
    expect(api.revocations).toHaveBeenCalledWith("token:/srv/revoked-certificates.json");
  });

  it("opens the certificate design only when asked, then draws a preview", async () => {
    render(CertificatesPage);
    await screen.findByTestId("cert-empty");
    const toggle = screen.getByTestId("cert-design-toggle");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(api.orgs).not.toHaveBeenCalled();
    expect(api.picture).not.toHaveBeenCalled();
    await fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(((await screen.findByTestId("cert-design-org")) as HTMLSelectElement).value).toBe(
      "o-asan",
    );
    expect((await screen.findByTestId("cert-preview-img")).getAttribute("src")).toBe(
      "data:image/png;base64,AAAA",
    );
    expect(api.picture).toHaveBeenCalledWith("o-asan", "en", null);
  });
});
