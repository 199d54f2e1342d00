import type { Plural } from "../types";

/** The certificate screens' messages; spread into each locale's catalogue. */
export const enCertificates = {
  "count.certificates": { one: "{count} certificate", other: "{count} certificates" },

  "cert.issue": { one: "Issue {count} certificate", other: "Issue {count} certificates" },
  "cert.issuing": "Issuing certificates…",
  "cert.noneWaiting": "Every eligible participant holds a certificate.",
  "cert.issued": {
    one: "{count} certificate was issued.",
    other: "{count} certificates were issued.",
  },
  "cert.already": {
    one: "{count} participant already held one; nobody gets two.",
    other: "{count} participants already held one; nobody gets two.",
  },
  "cert.notEligible": "Not eligible, so not issued: {names}",
  "cert.printAll": "Print all (PDF)",
  "cert.printing": "Preparing the PDF…",
  "cert.pdfDialog": "Save the certificates",
  "cert.pdfFilter": "PDF documents",
  "cert.fileAll": "certificates",
  "cert.printed": "The PDF was saved: {path}",

  "cert.searchLabel": "Search certificates",
  "cert.searchPlaceholder": "Number or holder's name",
  "cert.empty": "No certificates yet. Issue them on an activity's attendance page.",
  "cert.noMatch": "No certificate matches the search.",
  "cert.capped": "Only the newest {limit} are shown; narrow the search to find others.",
  "cert.registerLabel": "Certificate register",
  "cert.col.number": "Number",
  "cert.col.holder": "Holder",
  "cert.col.activity": "Activity",
  "cert.col.issued": "Issued",
  "cert.col.status": "Status",
  "cert.col.actions": "Actions",
  "cert.status.issued": "In force",
  "cert.status.revoked": "Revoked",
  "cert.revokedOn": "Revoked on {date} by {who}",
  "cert.because": "Reason: {reason}",
  "cert.replacedBy": "Replaced by {number}",
  "cert.replaces": "Replaces {number}",
  "cert.print": "Print",
  "cert.printOf": "Print certificate {number}",
  "cert.revoke": "Revoke",
  "cert.revokeOf": "Revoke certificate {number}",
  "cert.reason": "Why is it revoked?",
  "cert.reasonHint":
    "Kept in the register and shown to anyone who verifies the certificate. Its attendance marks unlock.",
  "cert.reasonRequired": "Give the reason.",
  "cert.revokeConfirm": "Revoke certificate",
  "cert.revokeKeep": "Keep the certificate",
  "cert.revoking": "Revoking…",
  "cert.revoked": "Certificate {number} was revoked.",
  "cert.reissue": "Reissue",
  "cert.reissueOf": "Reissue certificate {number}",
  "cert.reissuing": "Reissuing…",
  "cert.reissued": "Certificate {old} was reissued as {number}.",

  "verify.title": "Verify a certificate",
  "verify.hint": "Paste the token from a certificate's QR code; it starts with MLK1.",
  "verify.label": "Token",
  "verify.submit": "Verify",
  "verify.checking": "Checking…",
  "verify.valid": "Valid: issued by us and in force.",
  "verify.revoked": "Revoked: the certificate is genuine but no longer in force.",
  "verify.unknown": "Signed with our key, but this register has no record of it.",
  "verify.invalid": "This is not a Malaka certificate token.",
  "verify.refused":
    "The signature does not check out: the token was altered or another issuer signed it.",
  "verify.number": "Number",
  "verify.issuedOn": "Issue date",
  "verify.hours": "Hours",
  "verify.course": "Course",
  "verify.keyId": "Key id",
  "verify.holder": "Holder in the register",
  "verify.activity": "Activity",
  "verify.nameNote": "Check that the name printed on the certificate is the holder's above.",

  "key.title": "Public key",
  "key.hint": "Publish this key so that anyone can verify your certificates offline.",
  "key.id": "Key id",
  "key.hex": "Public key (Ed25519, hex)",
  "key.copy": "Copy",
  "key.copied": "Copied.",
  "key.copyFailed": "Could not copy; select the key and copy it.",
} as const satisfies Record<string, string | Plural>;

/** The shape each locale's certificate messages fill. */
export type CertificatesCatalogue = {
  [K in keyof typeof enCertificates]: (typeof enCertificates)[K] extends string ? string : Plural;
};
