import type { Plural } from "../types";
import type { enActivities } from "./en";

export const ruActivities: {
  [K in keyof typeof enActivities]: (typeof enActivities)[K] extends string ? string : Plural;
} = {
  "activities.title": "Мероприятия",
  "activities.new": "Новое мероприятие",
  "activities.filters": "Фильтры мероприятий",
  "activities.filter.from": "Заканчиваются не раньше",
  "activities.filter.to": "Начинаются не позже",
  "activities.filter.kind": "Вид",
  "activities.filter.status": "Статус",
  "activities.filter.org": "Организация",
  "activities.allKinds": "Все виды",
  "activities.allStatuses": "Все статусы",
  "activities.allOrgs": "Все организации",
  "activities.clearFilters": "Сбросить фильтры",
  "activities.empty": "Нет мероприятий, подходящих под фильтры.",
  "activities.capped": "Показаны только первые {limit}; сузьте фильтры, чтобы увидеть остальные.",
  "activities.listLabel": "Мероприятия",
  "activities.col.title": "Название",
  "activities.col.kind": "Вид",
  "activities.col.status": "Статус",
  "activities.col.dates": "Даты",
  "activities.col.host": "Организатор",
  "activities.dates": "{start} – {end}",
};
