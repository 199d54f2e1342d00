import type { Plural } from "../types";
import type { enCertdesign } from "./en";

export const uzLatnCertdesign: {
  [K in keyof typeof enCertdesign]: (typeof enCertdesign)[K] extends string ? string : Plural;
} = {
  "certdesign.verifyFile": "Fayldan tekshirish…",
  "certdesign.verifyFileReading": "Fayl oʻqilmoqda…",
  "certdesign.verifyFileDialog": "Sertifikatning PDF faylini yoki QR-kodi rasmini tanlang",
  "certdesign.verifyFileFilter": "Sertifikatlar (PDF, PNG, JPEG)",
  "certdesign.verifyFileHint":
    "Yoki sertifikatning PDF faylini, QR-kodining skanini yoki suratini tanlang.",
  "certdesign.other.toggle": "Boshqa agentlik tomonidan berilgan",
  "certdesign.other.keyLabel": "Beruvchining ochiq kaliti",
  "certdesign.other.keyPlaceholder": "64 ta oʻn oltilik raqam",
  "certdesign.other.keyInvalid":
    "Beruvchining ochiq kalitini eʼlon qilinganidek kiriting: 64 ta oʻn oltilik raqam (0–9, a–f).",
  "certdesign.other.listChoose": "Ularning bekor qilinganlar roʻyxatini tanlash…",
  "certdesign.other.listDialog": "Beruvchining bekor qilingan sertifikatlar roʻyxatini tanlang",
  "certdesign.other.listFilter": "JSON roʻyxat",
  "certdesign.other.listClear": "olib tashlash",
  "certdesign.other.listHint": "Roʻyxatsiz bekor qilingan sertifikatni aniqlab boʻlmaydi.",
  "certdesign.other.valid":
    "Haqiqiy: beruvchining kaliti bilan imzolangan va uning bekor qilinganlar roʻyxatida yoʻq.",
  "certdesign.other.validUnchecked": "Asl: beruvchining kaliti bilan imzolangan.",
  "certdesign.other.revoked":
    "Bekor qilingan: sertifikat asl, lekin beruvchining bekor qilinganlar roʻyxatida bor.",
  "certdesign.other.checkedWith": "Beruvchining ochiq kaliti bilan tekshirildi",
  "certdesign.other.withList": "uning bekor qilinganlar roʻyxati {file} bilan",
  "certdesign.other.noList": "bekor qilinganlar roʻyxatisiz — bekor qilinganligi tekshirilmadi",
  "certdesign.other.refused":
    "Imzo tasdiqlanmadi: sertifikat bu kalit bilan imzolanmagan yoki bekor qilinganlar roʻyxati oʻzgartirilgan.",
  "certdesign.revocations.title": "Bekor qilingan sertifikatlar",
  "certdesign.revocations.hint":
    "Istalgan kishi internetsiz qaysi sertifikatlar bekor qilinganini koʻra olishi uchun bu roʻyxatni ochiq kalit yonida eʼlon qiling. Har bir bekor qilishdan keyin uni qayta saqlang.",
  "certdesign.revocations.save": "Bekor qilinganlar roʻyxatini saqlash…",
  "certdesign.revocations.saving": "Saqlanmoqda…",
  "certdesign.revocations.dialog": "Bekor qilingan sertifikatlar roʻyxatini saqlash",
  "certdesign.revocations.filter": "JSON roʻyxat",
  "certdesign.revocations.saved": {
    one: "{count} ta bekor qilingan sertifikat {path} fayliga yozildi",
    other: "{count} ta bekor qilingan sertifikat {path} fayliga yozildi",
  },
  "certdesign.title": "Sertifikat dizayni",
  "certdesign.intro":
    "Sertifikat beradigan har bir tashkilotning oʻz shabloni va logotipi boʻlishi mumkin. Berishdan oldin namunani tekshiring.",
  "certdesign.org": "Tashkilot",
  "certdesign.noOrg":
    "Hali hech bir tashkilotda qisqa kod yoʻq. Sertifikatlarni faqat qisqa kodi bor tashkilotlar beradi; uni «Tashkilotlar» sahifasida kiriting.",
  "certdesign.template.title": "Shablon",
  "certdesign.template.own": "Bu tashkilot oʻz shablonidan foydalanadi:",
  "certdesign.template.default": "Bu tashkilot standart shablondan foydalanadi.",
  "certdesign.template.copy": "Tahrirlash uchun standart shablondan nusxa olish",
  "certdesign.template.copying": "Nusxa olinmoqda…",
  "certdesign.template.editHint":
    "Bu faylni istalgan matn muharririda tahrirlang, soʻng «Namunani yangilash» tugmasini bosing.",
  "certdesign.logo.title": "Logotip",
  "certdesign.logo.none": "Logotip yoʻq",
  "certdesign.logo.alt": "{org} logotipi",
  "certdesign.logo.set": "Logotipni tanlash…",
  "certdesign.logo.clear": "Logotipni olib tashlash",
  "certdesign.logo.dialog": "Sertifikatlar uchun logotipni tanlang",
  "certdesign.logo.filter": "Rasmlar (PNG, JPEG, SVG)",
  "certdesign.logo.hint": "PNG, JPEG yoki SVG, koʻpi bilan 1 MiB.",
  "certdesign.logo.saving": "Saqlanmoqda…",
  "certdesign.preview.title": "Namuna",
  "certdesign.preview.locale": "Til",
  "certdesign.preview.also": "Ikkinchi til",
  "certdesign.preview.alsoNone": "Yoʻq",
  "certdesign.preview.refresh": "Namunani yangilash",
  "certdesign.preview.rendering": "Namuna chizilmoqda…",
  "certdesign.preview.sample": "Oʻylab topilgan ism va sanalar bilan sertifikat namunasi.",
  "certdesign.preview.alt": "{org} sertifikati namunasi",
  "certdesign.preview.templateError":
    "Shablonda xato bor, shuning uchun u bilan birorta ham sertifikat chop etib boʻlmaydi:",
  "certdesign.preview.fixHint": "Faylni tuzating, soʻng «Namunani yangilash» tugmasini bosing.",
};
