/** The large certificate batches' (progress, cancel, bilingual print) messages; spread into each locale's catalogue. */
export const enCertBatch = {
  "certbatch.label.issuing": "Issuing certificates",
  "certbatch.label.printing": "Printing certificates",
  "certbatch.issuing": "Issuing certificates: {done} of {total}",
  "certbatch.saving": "Saving the certificates…",
  "certbatch.laying": "Laying out pages: {done} of {total}",
  "certbatch.writing": "Writing the PDF…",
  "certbatch.cancel": "Cancel",
  "certbatch.cancelling": "Cancelling…",
  "certbatch.cancelledIssue": "Cancelled: no certificate was issued.",
  "certbatch.cancelledPrint": "Cancelled: no file was written.",
  "certbatch.options": "Print options",
  "certbatch.locale": "Certificate language",
  "certbatch.also": "Second language",
  "certbatch.alsoNone": "None",
} as const satisfies Record<string, string>;

/** The shape each locale's batch messages fill. */
export type CertBatchCatalogue = { [K in keyof typeof enCertBatch]: string };
