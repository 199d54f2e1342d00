import type { Plural } from "../types";
import type { enActivities } from "./en";

export const uzLatnActivities: {
  [K in keyof typeof enActivities]: (typeof enActivities)[K] extends string ? string : Plural;
} = {
  "activities.title": "Tadbirlar",
  "activities.new": "Yangi tadbir",
  "activities.filters": "Tadbirlarni filtrlash",
  "activities.filter.from": "Shu kuni yoki keyin tugaydi",
  "activities.filter.to": "Shu kuni yoki oldin boshlanadi",
  "activities.filter.kind": "Turi",
  "activities.filter.status": "Holati",
  "activities.filter.org": "Tashkilot",
  "activities.allKinds": "Barcha turlar",
  "activities.allStatuses": "Barcha holatlar",
  "activities.allOrgs": "Barcha tashkilotlar",
  "activities.clearFilters": "Filtrlarni tiklash",
  "activities.empty": "Bu filtrlarga mos tadbirlar yoʻq.",
  "activities.capped":
    "Faqat birinchi {limit} tasi koʻrsatilgan; qolganlarini koʻrish uchun filtrlarni toraytiring.",
  "activities.listLabel": "Tadbirlar",
  "activities.col.title": "Nomi",
  "activities.col.kind": "Turi",
  "activities.col.status": "Holati",
  "activities.col.dates": "Sanalar",
  "activities.col.host": "Tashkilotchi",
  "activities.dates": "{start} – {end}",
};
