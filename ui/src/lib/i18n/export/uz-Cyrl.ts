import type { Plural } from "../types";
import type { enExport } from "./en";

export const uzCyrlExport: {
  [K in keyof typeof enExport]: (typeof enExport)[K] extends string ? string : Plural;
} = {
  "export.title": "Экспорт",
  "export.ics": "Тақвим (.ics)",
  "export.xlsx": "Иштирокчилар (Excel)",
  "export.csv": "Иштирокчилар (CSV)",
  "export.icsDialog": "Жадвални сақлаш",
  "export.participantsDialog": "Иштирокчилар рўйхатини сақлаш",
  "export.icsFilter": "Тақвим файллари",
  "export.xlsxFilter": "Excel китоблари",
  "export.csvFilter": "CSV файллари",
  "export.pdfFilter": "PDF ҳужжатлар",
  "export.fileSchedule": "жадвал",
  "export.fileParticipants": "иштирокчилар",
  "export.saving": "Сақланмоқда…",
  "export.done": "Сақланди: {path}",
  "export.personIcs": "Жадвални экспорт қилиш (.ics)",
};
