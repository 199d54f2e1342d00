import type { Plural } from "../types";
import type { enMobility } from "./en";

export const uzLatnMobility: {
  [K in keyof typeof enMobility]: (typeof enMobility)[K] extends string ? string : Plural;
} = {
  "mobility.tabs": "Mobillik roʻyxatlari",
  "mobility.tab.visits": "Tanishuv tashriflari",
  "mobility.tab.internships": "Stajirovkalar",
  "mobility.title": "Tanishuv tashriflari",
  "mobility.new": "Yangi tashrif",
  "mobility.filters": "Tashriflarni filtrlash",
  "mobility.filter.direction": "Yoʻnalish",
  "mobility.filter.allDirections": "Ikkala yoʻnalish",
  "mobility.filter.country": "Hamkor mamlakati",
  "mobility.filter.allCountries": "Barcha mamlakatlar",
  "mobility.filter.partner": "Hamkor tashkilot",
  "mobility.filter.allPartners": "Barcha hamkorlar",
  "mobility.filter.status": "Holati",
  "mobility.filter.allStatuses": "Barcha holatlar",
  "mobility.filter.year": "Yil",
  "mobility.filter.allYears": "Barcha yillar",
  "mobility.clearFilters": "Filtrlarni tiklash",
  "mobility.empty":
    "Hozircha tanishuv tashriflari yoʻq. Birinchisini «Yangi tashrif» tugmasi bilan qoʻshing.",
  "mobility.noMatches": "Bu filtrlarga mos tanishuv tashrifi yoʻq.",
  "mobility.listLabel": "Tanishuv tashriflari",
  "mobility.col.title": "Tashrif",
  "mobility.col.direction": "Yoʻnalish",
  "mobility.col.partner": "Hamkor",
  "mobility.col.country": "Mamlakat",
  "mobility.col.dates": "Rejadagi sanalar",
  "mobility.col.status": "Holati",
  "mobility.col.host": "Qabul qiluvchi javobi",
  "mobility.col.members": "Delegatsiya",
  "mobility.dates": "{start} – {end}",
};
