import type { Plural } from "../types";
import type { enCert } from "./en";

export const uzLatnCert: {
  [K in keyof typeof enCert]: (typeof enCert)[K] extends string ? string : Plural;
} = {
  "cert.issue": { one: "{count} ta sertifikat berish", other: "{count} ta sertifikat berish" },
  "cert.issuing": "Sertifikatlar berilmoqda…",
  "cert.noneWaiting": "Talabga javob beradigan barcha ishtirokchilarda sertifikat bor.",
  "cert.issued": { one: "{count} ta sertifikat berildi.", other: "{count} ta sertifikat berildi." },
  "cert.already": {
    one: "{count} nafar ishtirokchida sertifikat allaqachon bor edi; hech kimga ikkinchisi berilmaydi.",
    other:
      "{count} nafar ishtirokchida sertifikat allaqachon bor edi; hech kimga ikkinchisi berilmaydi.",
  },
  "cert.notEligible": "Talabga javob bermagani uchun berilmadi: {names}",
  "cert.printAll": "Barchasini chop etish (PDF)",
  "cert.printing": "PDF tayyorlanmoqda…",
  "cert.pdfDialog": "Sertifikatlarni saqlash",
  "cert.pdfFilter": "PDF hujjatlar",
  "cert.fileAll": "sertifikatlar",
  "cert.printed": "PDF saqlandi: {path}",
  "cert.searchLabel": "Sertifikatlarni qidirish",
  "cert.searchPlaceholder": "Raqam yoki egasining ismi",
  "cert.empty": "Hozircha sertifikatlar yoʻq. Ularni tadbirning davomat sahifasida bering.",
  "cert.noMatch": "Qidiruvga mos sertifikat yoʻq.",
  "cert.capped":
    "Faqat eng yangi {limit} tasi koʻrsatilgan; boshqalarini topish uchun qidiruvni aniqlashtiring.",
  "cert.registerLabel": "Sertifikatlar reyestri",
  "cert.col.number": "Raqam",
  "cert.col.holder": "Egasi",
  "cert.col.activity": "Tadbir",
  "cert.col.issued": "Berilgan",
  "cert.col.status": "Holati",
  "cert.col.actions": "Amallar",
  "cert.status.issued": "Amalda",
  "cert.status.revoked": "Bekor qilingan",
  "cert.revokedOn": "{date} da {who} tomonidan bekor qilingan",
  "cert.because": "Sabab: {reason}",
  "cert.replacedBy": "Oʻrniga {number} berilgan",
  "cert.replaces": "{number} oʻrniga berilgan",
  "cert.print": "Chop etish",
  "cert.printOf": "{number} sertifikatini chop etish",
  "cert.revoke": "Bekor qilish",
  "cert.revokeOf": "{number} sertifikatini bekor qilish",
  "cert.reason": "Nima uchun bekor qilinmoqda?",
  "cert.reasonHint":
    "Reyestrda saqlanadi va sertifikatni tekshirgan har kimga koʻrsatiladi. Uning davomat belgilari qulfdan chiqadi.",
  "cert.reasonRequired": "Sababini yozing.",
  "cert.revokeConfirm": "Sertifikatni bekor qilish",
  "cert.revokeKeep": "Bekor qilmaslik",
  "cert.revoking": "Bekor qilinmoqda…",
  "cert.revoked": "{number} sertifikati bekor qilindi.",
  "cert.reissue": "Qayta berish",
  "cert.reissueOf": "{number} sertifikatini qayta berish",
  "cert.reissuing": "Qayta berilmoqda…",
  "cert.reissued": "{old} sertifikati oʻrniga {number} berildi.",
};
