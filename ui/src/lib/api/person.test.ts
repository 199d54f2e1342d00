import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

beforeEach(() => {
  invoke.mockReset().mockResolvedValue(null);
});

describe("person wrappers", () => {
  it("name the commands and pass their arguments", async () => {
    const p = await import("./person");
    await p.personGet("p1");
    expect(invoke).toHaveBeenLastCalledWith("person_get", { id: "p1" });
    await p.personTranscript("p1");
    expect(invoke).toHaveBeenLastCalledWith("person_transcript", { id: "p1" });
  });

  it("save a transcript in one language or two, answering its size", async () => {
    const { personTranscriptSave } = await import("./person");
    invoke.mockResolvedValue(48213);
    expect(await personTranscriptSave("p1", "uz-Latn", null, "token-t.pdf")).toBe(48213);
    expect(invoke).toHaveBeenLastCalledWith("person_transcript_save", {
      id: "p1",
      locale: "uz-Latn",
      also: null,
      path: "token-t.pdf",
    });
    await personTranscriptSave("p1", "ru", "en", "token-t2.pdf");
    expect(invoke).toHaveBeenLastCalledWith("person_transcript_save", {
      id: "p1",
      locale: "ru",
      also: "en",
      path: "token-t2.pdf",
    });
  });

  it("turn a refusal into an ApiError", async () => {
    const { personTranscriptSave } = await import("./person");
    invoke.mockRejectedValue({
      code: "refused",
      message: "the signing key is locked",
      reason: { key: "signing_key_locked" },
    });
    await expect(personTranscriptSave("p1", "en", null, "token-t.pdf")).rejects.toMatchObject({
      code: "refused",
      reason: { key: "signing_key_locked" },
    });
  });
});
