import type { Plural } from "../types";
import type { enCatalogue } from "./en";

export const azCatalogue: {
  [K in keyof typeof enCatalogue]: (typeof enCatalogue)[K] extends string ? string : Plural;
} = {
  "catalogue.title": "Proqramlar kataloqu",
  "catalogue.intro":
    "Proqram kursu bir dəfə təsvir edir — kodu, saatları və məqsədləri — ki, ondan tədbirlər planlaşdırılsın.",
  "catalogue.new": "Yeni proqram",
  "catalogue.showArchived": "Arxivdəki proqramları göstər",
  "catalogue.count": { one: "{count} proqram", other: "{count} proqram" },
  "catalogue.empty": "Hələ proqram yoxdur. Ondan tədbir planlaşdırmaq üçün ilkini əlavə edin.",
  "catalogue.listLabel": "Proqramlar",
  "catalogue.col.code": "Kod",
  "catalogue.col.title": "Adı",
  "catalogue.col.hours": "Planlaşdırılan saatlar",
  "catalogue.col.language": "Dil",
  "catalogue.col.actions": "Əməliyyatlar",
  "catalogue.archivedBadge": "Arxivdə",
  "catalogue.hoursValue": "{hours} saat",
  "catalogue.editOf": "{code} proqramını redaktə et",
  "catalogue.archive": "Arxivə göndər",
  "catalogue.archiveOf": "{code} proqramını arxivə göndər",
  "catalogue.restore": "Bərpa et",
  "catalogue.restoreOf": "{code} proqramını arxivdən qaytar",
  "catalogue.plan": "Tədbir planlaşdır",
  "catalogue.planOf": "{code} proqramı üzrə tədbir planlaşdır",
  "catalogue.formNew": "Yeni proqram",
  "catalogue.formEdit": "{code} proqramının redaktəsi",
  "catalogue.field.code": "Kod",
  "catalogue.field.title": "Adı",
  "catalogue.field.planned_hours": "Planlaşdırılan saatlar",
  "catalogue.field.language": "Tədris dili",
  "catalogue.field.objectives": "Məqsədlər",
  "catalogue.codeHint":
    "24-ə qədər latın hərfi, rəqəm, «-», «_» və ya «.»; böyük hərflərlə saxlanılır.",
  "catalogue.codeFormat": "24-ə qədər latın hərfi, rəqəm, «-», «_» və ya «.» işlədin.",
  "catalogue.codeTaken": "Bu kod artıq başqa proqramda istifadə olunur.",
  "catalogue.hoursFormat": "Saatları 0-dan 10000-ə qədər yazın, məsələn 24 və ya 7,5.",
  "catalogue.saved": "{code} proqramı yadda saxlanıldı.",
  "catalogue.archived": "{code} proqramı arxivə göndərildi; artıq planlaşdırmada təklif olunmur.",
  "catalogue.restored": "{code} proqramı yenidən planlaşdırmada təklif olunur.",
  "catalogue.lang.uz-Latn": "Özbək dili (latın)",
  "catalogue.lang.uz-Cyrl": "Özbək dili (kiril)",
  "catalogue.lang.ru": "Rus dili",
  "catalogue.lang.az": "Azərbaycan dili",
  "catalogue.lang.en": "İngilis dili",
};
