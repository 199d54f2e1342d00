import type { Plural } from "../types";
import type { enActivityForm } from "./en";

export const uzLatnActivityForm: {
  [K in keyof typeof enActivityForm]: (typeof enActivityForm)[K] extends string ? string : Plural;
} = {
  "activityForm.new": "Tadbirni rejalashtirish",
  "activityForm.edit": "Tahrirlash: {title}",
  "activityForm.section.what": "Tadbir",
  "activityForm.section.when": "Sanalar va joy",
  "activityForm.section.who": "Tashkilotlar",
  "activityForm.field.kind": "Turi",
  "activityForm.field.title": "Nomi",
  "activityForm.field.programme": "Dastur",
  "activityForm.field.starts_on": "Boshlanish sanasi",
  "activityForm.field.ends_on": "Tugash sanasi",
  "activityForm.field.host": "Tashkilotchi",
  "activityForm.field.partner": "Hamkor tashkilotlar",
  "activityForm.field.venue": "Oʻtkaziladigan joy",
  "activityForm.field.capacity": "Oʻrinlar soni",
  "activityForm.field.language": "Oʻqitish tili",
  "activityForm.field.planned_hours": "Rejadagi soatlar",
  "activityForm.field.description": "Tavsif",
  "activityForm.field.status": "Holati",
  "activityForm.noProgramme": "Dastursiz",
  "activityForm.programmeHint":
    "Dastur nomi, soatlari, tavsifi va tilini toʻldiradi; ularni oʻzgartirish mumkin.",
  "activityForm.titleHint": "Dastur nomini olish uchun boʻsh qoldiring.",
  "activityForm.programmeOption": "{code} — {title}",
  "activityForm.archivedProgramme": "{title} (arxivda)",
  "activityForm.chooseHost": "Tashkilotni tanlang",
  "activityForm.noPartners": "Tanlash uchun boshqa tashkilotlar yoʻq.",
  "activityForm.noVenue": "Joy hali tanlanmagan",
  "activityForm.venueOption": "{name}, {city} ({zone})",
  "activityForm.capacityHint": "Oʻrinlar cheklanmagan boʻlsa, boʻsh qoldiring.",
  "activityForm.statusHint":
    "Qoralamani keyinroq toʻldirish mumkin; rejalashtirilgan tadbirga nomzodlar koʻrsatiladi.",
  "activityForm.seats": "Oʻrinlar sonini butun son bilan kiriting, kamida 1.",
  "activityForm.endsBeforeStarts": "Tugash sanasi boshlanishdan oldin boʻlishi mumkin emas.",
  "activityForm.hostIsPartner": "Tashkilotchi bir vaqtda hamkor boʻla olmaydi.",
};
