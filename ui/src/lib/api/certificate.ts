import { call } from "./call";
import { pickOpenFile, type FileToken } from "./dialog";
import { batchArgs, type Batch } from "./job";
import type { Certificate, IssueInput, IssueReport, PublicKey, Verified } from "./types";

/**
 * Issues to the activity's eligible participants who hold none yet (never twice), in one go.
 * A cancel before the end issues none (the error's code is `cancelled`).
 */
export const certificateIssue = (input: IssueInput, batch?: Batch) =>
  call<IssueReport>("certificate_issue", { input, ...batchArgs(batch) });

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

/**
 * What a QR token says and what the register knows of it: a certificate's token (MLK1.) or a
 * record of learning's (MLT1.), told apart by `kind`.
 */
export const certificateVerify = (token: string) => call<Verified>("certificate_verify", { token });

/** The issuer's public key (made on first use), to publish for verifiers. */
export const certificatePublicKey = () => call<PublicKey>("certificate_public_key");

/** What to print: the named certificates, or all of an activity's certificates in force. */
export type PdfChoice = { ids: string[] } | { activityId: string };

/**
 * Prints certificates into one PDF, the file picked to save, in `locale` (bilingual when `also`
 * names a second locale); returns its size in bytes. A cancel writes no file (code `cancelled`).
 */
export const certificatePdfSave = (
  choice: PdfChoice,
  locale: string,
  file: FileToken,
  also: string | null = null,
  batch?: Batch,
) =>
  call<number>("certificate_pdf_save", {
    ids: "ids" in choice ? choice.ids : null,
    activityId: "activityId" in choice ? choice.activityId : null,
    locale,
    also,
    path: file,
    ...batchArgs(batch),
  });

/**
 * Prints one PDF per certificate (`<number>.pdf`) into the folder picked with `pickFolder`
 * (`folder` is its token); returns how many files were written. A cancel leaves no file (code
 * `cancelled`).
 */
export const certificatePdfSaveEach = (
  choice: PdfChoice,
  locale: string,
  folder: FileToken,
  also: string | null = null,
  batch?: Batch,
) =>
  call<number>("certificate_pdf_save_each", {
    ids: "ids" in choice ? choice.ids : null,
    activityId: "activityId" in choice ? choice.activityId : null,
    locale,
    also,
    dir: folder,
    ...batchArgs(batch),
  });

/** The file types a certificate can be verified from. */
export const VERIFY_EXTENSIONS = ["pdf", "png", "jpg", "jpeg"];

/** The open dialog for a certificate's PDF or a picture of its QR code; null if cancelled. */
export const pickVerifyFile = (title: string, filterName: string) =>
  pickOpenFile(title, filterName, VERIFY_EXTENSIONS);

/**
 * Reads the QR code in a PDF (printed or scanned) or a PNG/JPEG picture picked with
 * `pickVerifyFile`, then verifies it: a certificate or a record of learning, as `kind` says.
 */
export const certificateVerifyFile = (file: FileToken) =>
  call<Verified>("certificate_verify_file", { path: file });

/**
 * Verifies another issuer's certificate away from its register: the QR token, or the picked file
 * (PDF or picture) to read it from, against the issuer's published public key (64 hex digits)
 * and, when given, its signed revocation list (JSON) picked with `pickRevocationList`. `certificate` in the answer is null; a
 * record of learning (`kind` "transcript") is checked against the key alone, its register fields
 * null. A wrong key or an altered list is refused (code `refused`); a bad key is `invalid`, field
 * `public_key`.
 */
export const certificateVerifyWithKey = (
  source: { token: string } | { file: FileToken },
  publicKey: string,
  revocations: FileToken | null,
) =>
  call<Verified>("certificate_verify_with_key", {
    token: "token" in source ? source.token : null,
    path: "file" in source ? source.file : null,
    publicKey,
    revocations,
  });

/** The open dialog for an issuer's published revocation list; null if cancelled. */
export const pickRevocationList = (title: string, filterName: string) =>
  pickOpenFile(title, filterName, ["json"]);

/**
 * Writes the signed list of revoked certificates (JSON) to publish, to the file picked to save;
 * returns how many it names.
 */
export const certificateRevocationsSave = (file: FileToken) =>
  call<number>("certificate_revocations_save", { path: file });
