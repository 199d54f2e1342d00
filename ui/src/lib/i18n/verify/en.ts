import type { Plural } from "../types";

/** `verify.*`: verifying a certificate; spread into each locale's catalogue. */
export const enVerify = {
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
  "verify.list.date": {
    one: "Checked against the revocation list of {date} ({count} day old).",
    other: "Checked against the revocation list of {date} ({count} days old).",
  },
  "verify.list.stale":
    "The list is over 30 days old: certificates revoked since are not in it. Ask the issuer for a newer one.",
  "verify.list.old": "The list is in an older format: ask the issuer for a new list.",
} as const satisfies Record<string, string | Plural>;
