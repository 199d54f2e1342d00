import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { OrgKind, Organisation } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import CertificateDesign from "./CertificateDesign.svelte";
import { deferred } from "$lib/util/deferred";
import { picked } from "$lib/api/testing/picked";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("orgs", "logo", "logoSet", "logoClear", "pickLogo", "info", "copy", "picture");
});
vi.mock("$lib/api/organisation", () => ({
  organisationList: () => api.orgs(),
  organisationLogo: (org: string) => api.logo(org),
  organisationLogoSet: (org: string, path: string) => api.logoSet(org, path),
  organisationLogoClear: (org: string) => api.logoClear(org),
  pickLogoFile: (title: string, filter: string) => api.pickLogo(title, filter),
}));
vi.mock("$lib/api/certificateTemplate", () => ({
  certificateTemplateInfo: (org: string) => api.info(org),
  certificateTemplateCopy: (org: string) => api.copy(org),
  certificateTemplatePicture: (org: string, locale: string, also: string | null) =>
    api.picture(org, locale, also),
}));

function org(id: string, name: string, short_code: string | null, kind: OrgKind): Organisation {
  return {
    id,
    name,
    short_code,
    kind,
    country: "UZ",
    parent_id: null,
    created_at: "2026-01-01T00:00:00Z",
  };
}

const ministry = org("o-min", "Ministry of Justice", "MOJ", "ministry");
const partner = org("o-part", "Partner without code", null, "partner");
const asan = org("o-asan", "ASAN xidmət", "ASAN", "agency");
const unit = org("o-unit", "Blank code unit", "  ", "unit");
const centre = org("o-dsc", "Digital service centre", "DSC", "service_centre");

const logoPng = { extension: "png", data_url: "data:image/png;base64,AAAA", bytes: 4 };
const templatePath = "/home/me/.local/share/malaka/templates/ASAN/certificate.typ";

beforeEach(() => {
  setLocale("en");
  api.orgs.mockReset().mockResolvedValue([ministry, partner, asan, unit, centre]);
  api.logo.mockReset().mockResolvedValue(null);
  api.logoSet.mockReset();
  api.logoClear.mockReset().mockResolvedValue(true);
  api.pickLogo.mockReset();
  api.info.mockReset().mockResolvedValue({ path: templatePath, exists: false });
  api.copy.mockReset();
  api.picture
    .mockReset()
    .mockImplementation((o: string, l: string, a: string | null) =>
      Promise.resolve(`data:image/png;base64,${o}-${l}-${a ?? "none"}`),
    );
});

async function open() {
  render(CertificateDesign);
  await fireEvent.click(screen.getByTestId("cert-design-toggle"));
  return (await screen.findByTestId("cert-design-org")) as HTMLSelectElement;
}

const previewSrc = async () => (await screen.findByTestId("cert-preview-img")).getAttribute("src");

describe("the certificate design section", () => {
  it("loads nothing until opened, then offers only organisations with a short code", async () => {
    render(CertificateDesign);
    expect(screen.getByText("Certificate design")).toBeTruthy();
    expect(api.orgs).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("cert-design-toggle"));
    const select = (await screen.findByTestId("cert-design-org")) as HTMLSelectElement;
    const options = [...select.options].map((o) => o.value);
    expect(options).toEqual(["o-min", "o-asan", "o-dsc"]);
    expect(select.textContent).toContain("ASAN xidmət (ASAN)");
    // The first agency or service centre, not the ministry listed before it.
    expect(select.value).toBe("o-asan");
    await vi.waitFor(() => expect(api.picture).toHaveBeenCalledWith("o-asan", "en", null));
    expect(api.info).toHaveBeenCalledWith("o-asan");
    expect(api.logo).toHaveBeenCalledWith("o-asan");
  });

  it("says so when no organisation can issue certificates", async () => {
    api.orgs.mockResolvedValue([partner, unit]);
    render(CertificateDesign);
    await fireEvent.click(screen.getByTestId("cert-design-toggle"));
    expect((await screen.findByTestId("cert-design-no-org")).textContent).toContain(
      "No organisation has a short code yet",
    );
    expect(screen.queryByTestId("cert-design-org")).toBeNull();
    expect(api.picture).not.toHaveBeenCalled();
  });

  it("loads the chosen organisation's template, logo and preview", async () => {
    const select = await open();
    await previewSrc();
    await fireEvent.change(select, { target: { value: "o-min" } });
    await vi.waitFor(() => expect(api.picture).toHaveBeenCalledWith("o-min", "en", null));
    expect(api.info).toHaveBeenCalledWith("o-min");
    expect(api.logo).toHaveBeenCalledWith("o-min");
    await vi.waitFor(async () => expect(await previewSrc()).toContain("o-min-en-none"));
  });
});

describe("the template", () => {
  it("offers a copy of the default only when there is no own template, then shows its path", async () => {
    api.copy.mockResolvedValue({ path: templatePath, exists: true });
    await open();
    const state = await screen.findByTestId("cert-template-state");
    expect(state.getAttribute("data-state")).toBe("default");
    expect(state.textContent).toContain("uses the default template");
    expect(screen.queryByTestId("cert-template-path")).toBeNull();
    await fireEvent.click(screen.getByTestId("cert-template-copy"));
    expect(api.copy).toHaveBeenCalledWith("o-asan");
    expect((await screen.findByTestId("cert-template-path")).textContent).toBe(templatePath);
    expect(screen.getByTestId("cert-template-state").getAttribute("data-state")).toBe("own");
    expect(screen.queryByTestId("cert-template-copy")).toBeNull();
    expect(screen.getByText(/Edit this file in any text editor/)).toBeTruthy();
  });

  it("shows the path of an organisation's own template, with no copy button", async () => {
    api.info.mockResolvedValue({ path: templatePath, exists: true });
    await open();
    expect((await screen.findByTestId("cert-template-path")).textContent).toBe(templatePath);
    expect(screen.queryByTestId("cert-template-copy")).toBeNull();
  });

  it("shows a template error's file, line and column as written", async () => {
    api.picture.mockRejectedValue({
      code: "invalid",
      field: "template",
      reason: { key: "template", detail: "certificate.typ:3:5: unclosed delimiter" },
    });
    await open();
    const box = await screen.findByTestId("cert-preview-error");
    expect(box.getAttribute("data-code")).toBe("invalid");
    expect(box.textContent).toContain("The template has an error");
    const pre = box.querySelector("pre");
    expect(pre?.textContent).toBe("certificate.typ:3:5: unclosed delimiter");
    expect(screen.queryByTestId("cert-preview-img")).toBeNull();
  });

  it("draws the preview again on Refresh, and drops a fixed error", async () => {
    api.picture.mockRejectedValueOnce({
      code: "invalid",
      field: "template",
      reason: { key: "template", detail: "certificate.typ:3:5: unclosed delimiter" },
    });
    await open();
    await screen.findByTestId("cert-preview-error");
    await fireEvent.click(screen.getByTestId("cert-preview-refresh"));
    expect(await previewSrc()).toBe("data:image/png;base64,o-asan-en-none");
    expect(screen.queryByTestId("cert-preview-error")).toBeNull();
    expect(api.picture).toHaveBeenCalledTimes(2);
  });
});

describe("the logo", () => {
  it("sets a logo for the organisation shown and draws the preview again", async () => {
    api.pickLogo.mockResolvedValue(picked("/home/me/logo.png"));
    api.logoSet.mockResolvedValue(logoPng);
    await open();
    await screen.findByTestId("cert-logo-none");
    expect(screen.queryByTestId("cert-logo-clear")).toBeNull();
    await previewSrc();
    const drawn = api.picture.mock.calls.length;
    await fireEvent.click(screen.getByTestId("cert-logo-set"));
    expect(api.pickLogo).toHaveBeenCalledWith(
      "Choose a logo for the certificates",
      "Pictures (PNG, JPEG, SVG)",
    );
    const img = await screen.findByTestId("cert-logo-img");
    expect(api.logoSet).toHaveBeenCalledWith("o-asan", "token:/home/me/logo.png");
    expect(img.getAttribute("src")).toBe(logoPng.data_url);
    expect(img.getAttribute("alt")).toBe("Logo of ASAN xidmət");
    await vi.waitFor(() => expect(api.picture.mock.calls.length).toBe(drawn + 1));
    expect(screen.getByText("PNG, JPEG or SVG, at most 1 MiB.")).toBeTruthy();
  });

  it("removes the logo", async () => {
    api.logo.mockResolvedValue(logoPng);
    await open();
    await screen.findByTestId("cert-logo-img");
    await fireEvent.click(screen.getByTestId("cert-logo-clear"));
    expect(api.logoClear).toHaveBeenCalledWith("o-asan");
    expect((await screen.findByTestId("cert-logo-none")).textContent).toBe("No logo");
    expect(screen.queryByTestId("cert-logo-img")).toBeNull();
    expect(screen.queryByTestId("cert-logo-clear")).toBeNull();
  });

  it("shows why a file was refused and keeps the logo it had", async () => {
    api.logo.mockResolvedValue(logoPng);
    api.pickLogo.mockResolvedValue(picked("/home/me/notes.txt"));
    api.logoSet.mockRejectedValue({
      code: "invalid",
      field: "logo",
      reason: { key: "not_a_picture", file: "/home/me/logo.gif" },
    });
    await open();
    await screen.findByTestId("cert-logo-img");
    await fireEvent.click(screen.getByTestId("cert-logo-set"));
    const banner = await screen.findByTestId("cert-logo-error");
    expect(banner.getAttribute("data-code")).toBe("invalid");
    expect(banner.textContent).toContain("/home/me/logo.gif: not a PNG, JPEG or SVG picture.");
    expect(screen.getByTestId("cert-logo-img").getAttribute("src")).toBe(logoPng.data_url);
  });

  it("changes nothing when the dialog is cancelled", async () => {
    api.pickLogo.mockResolvedValue(null);
    await open();
    await screen.findByTestId("cert-logo-none");
    const button = screen.getByTestId("cert-logo-set") as HTMLButtonElement;
    await fireEvent.click(button);
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    expect(api.logoSet).not.toHaveBeenCalled();
    expect(screen.getByTestId("cert-logo-none")).toBeTruthy();
  });
});

describe("the preview's languages", () => {
  it("starts in the UI's language and offers the other four as a second one", async () => {
    setLocale("ru");
    await open();
    const locale = screen.getByTestId("cert-preview-locale") as HTMLSelectElement;
    expect(locale.value).toBe("ru");
    expect([...locale.options].map((o) => o.value)).toEqual([
      "uz-Latn",
      "uz-Cyrl",
      "ru",
      "az",
      "en",
    ]);
    const also = screen.getByTestId("cert-preview-also") as HTMLSelectElement;
    expect([...also.options].map((o) => o.value)).toEqual(["", "uz-Latn", "uz-Cyrl", "az", "en"]);
    await vi.waitFor(() => expect(api.picture).toHaveBeenCalledWith("o-asan", "ru", null));
  });

  it("asks for a bilingual preview when a second language is chosen", async () => {
    await open();
    await previewSrc();
    await fireEvent.change(screen.getByTestId("cert-preview-also"), { target: { value: "ru" } });
    await vi.waitFor(() => expect(api.picture).toHaveBeenLastCalledWith("o-asan", "en", "ru"));
    await vi.waitFor(async () => expect(await previewSrc()).toContain("o-asan-en-ru"));
    // Making the second language the first leaves one language, not the same one twice.
    await fireEvent.change(screen.getByTestId("cert-preview-locale"), { target: { value: "ru" } });
    await vi.waitFor(() => expect(api.picture).toHaveBeenLastCalledWith("o-asan", "ru", null));
    expect((screen.getByTestId("cert-preview-also") as HTMLSelectElement).value).toBe("");
  });

  it("shows only the latest request's picture when answers cross", async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    api.picture.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    await open();
    await vi.waitFor(() => expect(api.picture).toHaveBeenCalledTimes(1));
    await fireEvent.change(screen.getByTestId("cert-preview-locale"), { target: { value: "az" } });
    await vi.waitFor(() => expect(api.picture).toHaveBeenCalledTimes(2));
    expect(api.picture).toHaveBeenLastCalledWith("o-asan", "az", null);
    second.resolve("data:image/png;base64,NEW");
    expect(await previewSrc()).toBe("data:image/png;base64,NEW");
    first.resolve("data:image/png;base64,OLD");
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId("cert-preview-img").getAttribute("src")).toBe(
      "data:image/png;base64,NEW",
    );
    expect(screen.queryByTestId("cert-preview-busy")).toBeNull();
  });

  it("ignores a stale error once a newer picture arrived", async () => {
    const first = deferred<string>();
    api.picture.mockReturnValueOnce(first.promise);
    await open();
    await vi.waitFor(() => expect(api.picture).toHaveBeenCalledTimes(1));
    await fireEvent.change(screen.getByTestId("cert-preview-also"), { target: { value: "az" } });
    expect(await previewSrc()).toContain("o-asan-en-az");
    first.reject({
      code: "invalid",
      field: "template",
      reason: { key: "template", detail: "certificate.typ:1:1: old" },
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId("cert-preview-error")).toBeNull();
    expect(screen.getByTestId("cert-preview-img")).toBeTruthy();
  });
});
