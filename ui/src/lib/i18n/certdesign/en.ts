import type { Plural } from "../types";

/** `certdesign.*`: the certificate design (template, logo, other agencies); spread into each locale's catalogue. */
export const enCertdesign = {
  "certdesign.verifyFile": "Verify from a file…",
  "certdesign.verifyFileReading": "Reading the file…",
  "certdesign.verifyFileDialog": "Choose a certificate's PDF or a picture of its QR code",
  "certdesign.verifyFileFilter": "Certificates (PDF, PNG, JPEG)",
  "certdesign.verifyFileHint":
    "Or choose the certificate's PDF, or a scan or photo of its QR code.",
  "certdesign.other.toggle": "Issued by another agency",
  "certdesign.other.keyLabel": "The issuer's public key",
  "certdesign.other.keyPlaceholder": "64 hex digits",
  "certdesign.other.keyInvalid":
    "Enter the issuer's public key as published: 64 hex digits (0–9, a–f).",
  "certdesign.other.listChoose": "Choose their revocation list…",
  "certdesign.other.listDialog": "Choose the issuer's revocation list",
  "certdesign.other.listFilter": "JSON list",
  "certdesign.other.listClear": "remove",
  "certdesign.other.listHint": "Without the list, a revoked certificate cannot be recognised.",
  "certdesign.other.valid": "Valid: signed with the issuer's key and not on its revocation list.",
  "certdesign.other.validUnchecked": "Genuine: signed with the issuer's key.",
  "certdesign.other.revoked":
    "Revoked: the certificate is genuine, but it is on the issuer's revocation list.",
  "certdesign.other.checkedWith": "Checked with the issuer's public key",
  "certdesign.other.withList": "with its revocation list {file}",
  "certdesign.other.noList": "no revocation list — revocation not checked",
  "certdesign.other.refused":
    "The signature does not check out: the certificate was not signed with this key, or the revocation list has been altered.",
  "certdesign.revocations.title": "Revoked certificates",
  "certdesign.revocations.hint":
    "Publish this list beside the public key so that anyone can see, offline, which certificates were revoked. Save it again after each revocation.",
  "certdesign.revocations.save": "Save the revocation list…",
  "certdesign.revocations.saving": "Saving…",
  "certdesign.revocations.dialog": "Save the list of revoked certificates",
  "certdesign.revocations.filter": "JSON list",
  "certdesign.revocations.saved": {
    one: "{count} revoked certificate written to {path}",
    other: "{count} revoked certificates written to {path}",
  },
  "certdesign.title": "Certificate design",
  "certdesign.intro":
    "Each organisation that issues certificates can have its own template and logo. Check the preview before issuing.",
  "certdesign.org": "Organisation",
  "certdesign.noOrg":
    "No organisation has a short code yet. Only organisations with a short code issue certificates; give one on the Organisations page.",
  "certdesign.template.title": "Template",
  "certdesign.template.own": "This organisation uses its own template:",
  "certdesign.template.default": "This organisation uses the default template.",
  "certdesign.template.copy": "Copy the default template to edit",
  "certdesign.template.copying": "Copying…",
  "certdesign.template.editHint": "Edit this file in any text editor, then press Refresh preview.",
  "certdesign.logo.title": "Logo",
  "certdesign.logo.none": "No logo",
  "certdesign.logo.alt": "Logo of {org}",
  "certdesign.logo.set": "Choose a logo…",
  "certdesign.logo.clear": "Remove logo",
  "certdesign.logo.dialog": "Choose a logo for the certificates",
  "certdesign.logo.filter": "Pictures (PNG, JPEG, SVG)",
  "certdesign.logo.hint": "PNG, JPEG or SVG, at most 1 MiB.",
  "certdesign.logo.saving": "Saving…",
  "certdesign.preview.title": "Preview",
  "certdesign.preview.locale": "Language",
  "certdesign.preview.also": "Second language",
  "certdesign.preview.alsoNone": "None",
  "certdesign.preview.refresh": "Refresh preview",
  "certdesign.preview.rendering": "Drawing the preview…",
  "certdesign.preview.sample": "A sample certificate with made-up names and dates.",
  "certdesign.preview.alt": "A sample certificate of {org}",
  "certdesign.preview.templateError":
    "The template has an error, so no certificate can be printed with it:",
  "certdesign.preview.fixHint": "Correct the file, then press Refresh preview.",
} as const satisfies Record<string, string | Plural>;
