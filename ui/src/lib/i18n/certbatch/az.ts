import type { Plural } from "../types";
import type { enCertbatch } from "./en";

export const azCertbatch: {
  [K in keyof typeof enCertbatch]: (typeof enCertbatch)[K] extends string ? string : Plural;
} = {
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
