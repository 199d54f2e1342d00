import type { Plural } from "../types";
import type { enExport } from "./en";

export const ruExport: {
  [K in keyof typeof enExport]: (typeof enExport)[K] extends string ? string : Plural;
} = {
  "export.title": "Экспорт",
  "export.ics": "Календарь (.ics)",
  "export.xlsx": "Участники (Excel)",
  "export.csv": "Участники (CSV)",
  "export.icsDialog": "Сохранить расписание",
  "export.participantsDialog": "Сохранить список участников",
  "export.icsFilter": "Файлы календаря",
  "export.xlsxFilter": "Книги Excel",
  "export.csvFilter": "Файлы CSV",
  "export.pdfFilter": "Документы PDF",
  "export.fileSchedule": "расписание",
  "export.fileParticipants": "участники",
  "export.saving": "Сохранение…",
  "export.done": "Сохранено: {path}",
  "export.personIcs": "Экспорт расписания (.ics)",
};
