import type { Plural } from "../types";
import type { enMobility } from "./en";

export const azMobility: {
  [K in keyof typeof enMobility]: (typeof enMobility)[K] extends string ? string : Plural;
} = {
  "mobility.tabs": "Mobillik siyahıları",
  "mobility.tab.visits": "Tanışlıq səfərləri",
  "mobility.tab.internships": "Təcrübə keçmə",
  "mobility.title": "Tanışlıq səfərləri",
  "mobility.new": "Yeni səfər",
  "mobility.filters": "Səfər filtrləri",
  "mobility.filter.direction": "İstiqamət",
  "mobility.filter.allDirections": "Hər iki istiqamət",
  "mobility.filter.country": "Tərəfdaşın ölkəsi",
  "mobility.filter.allCountries": "Bütün ölkələr",
  "mobility.filter.partner": "Tərəfdaş təşkilat",
  "mobility.filter.allPartners": "Bütün tərəfdaşlar",
  "mobility.filter.status": "Status",
  "mobility.filter.allStatuses": "Bütün statuslar",
  "mobility.filter.year": "İl",
  "mobility.filter.allYears": "Bütün illər",
  "mobility.clearFilters": "Filtrləri sıfırla",
  "mobility.empty": "Hələ tanışlıq səfəri yoxdur. Birincisini «Yeni səfər» düyməsi ilə əlavə edin.",
  "mobility.noMatches": "Bu filtrlərə uyğun tanışlıq səfəri yoxdur.",
  "mobility.listLabel": "Tanışlıq səfərləri",
  "mobility.col.title": "Səfər",
  "mobility.col.direction": "İstiqamət",
  "mobility.col.partner": "Tərəfdaş",
  "mobility.col.country": "Ölkə",
  "mobility.col.dates": "Planlaşdırılan tarixlər",
  "mobility.col.status": "Status",
  "mobility.col.host": "Qəbul edən tərəfin cavabı",
  "mobility.col.members": "Nümayəndə heyəti",
  "mobility.dates": "{start} – {end}",
};
