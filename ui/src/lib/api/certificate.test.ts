import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (...a: unknown[]) => invoke(...a),
  Channel: class {
    onmessage: (m: unknown) => void = () => {};
  },
}));

/** The progress channel a batch call passes, to send it messages as Rust would. */
function channelOf(call: unknown[]): { onmessage: (m: unknown) => void } {
  return (call[1] as { onProgress: { onmessage: (m: unknown) => void } }).onProgress;
}

beforeEach(() => {
  invoke.mockReset().mockResolvedValue(null);
});

describe("certificate wrappers", () => {
  it("name the commands and pass camelCase arguments", async () => {
    const c = await import("./certificate");
    await c.certificateIssue({ activity_id: "a1", person_ids: null }, { jobId: "j1" });
    expect(invoke).toHaveBeenLastCalledWith("certificate_issue", {
      input: { activity_id: "a1", person_ids: null },
      jobId: "j1",
      onProgress: expect.anything(),
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
    await certificatePdfSave({ ids: ["c1", "c2"] }, "ru", "token-c.pdf");
    expect(invoke).toHaveBeenLastCalledWith("certificate_pdf_save", {
      ids: ["c1", "c2"],
      activityId: null,
      locale: "ru",
      also: null,
      path: "token-c.pdf",
      jobId: expect.any(String),
      onProgress: expect.anything(),
    });
    await certificatePdfSave({ activityId: "a1" }, "uz-Latn", "token-all.pdf", "en", {
      jobId: "j2",
    });
    expect(invoke).toHaveBeenLastCalledWith("certificate_pdf_save", {
      ids: null,
      activityId: "a1",
      locale: "uz-Latn",
      also: "en",
      path: "token-all.pdf",
      jobId: "j2",
      onProgress: expect.anything(),
    });
  });

  it("prints one PDF each into the folder picked, named by its token", async () => {
    const { certificatePdfSaveEach } = await import("./certificate");
    await certificatePdfSaveEach({ activityId: "a1" }, "ru", "token-folder", null, { jobId: "j4" });
    expect(invoke).toHaveBeenLastCalledWith("certificate_pdf_save_each", {
      ids: null,
      activityId: "a1",
      locale: "ru",
      also: null,
      dir: "token-folder",
      jobId: "j4",
      onProgress: expect.anything(),
    });
  });

  it("hands a batch's progress to its listener and cancels it by id", async () => {
    const c = await import("./certificate");
    const heard: unknown[] = [];
    await c.certificateIssue(
      { activity_id: "a1", person_ids: null },
      { jobId: "j3", onProgress: (p) => heard.push(p) },
    );
    channelOf(invoke.mock.lastCall!).onmessage({ phase: "issuing", done: 5, total: 10 });
    expect(heard).toEqual([{ phase: "issuing", done: 5, total: 10 }]);
    invoke.mockResolvedValue(true);
    expect(await (await import("./job")).jobCancel("j3")).toBe(true);
    expect(invoke).toHaveBeenLastCalledWith("job_cancel", { jobId: "j3" });
  });

  it("verifies from a file, publishes revocations and previews templates", async () => {
    const c = await import("./certificate");
    await c.certificateVerifyFile("token-scan.pdf");
    expect(invoke).toHaveBeenLastCalledWith("certificate_verify_file", { path: "token-scan.pdf" });
    await c.certificateRevocationsSave("token-revoked.json");
    expect(invoke).toHaveBeenLastCalledWith("certificate_revocations_save", {
      path: "token-revoked.json",
    });
    await c.certificateVerifyWithKey({ file: "token-az.pdf" }, "ab".repeat(32), "token-az.json");
    expect(invoke).toHaveBeenLastCalledWith("certificate_verify_with_key", {
      token: null,
      path: "token-az.pdf",
      publicKey: "ab".repeat(32),
      revocations: "token-az.json",
    });
    await c.certificateVerifyWithKey({ token: "MLK1.x" }, "cd".repeat(32), null);
    expect(invoke).toHaveBeenLastCalledWith("certificate_verify_with_key", {
      token: "MLK1.x",
      path: null,
      publicKey: "cd".repeat(32),
      revocations: null,
    });
    const tpl = await import("./certificateTemplate");
    await tpl.certificateTemplateInfo("DXA");
    expect(invoke).toHaveBeenLastCalledWith("certificate_template_info", { org: "DXA" });
    await tpl.certificateTemplateCopy("DXA");
    expect(invoke).toHaveBeenLastCalledWith("certificate_template_copy", { org: "DXA" });
    await tpl.certificateTemplatePicture("DXA", "uz-Latn", "en");
    expect(invoke).toHaveBeenLastCalledWith("certificate_template_picture", {
      org: "DXA",
      locale: "uz-Latn",
      also: "en",
    });
  });

  it("hand back what was verified as the shell tells it: a certificate or a record of learning", async () => {
    const c = await import("./certificate");
    const { transcriptVerified } = await import("$lib/certificates/fixtures");
    const record = transcriptVerified();
    invoke.mockResolvedValue(record);
    expect(await c.certificateVerify("MLT1.x")).toEqual(record);
    expect(invoke).toHaveBeenLastCalledWith("certificate_verify", { token: "MLT1.x" });
    expect((await c.certificateVerifyFile("token-transcript.pdf")).kind).toBe("transcript");
    const offline = transcriptVerified({ person_name: null, matches_register: null });
    invoke.mockResolvedValue(offline);
    expect(await c.certificateVerifyWithKey({ token: "MLT1.x" }, "ab".repeat(32), null)).toEqual(
      offline,
    );
    invoke.mockResolvedValue({ kind: "certificate", status: "valid" });
    expect((await c.certificateVerify("MLK1.x")).kind).toBe("certificate");
  });

  it("turns a refusal into an ApiError with its code", async () => {
    const { certificateVerify } = await import("./certificate");
    invoke.mockRejectedValue({ code: "refused", reason: { key: "bad_signature" } });
    await expect(certificateVerify("MLK1.x")).rejects.toEqual({
      code: "refused",
      reason: { key: "bad_signature" },
    });
  });
});
