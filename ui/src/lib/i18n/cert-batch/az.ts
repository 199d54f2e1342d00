/** The large certificate batches' (progress, cancel, bilingual print) messages; spread into each locale's catalogue. */
export const azCertBatch = {
  "certbatch.ready": "Hazırdır.",
};
