/** The large certificate batches' (progress, cancel, bilingual print) messages; spread into each locale's catalogue. */
export const ruCertBatch = {
  "certbatch.ready": "Готово.",
};
