import type { Plural } from "../types";
import type { enExport } from "./en";

export const uzLatnExport: {
  [K in keyof typeof enExport]: (typeof enExport)[K] extends string ? string : Plural;
} = {
  "export.title": "Eksport",
  "export.ics": "Taqvim (.ics)",
  "export.xlsx": "Ishtirokchilar (Excel)",
  "export.csv": "Ishtirokchilar (CSV)",
  "export.icsDialog": "Jadvalni saqlash",
  "export.participantsDialog": "Ishtirokchilar roʻyxatini saqlash",
  "export.icsFilter": "Taqvim fayllari",
  "export.xlsxFilter": "Excel kitoblari",
  "export.csvFilter": "CSV fayllari",
  "export.pdfFilter": "PDF hujjatlar",
  "export.fileSchedule": "jadval",
  "export.fileParticipants": "ishtirokchilar",
  "export.saving": "Saqlanmoqda…",
  "export.done": "Saqlandi: {path}",
  "export.personIcs": "Jadvalni eksport qilish (.ics)",
};
