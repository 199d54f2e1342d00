import type { Plural } from "../types";

/** The certificate design (template, logo) and publishing screens' messages; spread into each locale's catalogue. */
export const enCertDesign = {
  "certdesign.verifyFile": "Verify from a file…",
  "certdesign.verifyFileReading": "Reading the file…",
  "certdesign.verifyFileDialog": "Choose a certificate's PDF or a picture of its QR code",
  "certdesign.verifyFileFilter": "Certificates (PDF, PNG, JPEG)",
  "certdesign.verifyFileHint":
    "Or choose the certificate's PDF, or a scan or photo of its QR code.",

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

/** The shape each locale's certificate design messages fill. */
export type CertDesignCatalogue = {
  [K in keyof typeof enCertDesign]: (typeof enCertDesign)[K] extends string ? string : Plural;
};
