import type { Plural } from "../types";
import type { enExport } from "./en";

export const azExport: {
  [K in keyof typeof enExport]: (typeof enExport)[K] extends string ? string : Plural;
} = {
  "export.title": "İxrac",
  "export.ics": "Təqvim (.ics)",
  "export.xlsx": "İştirakçılar (Excel)",
  "export.csv": "İştirakçılar (CSV)",
  "export.icsDialog": "Cədvəli saxla",
  "export.participantsDialog": "İştirakçıların siyahısını saxla",
  "export.icsFilter": "Təqvim faylları",
  "export.xlsxFilter": "Excel kitabları",
  "export.csvFilter": "CSV faylları",
  "export.pdfFilter": "PDF sənədləri",
  "export.fileSchedule": "cədvəl",
  "export.fileParticipants": "iştirakçılar",
  "export.saving": "Saxlanılır…",
  "export.done": "Saxlanıldı: {path}",
  "export.personIcs": "Cədvəli ixrac et (.ics)",
};
