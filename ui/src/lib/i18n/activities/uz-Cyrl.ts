import type { Plural } from "../types";
import type { enActivities } from "./en";

export const uzCyrlActivities: {
  [K in keyof typeof enActivities]: (typeof enActivities)[K] extends string ? string : Plural;
} = {
  "activities.title": "Тадбирлар",
  "activities.new": "Янги тадбир",
  "activities.filters": "Тадбирларни фильтрлаш",
  "activities.filter.from": "Шу куни ёки кейин тугайди",
  "activities.filter.to": "Шу куни ёки олдин бошланади",
  "activities.filter.kind": "Тури",
  "activities.filter.status": "Ҳолати",
  "activities.filter.org": "Ташкилот",
  "activities.allKinds": "Барча турлар",
  "activities.allStatuses": "Барча ҳолатлар",
  "activities.allOrgs": "Барча ташкилотлар",
  "activities.clearFilters": "Фильтрларни тиклаш",
  "activities.empty": "Бу фильтрларга мос тадбирлар йўқ.",
  "activities.capped":
    "Фақат биринчи {limit} таси кўрсатилган; қолганларини кўриш учун фильтрларни торайтиринг.",
  "activities.listLabel": "Тадбирлар",
  "activities.col.title": "Номи",
  "activities.col.kind": "Тури",
  "activities.col.status": "Ҳолати",
  "activities.col.dates": "Саналар",
  "activities.col.host": "Ташкилотчи",
  "activities.dates": "{start} – {end}",
};
