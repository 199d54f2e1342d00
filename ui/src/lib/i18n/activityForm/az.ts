import type { Plural } from "../types";
import type { enActivityForm } from "./en";

export const azActivityForm: {
  [K in keyof typeof enActivityForm]: (typeof enActivityForm)[K] extends string ? string : Plural;
} = {
  "activityForm.new": "Tədbir planlaşdır",
  "activityForm.edit": "Redaktə: {title}",
  "activityForm.section.what": "Tədbir",
  "activityForm.section.when": "Tarixlər və məkan",
  "activityForm.section.who": "Təşkilatlar",
  "activityForm.field.kind": "Növ",
  "activityForm.field.title": "Adı",
  "activityForm.field.programme": "Proqram",
  "activityForm.field.starts_on": "Başlanğıc",
  "activityForm.field.ends_on": "Bitmə",
  "activityForm.field.host": "Təşkilatçı",
  "activityForm.field.partner": "Tərəfdaş təşkilatlar",
  "activityForm.field.venue": "Məkan",
  "activityForm.field.capacity": "Yer sayı",
  "activityForm.field.language": "Tədris dili",
  "activityForm.field.planned_hours": "Planlaşdırılan saatlar",
  "activityForm.field.description": "Təsvir",
  "activityForm.field.status": "Status",
  "activityForm.noProgramme": "Proqramsız",
  "activityForm.programmeHint":
    "Proqram adı, saatları, təsviri və dili doldurur; onları yenə də dəyişə bilərsiniz.",
  "activityForm.titleHint": "Proqramın adını götürmək üçün boş saxlayın.",
  "activityForm.programmeOption": "{code} — {title}",
  "activityForm.archivedProgramme": "{title} (arxivdə)",
  "activityForm.chooseHost": "Təşkilatı seçin",
  "activityForm.noPartners": "Seçmək üçün başqa təşkilat yoxdur.",
  "activityForm.noVenue": "Məkan hələ seçilməyib",
  "activityForm.venueOption": "{name}, {city} ({zone})",
  "activityForm.capacityHint": "Yer sayı məhdud deyilsə, boş saxlayın.",
  "activityForm.statusHint":
    "Qaralamanı sonra tamamlamaq olar; planlaşdırılmış tədbir namizədlərin irəli sürülməsinə hazırdır.",
  "activityForm.seats": "Yer sayını tam ədədlə yazın, ən azı 1.",
  "activityForm.endsBeforeStarts": "Bitmə tarixi başlanğıcdan əvvəl ola bilməz.",
  "activityForm.hostIsPartner": "Təşkilatçı eyni zamanda tərəfdaş ola bilməz.",
};
