import type { Plural } from "../types";
import type { enTranscript } from "./en";

export const uzLatnTranscript: {
  [K in keyof typeof enTranscript]: (typeof enTranscript)[K] extends string ? string : Plural;
} = {
  "transcript.title": "Malaka oshirish haqida koʻchirma",
  "transcript.asOf": "{date} holatiga",
  "transcript.col.activity": "Tadbir",
  "transcript.col.days": "Sanalar",
  "transcript.col.hours": "Qatnashgan soatlar",
  "transcript.col.rate": "Davomat",
  "transcript.col.result": "Natija",
  "transcript.col.certificate": "Sertifikat raqami",
  "transcript.hoursOfPlanned": "{hours} soat qatnashgan, rejada {planned} soat",
  "transcript.rate": "{value}%",
  "transcript.result.completed": "Yakunlangan",
  "transcript.result.not_completed": "Yakunlanmagan",
  "transcript.result.in_progress": "Davom etmoqda",
  "transcript.result.upcoming": "Rejalashtirilgan",
  "transcript.revoked": "bekor qilingan",
  "transcript.total": "Jami qatnashgan soatlar",
  "transcript.completed": "Yakunlangan tadbirlar: {count}",
  "transcript.empty": "Hozircha tadbirlar yoʻq.",
  "transcript.print": "Koʻchirmani chop etish",
  "transcript.print.options": "Malaka oshirish haqida koʻchirmani chop etish",
  "transcript.print.locale": "Til",
  "transcript.print.also": "Ikkinchi til",
  "transcript.print.alsoNone": "Yoʻq",
  "transcript.print.save": "PDF saqlash…",
  "transcript.print.saving": "Saqlanmoqda…",
  "transcript.print.dialog": "Koʻchirmani saqlash",
  "transcript.print.filter": "PDF hujjatlar",
  "transcript.print.file": "koʻchirma",
  "transcript.print.done": "Koʻchirma saqlandi: {path}",
  "transcript.print.note":
    "Bugungacha boshlangan tadbirlar kiritiladi; koʻchirma reyestr kaliti bilan imzolanadi va QR-kod orqali tekshiriladi.",
  "transcript.verify.hint": "Malaka oshirish haqida koʻchirmaning tokeni MLT1. bilan boshlanadi.",
  "transcript.verify.valid":
    "Haqiqiy malaka oshirish haqida koʻchirma: bizning kalit bilan imzolangan.",
  "transcript.verify.validOther": "Asl koʻchirma: beruvchining kaliti bilan imzolangan.",
  "transcript.verify.reference": "Tekshirish kodi",
  "transcript.verify.activities": "Tadbirlar soni",
  "transcript.verify.notInRegister": "Bu reyestrda yoʻq",
  "transcript.verify.nameDiffers":
    "Reyestrdagi ism koʻchirma chop etilgandagi ismdan farq qiladi: koʻchirmadagi ismni xodimning hujjatlari bilan solishtiring.",
  "transcript.verify.registerSame": "Reyestr oʻsha kun uchun xuddi shu koʻchirmani beradi.",
  "transcript.verify.registerChanged":
    "Koʻchirma chop etilganidan keyin reyestr oʻzgargan: davomat, natijalar yoki sertifikatlar boshqacha.",
  "transcript.verify.nameNote":
    "Koʻchirmada yozilgan ism yuqoridagi egasining ismi bilan bir xil ekanini tekshiring.",
};
