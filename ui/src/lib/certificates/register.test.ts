import { describe, expect, it } from "vitest";
import {
  fileName,
  holdingCount,
  replacedBy,
  replacementOf,
  verifyStatus,
  waitingCount,
  withAdded,
  withUpdated,
} from "./register";
import { certificate, completionWith, facts } from "./fixtures";
import type { VerificationStatus } from "$lib/api/types";

describe("the certificate register's logic", () => {
  it("counts who waits for a certificate and who holds one", () => {
    const c = completionWith([
      { eligible: true, certificate: null },
      { eligible: true, certificate: "UZ-ASAN-2026-000001" },
      { eligible: false, certificate: null },
      { eligible: true, certificate: null },
    ]);
    expect(waitingCount(c)).toBe(2);
    expect(holdingCount(c)).toBe(1);
  });

  it("links a reissued certificate and the revoked one it replaces", () => {
    const old = certificate("c1", 1, { status: "revoked" });
    const fresh = certificate("c2", 2, { replaces_id: "c1" });
    const other = certificate("c3", 3);
    const list = [fresh, other, old];
    expect(replacementOf(list, old)).toBe(fresh.code);
    expect(replacementOf(list, other)).toBeUndefined();
    // Found by a search for the old number alone: the register names the replacement.
    const named = certificate("c1", 1, { status: "revoked", replaced_by: "UZ-X-2026-000009" });
    expect(replacementOf([named], named)).toBe("UZ-X-2026-000009");
    expect(replacedBy(list, fresh)?.id).toBe("c1");
    expect(replacedBy([fresh], fresh)).toBeUndefined();
  });

  it("updates a row in place and adds a new one first, once", () => {
    const a = certificate("c1", 1);
    const b = certificate("c2", 2);
    const revoked = { ...a, status: "revoked" as const };
    expect(withUpdated([b, a], revoked)).toEqual([b, revoked]);
    const c = certificate("c3", 3);
    expect(withAdded([b, a], c).map((x) => x.id)).toEqual(["c3", "c2", "c1"]);
    expect(withAdded([c, b], c).map((x) => x.id)).toEqual(["c3", "c2"]);
  });

  it("never reads an unexpected verdict as valid", () => {
    const v = (status: VerificationStatus) => ({
      status,
      facts: facts(),
      certificate: null,
      revocations: null,
    });
    expect(verifyStatus(v("valid"))).toBe("valid");
    expect(verifyStatus(v("revoked"))).toBe("revoked");
    expect(verifyStatus(v("unknown"))).toBe("unknown");
  });

  it("makes a file name any file system accepts", () => {
    expect(fileName("certificates", "Ethics: 2/3 ")).toBe("certificates Ethics 2 3.pdf");
    expect(fileName("UZ-ASAN-2026-000001")).toBe("UZ-ASAN-2026-000001.pdf");
    expect(fileName("x".repeat(300))).toHaveLength(124);
  });
});
