import type { Plural } from "../types";
import type { enMobility } from "./en";

export const uzCyrlMobility: {
  [K in keyof typeof enMobility]: (typeof enMobility)[K] extends string ? string : Plural;
} = {
  "mobility.tabs": "Мобиллик рўйхатлари",
  "mobility.tab.visits": "Танишув ташрифлари",
  "mobility.tab.internships": "Стажировкалар",
  "mobility.title": "Танишув ташрифлари",
  "mobility.new": "Янги ташриф",
  "mobility.filters": "Ташрифларни фильтрлаш",
  "mobility.filter.direction": "Йўналиш",
  "mobility.filter.allDirections": "Иккала йўналиш",
  "mobility.filter.country": "Ҳамкор мамлакати",
  "mobility.filter.allCountries": "Барча мамлакатлар",
  "mobility.filter.partner": "Ҳамкор ташкилот",
  "mobility.filter.allPartners": "Барча ҳамкорлар",
  "mobility.filter.status": "Ҳолати",
  "mobility.filter.allStatuses": "Барча ҳолатлар",
  "mobility.filter.year": "Йил",
  "mobility.filter.allYears": "Барча йиллар",
  "mobility.clearFilters": "Фильтрларни тиклаш",
  "mobility.empty":
    "Ҳозирча танишув ташрифлари йўқ. Биринчисини «Янги ташриф» тугмаси билан қўшинг.",
  "mobility.noMatches": "Бу фильтрларга мос танишув ташрифи йўқ.",
  "mobility.listLabel": "Танишув ташрифлари",
  "mobility.col.title": "Ташриф",
  "mobility.col.direction": "Йўналиш",
  "mobility.col.partner": "Ҳамкор",
  "mobility.col.country": "Мамлакат",
  "mobility.col.dates": "Режадаги саналар",
  "mobility.col.status": "Ҳолати",
  "mobility.col.host": "Қабул қилувчи жавоби",
  "mobility.col.members": "Делегация",
  "mobility.dates": "{start} – {end}",
};
