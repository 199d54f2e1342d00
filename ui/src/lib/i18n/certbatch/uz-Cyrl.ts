import type { Plural } from "../types";
import type { enCertbatch } from "./en";

export const uzCyrlCertbatch: {
  [K in keyof typeof enCertbatch]: (typeof enCertbatch)[K] extends string ? string : Plural;
} = {
  "certbatch.label.issuing": "Сертификатлар берилиши",
  "certbatch.label.printing": "Сертификатлар чоп этилиши",
  "certbatch.issuing": "Сертификатлар берилмоқда: {total} тадан {done} таси",
  "certbatch.saving": "Сертификатлар сақланмоқда…",
  "certbatch.laying": "Саҳифалар жойланмоқда: {total} тадан {done} таси",
  "certbatch.writing": "PDF ёзилмоқда…",
  "certbatch.cancel": "Бекор қилиш",
  "certbatch.cancelling": "Бекор қилинмоқда…",
  "certbatch.cancelledIssue": "Бекор қилинди: бирорта ҳам сертификат берилмади.",
  "certbatch.cancelledPrint": "Бекор қилинди: ҳеч қандай файл ёзилмади.",
  "certbatch.options": "Чоп этиш созламалари",
  "certbatch.locale": "Сертификат тили",
  "certbatch.also": "Иккинчи тил",
  "certbatch.alsoNone": "Йўқ",
  "certbatch.each": "Ҳар бирига алоҳида PDF…",
  "certbatch.eachDialog": "Сертификатлар учун жилдни танланг",
  "certbatch.eachDone": {
    one: "{count} та PDF {dir} жилдига сақланди",
    other: "{count} та PDF {dir} жилдига сақланди",
  },
};
