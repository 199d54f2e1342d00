import { call } from "./call";
import type { Certificate, IssueInput, IssueReport, PublicKey, Verification } from "./types";

/** Issues to the activity's eligible participants who hold none yet (never twice), in one go. */
export const certificateIssue = (input: IssueInput) =>
  call<IssueReport>("certificate_issue", { input });

/** The register, newest first; `search` matches a number or the holder's name. */
export const certificateList = (activityId: string | null, search: string | null, limit: number) =>
  call<Certificate[]>("certificate_list", { activityId, search, limit });

export const certificateGet = (idOrCode: string) =>
  call<Certificate>("certificate_get", { idOrCode });

/** Revokes a certificate in force; the reason is required and kept. Its marks unlock. */
export const certificateRevoke = (idOrCode: string, reason: string) =>
  call<Certificate>("certificate_revoke", { idOrCode, reason });

/** A new certificate (new number, `replaces_id` = the old one) in place of a revoked one. */
export const certificateReissue = (idOrCode: string) =>
  call<Certificate>("certificate_reissue", { idOrCode });

/** What a QR token says and what the register knows of it. */
export const certificateVerify = (token: string) =>
  call<Verification>("certificate_verify", { token });

/** The issuer's public key (made on first use), to publish for verifiers. */
export const certificatePublicKey = () => call<PublicKey>("certificate_public_key");

/** What to print: the named certificates, or all of an activity's certificates in force. */
export type PdfChoice = { ids: string[] } | { activityId: string };

/**
 * Prints certificates into one PDF at `path` in `locale` (bilingual when `also` names a second
 * locale); returns its size in bytes.
 */
export const certificatePdfSave = (
  choice: PdfChoice,
  locale: string,
  path: string,
  also: string | null = null,
) =>
  call<number>("certificate_pdf_save", {
    ids: "ids" in choice ? choice.ids : null,
    activityId: "activityId" in choice ? choice.activityId : null,
    locale,
    also,
    path,
  });
