import type { Plural } from "../types";
import type { enCatalogue } from "./en";

export const uzLatnCatalogue: {
  [K in keyof typeof enCatalogue]: (typeof enCatalogue)[K] extends string ? string : Plural;
} = {
  "catalogue.title": "Dasturlar katalogi",
  "catalogue.intro":
    "Dastur kursni bir marta tavsiflaydi — kodi, soatlari va maqsadlari — shunda undan tadbirlar rejalashtiriladi.",
  "catalogue.new": "Yangi dastur",
  "catalogue.showArchived": "Arxivdagi dasturlarni koʻrsatish",
  "catalogue.count": { one: "{count} ta dastur", other: "{count} ta dastur" },
  "catalogue.empty":
    "Hali dasturlar yoʻq. Tadbirlarni rejalashtirish uchun birinchi dasturni qoʻshing.",
  "catalogue.listLabel": "Dasturlar",
  "catalogue.col.code": "Kod",
  "catalogue.col.title": "Nomi",
  "catalogue.col.hours": "Rejadagi soatlar",
  "catalogue.col.language": "Til",
  "catalogue.col.actions": "Amallar",
  "catalogue.archivedBadge": "Arxivda",
  "catalogue.hoursValue": "{hours} soat",
  "catalogue.editOf": "{code} dasturini tahrirlash",
  "catalogue.archive": "Arxivga",
  "catalogue.archiveOf": "{code} dasturini arxivga oʻtkazish",
  "catalogue.restore": "Qaytarish",
  "catalogue.restoreOf": "{code} dasturini arxivdan qaytarish",
  "catalogue.plan": "Tadbir rejalashtirish",
  "catalogue.planOf": "{code} dasturi boʻyicha tadbir rejalashtirish",
  "catalogue.formNew": "Yangi dastur",
  "catalogue.formEdit": "{code} dasturini tahrirlash",
  "catalogue.field.code": "Kod",
  "catalogue.field.title": "Nomi",
  "catalogue.field.planned_hours": "Rejadagi soatlar",
  "catalogue.field.language": "Oʻqitish tili",
  "catalogue.field.objectives": "Maqsadlar",
  "catalogue.codeHint":
    "24 tagacha lotin harfi, raqam, «-», «_» yoki «.»; bosh harflar bilan saqlanadi.",
  "catalogue.codeFormat": "24 tagacha lotin harfi, raqam, «-», «_» yoki «.» ishlating.",
  "catalogue.codeTaken": "Bu kod boshqa dasturda allaqachon ishlatilgan.",
  "catalogue.hoursFormat": "Soatlarni 0 dan 10000 gacha kiriting, masalan 24 yoki 7,5.",
  "catalogue.saved": "{code} dasturi saqlandi.",
  "catalogue.archived":
    "{code} dasturi arxivga oʻtkazildi; endi rejalashtirishda taklif qilinmaydi.",
  "catalogue.restored": "{code} dasturi yana rejalashtirishda taklif qilinadi.",
  "catalogue.lang.uz-Latn": "Oʻzbekcha (lotin)",
  "catalogue.lang.uz-Cyrl": "Oʻzbekcha (kirill)",
  "catalogue.lang.ru": "Ruscha",
  "catalogue.lang.az": "Ozarbayjoncha",
  "catalogue.lang.en": "Inglizcha",
};
