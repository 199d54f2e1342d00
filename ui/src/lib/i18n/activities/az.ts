import type { Plural } from "../types";
import type { enActivities } from "./en";

export const azActivities: {
  [K in keyof typeof enActivities]: (typeof enActivities)[K] extends string ? string : Plural;
} = {
  "activities.title": "Tədbirlər",
  "activities.new": "Yeni tədbir",
  "activities.filters": "Tədbir filtrləri",
  "activities.filter.from": "Bu tarixdə və ya sonra bitən",
  "activities.filter.to": "Bu tarixdə və ya əvvəl başlayan",
  "activities.filter.kind": "Növ",
  "activities.filter.status": "Status",
  "activities.filter.org": "Təşkilat",
  "activities.allKinds": "Bütün növlər",
  "activities.allStatuses": "Bütün statuslar",
  "activities.allOrgs": "Bütün təşkilatlar",
  "activities.clearFilters": "Filtrləri sıfırla",
  "activities.empty": "Bu filtrlərə uyğun tədbir yoxdur.",
  "activities.capped": "Yalnız ilk {limit} göstərilir; qalanlarını görmək üçün filtrləri daraldın.",
  "activities.listLabel": "Tədbirlər",
  "activities.col.title": "Adı",
  "activities.col.kind": "Növ",
  "activities.col.status": "Status",
  "activities.col.dates": "Tarixlər",
  "activities.col.host": "Təşkilatçı",
  "activities.dates": "{start} – {end}",
};
