import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

beforeEach(() => {
  invoke.mockReset().mockResolvedValue(null);
});

describe("certificate wrappers", () => {
  it("name the commands and pass camelCase arguments", async () => {
    const c = await import("./certificate");
    await c.certificateIssue({ activity_id: "a1", person_ids: null });
    expect(invoke).toHaveBeenLastCalledWith("certificate_issue", {
      input: { activity_id: "a1", person_ids: null },
    });
    await c.certificateList(null, "Ali", 200);
    expect(invoke).toHaveBeenLastCalledWith("certificate_list", {
      activityId: null,
      search: "Ali",
      limit: 200,
    });
    await c.certificateGet("UZ-ASAN-2026-000001");
    expect(invoke).toHaveBeenLastCalledWith("certificate_get", {
      idOrCode: "UZ-ASAN-2026-000001",
    });
    await c.certificateRevoke("c1", "wrong name");
    expect(invoke).toHaveBeenLastCalledWith("certificate_revoke", {
      idOrCode: "c1",
      reason: "wrong name",
    });
    await c.certificateReissue("c1");
    expect(invoke).toHaveBeenLastCalledWith("certificate_reissue", { idOrCode: "c1" });
    await c.certificateVerify("MLK1.abc");
    expect(invoke).toHaveBeenLastCalledWith("certificate_verify", { token: "MLK1.abc" });
    await c.certificatePublicKey();
    expect(invoke).toHaveBeenLastCalledWith("certificate_public_key", undefined);
  });

  it("prints either the named certificates or an activity's", async () => {
    const { certificatePdfSave } = await import("./certificate");
    await certificatePdfSave({ ids: ["c1", "c2"] }, "ru", "/tmp/c.pdf");
    expect(invoke).toHaveBeenLastCalledWith("certificate_pdf_save", {
      ids: ["c1", "c2"],
      activityId: null,
      locale: "ru",
      also: null,
      path: "/tmp/c.pdf",
    });
    await certificatePdfSave({ activityId: "a1" }, "uz-Latn", "/tmp/all.pdf");
    expect(invoke).toHaveBeenLastCalledWith("certificate_pdf_save", {
      ids: null,
      activityId: "a1",
      locale: "uz-Latn",
      also: null,
      path: "/tmp/all.pdf",
    });
  });

  it("turns a refusal into an ApiError with its code", async () => {
    const { certificateVerify } = await import("./certificate");
    invoke.mockRejectedValue({ code: "refused", message: "the signature does not match" });
    await expect(certificateVerify("MLK1.x")).rejects.toEqual({
      code: "refused",
      message: "the signature does not match",
    });
  });
});
