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
} as const satisfies Record<string, string | Plural>;
