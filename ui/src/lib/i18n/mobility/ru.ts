import type { Plural } from "../types";
import type { enMobility } from "./en";

export const ruMobility: {
  [K in keyof typeof enMobility]: (typeof enMobility)[K] extends string ? string : Plural;
} = {
  "mobility.tabs": "Разделы мобильности",
  "mobility.tab.visits": "Ознакомительные визиты",
  "mobility.tab.internships": "Стажировки",
  "mobility.title": "Ознакомительные визиты",
  "mobility.new": "Новый визит",
  "mobility.filters": "Фильтры визитов",
  "mobility.filter.direction": "Направление",
  "mobility.filter.allDirections": "Оба направления",
  "mobility.filter.country": "Страна партнёра",
  "mobility.filter.allCountries": "Все страны",
  "mobility.filter.partner": "Организация-партнёр",
  "mobility.filter.allPartners": "Все партнёры",
  "mobility.filter.status": "Статус",
  "mobility.filter.allStatuses": "Все статусы",
  "mobility.filter.year": "Год",
  "mobility.filter.allYears": "Все годы",
  "mobility.clearFilters": "Сбросить фильтры",
  "mobility.empty": "Ознакомительных визитов пока нет. Добавьте первый кнопкой «Новый визит».",
  "mobility.noMatches": "Нет визитов, подходящих под эти фильтры.",
  "mobility.listLabel": "Ознакомительные визиты",
  "mobility.col.title": "Визит",
  "mobility.col.direction": "Направление",
  "mobility.col.partner": "Партнёр",
  "mobility.col.country": "Страна",
  "mobility.col.dates": "Плановые даты",
  "mobility.col.status": "Статус",
  "mobility.col.host": "Ответ принимающей стороны",
  "mobility.col.members": "Делегация",
  "mobility.dates": "{start} – {end}",
};
