import type { ActivityCompletion, Certificate, Verification } from "$lib/api/types";

/** The register shows at most this many certificates; a search narrows it. */
export const REGISTER_LIMIT = 200;

/** Eligible participants who hold no certificate yet: the ones "Issue" would issue to. */
export function waitingCount(completion: ActivityCompletion): number {
  return completion.participants.filter((p) => p.standing.eligible && p.certificate === null)
    .length;
}

/** Participants holding a certificate in force. */
export function holdingCount(completion: ActivityCompletion): number {
  return completion.participants.filter((p) => p.certificate !== null).length;
}

/**
 * The number of the certificate issued in place of `c`: the register says (`replaced_by`), or a
 * reissue just added to the list does.
 */
export function replacementOf(list: readonly Certificate[], c: Certificate): string | undefined {
  return c.replaced_by ?? list.find((x) => x.replaces_id === c.id)?.code;
}

/** The certificate `c` was issued in place of, if the list has it. */
export function replacedBy(list: readonly Certificate[], c: Certificate): Certificate | undefined {
  return c.replaces_id ? list.find((x) => x.id === c.replaces_id) : undefined;
}

/** The list with `c` put in place of the certificate with its id (after a revoke). */
export function withUpdated(list: readonly Certificate[], c: Certificate): Certificate[] {
  return list.map((x) => (x.id === c.id ? c : x));
}

/** The list with a newly issued `c` first (newest first), unless it is already there. */
export function withAdded(list: readonly Certificate[], c: Certificate): Certificate[] {
  return list.some((x) => x.id === c.id) ? [...list] : [c, ...list];
}

export type VerifyStatus = "valid" | "revoked" | "unknown";

/** The register's verdict; anything unexpected reads as "unknown", never as "valid". */
export function verifyStatus(v: Verification): VerifyStatus {
  return v.status === "valid" || v.status === "revoked" ? v.status : "unknown";
}

/** A file name from free text: characters no file system accepts become spaces. */
export function fileName(...parts: string[]): string {
  const name = parts
    .join(" ")
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `${name.slice(0, 120).trim()}.pdf`;
}
