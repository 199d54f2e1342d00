import type { Plural } from "../types";
import type { enCertbatch } from "./en";

export const ruCertbatch: {
  [K in keyof typeof enCertbatch]: (typeof enCertbatch)[K] extends string ? string : Plural;
} = {
  "certbatch.label.issuing": "Выдача сертификатов",
  "certbatch.label.printing": "Печать сертификатов",
  "certbatch.issuing": "Выдача сертификатов: {done} из {total}",
  "certbatch.saving": "Сохранение сертификатов…",
  "certbatch.laying": "Вёрстка страниц: {done} из {total}",
  "certbatch.writing": "Запись PDF…",
  "certbatch.cancel": "Отменить",
  "certbatch.cancelling": "Отмена…",
  "certbatch.cancelledIssue": "Отменено: ни один сертификат не выдан.",
  "certbatch.cancelledPrint": "Отменено: файл не записан.",
  "certbatch.options": "Параметры печати",
  "certbatch.locale": "Язык сертификата",
  "certbatch.also": "Второй язык",
  "certbatch.alsoNone": "Нет",
  "certbatch.each": "По PDF на каждого…",
  "certbatch.eachDialog": "Выберите папку для сертификатов",
  "certbatch.eachDone": {
    one: "{count} PDF-файл сохранён в {dir}",
    few: "{count} PDF-файла сохранены в {dir}",
    many: "{count} PDF-файлов сохранены в {dir}",
    other: "{count} PDF-файла сохранены в {dir}",
  },
};
