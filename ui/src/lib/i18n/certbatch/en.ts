import type { Plural } from "../types";

/** `certbatch.*`: issuing and printing batches; spread into each locale's catalogue. */
export const enCertbatch = {
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
  "certbatch.each": "One PDF each…",
  "certbatch.eachDialog": "Choose a folder for the certificates",
  "certbatch.eachDone": { one: "{count} PDF saved in {dir}", other: "{count} PDFs saved in {dir}" },
} as const satisfies Record<string, string | Plural>;
