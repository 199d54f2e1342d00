import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { certificate } from "$lib/certificates/fixtures";
import { setLocale } from "$lib/i18n/index.svelte";
import { announce, followDelay } from "$lib/testing/changes";
import { fill, valueOf } from "$lib/testing/form";
import CertificatesPage from "./CertificatesPage.svelte";

const api = await vi.hoisted(async () => {
  const { mockFns } = await import("$lib/testing/mockFns");
  return mockFns("list", "revoke");
});
vi.mock("$lib/api/certificate", () => ({
  certificateList: (a: string | null, s: string | null, l: number) => api.list(a, s, l),
  certificateRevoke: (id: string, reason: string) => api.revoke(id, reason),
}));
vi.mock("@tauri-apps/api/event", async () => (await import("$lib/testing/changes")).fakeEvents);

const first = certificate("c1", 1);
const second = certificate("c2", 2);
// Issued at another desk, for another activity.
const third = certificate("c3", 3, { activity_id: "other" });

const row = (n: number) => screen.queryByTestId(`cert-row-UZ-ASAN-2026-00000${n}`);

beforeEach(() => {
  setLocale("en");
  api.list.mockReset().mockResolvedValue([second, first]);
  api.revoke.mockReset();
});

async function open() {
  render(CertificatesPage);
  await screen.findByTestId("cert-table");
}

describe("the certificate register following other desks", () => {
  it("lists a certificate another desk issued, and says so", async () => {
    await open();
    api.list.mockResolvedValue([third, second, first]);
    announce("certificate", "other");
    await waitFor(() => expect(row(3)).toBeTruthy());
    expect(api.list).toHaveBeenCalledTimes(2);
    expect((await screen.findByTestId("others-updated")).textContent).toBe(
      "Updated with changes from another desk.",
    );
  });

  it("does not reload for changes that are not certificates", async () => {
    await open();
    api.list.mockResolvedValue([third, second, first]);
    announce("roll", "s1");
    announce("enrolment", "act");
    announce("person");
    await followDelay();
    expect(api.list).toHaveBeenCalledTimes(1);
    expect(row(3)).toBeNull();
  });

  it("searches again for what was searched, keeping an open revoke form and its reason", async () => {
    await open();
    api.list.mockResolvedValue([first]);
    await fill("cert-search", "Holder 1");
    await fireEvent.keyDown(screen.getByTestId("cert-search"), { key: "Enter" });
    await waitFor(() => expect(row(2)).toBeNull());
    await fireEvent.click(screen.getByTestId("cert-revoke-UZ-ASAN-2026-000001"));
    await fill("cert-revoke-reason", "Name misspelt");
    // Another desk issued a certificate that this search finds too.
    const tenth = certificate("c10", 10);
    api.list.mockResolvedValue([tenth, first]);
    announce("certificate", "act");
    await screen.findByTestId("cert-row-UZ-ASAN-2026-000010");
    expect(api.list).toHaveBeenCalledTimes(3);
    expect(api.list).toHaveBeenLastCalledWith(null, "Holder 1", expect.any(Number));
    expect(valueOf("cert-search")).toBe("Holder 1");
    expect(valueOf("cert-revoke-reason")).toBe("Name misspelt");
    await screen.findByTestId("others-updated");
  });

  it("says nothing when the notice is its own revoke's", async () => {
    const revoked = {
      ...first,
      status: "revoked" as const,
      revoked_by: "admin",
      revoked_at: "2026-11-29T12:00:00Z",
      revoke_reason: "Name misspelt",
    };
    api.revoke.mockResolvedValue(revoked);
    await open();
    await fireEvent.click(screen.getByTestId("cert-revoke-UZ-ASAN-2026-000001"));
    await fill("cert-revoke-reason", "Name misspelt");
    await fireEvent.click(screen.getByTestId("cert-revoke-confirm"));
    await screen.findByTestId("cert-revoked");
    // What the register answers now differs from the row shown (the server's own fields).
    api.list.mockResolvedValue([second, { ...revoked, revoked_by: "Administrator" }]);
    announce("certificate", "act");
    await waitFor(() => expect(api.list).toHaveBeenCalledTimes(2));
    await followDelay();
    expect(screen.queryByTestId("others-updated")).toBeNull();
  });
});
