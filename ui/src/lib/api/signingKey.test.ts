import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...a: unknown[]) => invoke(...a) }));

beforeEach(() => {
  invoke.mockReset().mockResolvedValue(null);
});

describe("signing key wrappers", () => {
  it("name the commands and pass camelCase arguments", async () => {
    const k = await import("./signingKey");
    await k.signingKeyList();
    expect(invoke).toHaveBeenLastCalledWith("signing_key_list", undefined);
    await k.signingKeyUnlock("a passphrase");
    expect(invoke).toHaveBeenLastCalledWith("signing_key_unlock", { passphrase: "a passphrase" });
    await k.signingKeyRotate("a passphrase");
    expect(invoke).toHaveBeenLastCalledWith("signing_key_rotate", { passphrase: "a passphrase" });
    await k.signingKeyRetire("0123456789abcdef");
    expect(invoke).toHaveBeenLastCalledWith("signing_key_retire", { keyId: "0123456789abcdef" });
    await k.signingKeyProtect("a passphrase");
    expect(invoke).toHaveBeenLastCalledWith("signing_key_protect", { passphrase: "a passphrase" });
  });

  it("rethrows a refusal as an ApiError", async () => {
    const k = await import("./signingKey");
    invoke.mockRejectedValue({
      code: "invalid",
      field: "passphrase",
      reason: { key: "wrong_passphrase" },
    });
    await expect(k.signingKeyUnlock("no")).rejects.toEqual({
      code: "invalid",
      field: "passphrase",
      reason: { key: "wrong_passphrase" },
    });
  });
});
