import type { CertBatchCatalogue } from "./en";

/** The large certificate batches' (progress, cancel, bilingual print) messages; spread into each locale's catalogue. */
export const azCertBatch: CertBatchCatalogue = {
  "certbatch.label.issuing": "Sertifikatların verilməsi",
  "certbatch.label.printing": "Sertifikatların çapı",
  "certbatch.issuing": "Sertifikatlar verilir: {done} / {total}",
  "certbatch.saving": "Sertifikatlar saxlanılır…",
  "certbatch.laying": "Səhifələr düzülür: {done} / {total}",
  "certbatch.writing": "PDF yazılır…",
  "certbatch.cancel": "Ləğv et",
  "certbatch.cancelling": "Ləğv edilir…",
  "certbatch.cancelledIssue": "Ləğv edildi: heç bir sertifikat verilmədi.",
  "certbatch.cancelledPrint": "Ləğv edildi: heç bir fayl yazılmadı.",
  "certbatch.options": "Çap parametrləri",
  "certbatch.locale": "Sertifikatın dili",
  "certbatch.also": "İkinci dil",
  "certbatch.alsoNone": "Yoxdur",
  "certbatch.each": "Hər kəsə ayrıca PDF…",
  "certbatch.eachDialog": "Sertifikatlar üçün qovluq seçin",
  "certbatch.eachDone": {
    one: "{count} PDF {dir} qovluğunda saxlandı",
    other: "{count} PDF {dir} qovluğunda saxlandı",
  },
};
