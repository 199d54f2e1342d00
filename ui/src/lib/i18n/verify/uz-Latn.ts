import type { Plural } from "../types";
import type { enVerify } from "./en";

export const uzLatnVerify: {
  [K in keyof typeof enVerify]: (typeof enVerify)[K] extends string ? string : Plural;
} = {
  "verify.title": "Sertifikatni tekshirish",
  "verify.hint": "Sertifikatdagi QR-koddan tokenni qoʻying; u MLK1. bilan boshlanadi.",
  "verify.label": "Token",
  "verify.submit": "Tekshirish",
  "verify.checking": "Tekshirilmoqda…",
  "verify.valid": "Haqiqiy: biz bergan va amalda.",
  "verify.revoked": "Bekor qilingan: sertifikat asl, lekin endi amalda emas.",
  "verify.unknown": "Bizning kalit bilan imzolangan, lekin bu reyestrda u haqida yozuv yoʻq.",
  "verify.invalid": "Bu Malaka sertifikat tokeni emas.",
  "verify.refused": "Imzo tasdiqlanmadi: token oʻzgartirilgan yoki uni boshqa tashkilot imzolagan.",
  "verify.number": "Raqam",
  "verify.issuedOn": "Berilgan sana",
  "verify.hours": "Soat",
  "verify.course": "Kurs",
  "verify.keyId": "Kalit identifikatori",
  "verify.holder": "Reyestrdagi egasi",
  "verify.activity": "Tadbir",
  "verify.nameNote":
    "Sertifikatda yozilgan ism yuqoridagi egasining ismi bilan bir xil ekanini tekshiring.",
  "verify.list.date": {
    one: "{date} sanali bekor qilinganlar roʻyxati boʻyicha tekshirildi (roʻyxat {count} kunlik).",
    other:
      "{date} sanali bekor qilinganlar roʻyxati boʻyicha tekshirildi (roʻyxat {count} kunlik).",
  },
  "verify.list.stale":
    "Roʻyxat 30 kundan eski: shundan keyin bekor qilingan sertifikatlar unda yoʻq. Beruvchidan yangirogʻini soʻrang.",
  "verify.list.old": "Roʻyxat eski formatda: beruvchidan yangi roʻyxat soʻrang.",
};
