import type { Plural } from "../types";
import type { enCertbatch } from "./en";

export const uzLatnCertbatch: {
  [K in keyof typeof enCertbatch]: (typeof enCertbatch)[K] extends string ? string : Plural;
} = {
  "certbatch.label.issuing": "Sertifikatlar berilishi",
  "certbatch.label.printing": "Sertifikatlar chop etilishi",
  "certbatch.issuing": "Sertifikatlar berilmoqda: {total} tadan {done} tasi",
  "certbatch.saving": "Sertifikatlar saqlanmoqda…",
  "certbatch.laying": "Sahifalar joylanmoqda: {total} tadan {done} tasi",
  "certbatch.writing": "PDF yozilmoqda…",
  "certbatch.cancel": "Bekor qilish",
  "certbatch.cancelling": "Bekor qilinmoqda…",
  "certbatch.cancelledIssue": "Bekor qilindi: birorta ham sertifikat berilmadi.",
  "certbatch.cancelledPrint": "Bekor qilindi: hech qanday fayl yozilmadi.",
  "certbatch.options": "Chop etish sozlamalari",
  "certbatch.locale": "Sertifikat tili",
  "certbatch.also": "Ikkinchi til",
  "certbatch.alsoNone": "Yoʻq",
  "certbatch.each": "Har biriga alohida PDF…",
  "certbatch.eachDialog": "Sertifikatlar uchun jildni tanlang",
  "certbatch.eachDone": {
    one: "{count} ta PDF {dir} jildiga saqlandi",
    other: "{count} ta PDF {dir} jildiga saqlandi",
  },
};
