import type { Plural } from "../types";

/** `export.*`: plan exports; spread into each locale's catalogue. */
export const enExport = {
  "export.title": "Export",
  "export.ics": "Calendar (.ics)",
  "export.xlsx": "Participants (Excel)",
  "export.csv": "Participants (CSV)",
  "export.icsDialog": "Save the schedule",
  "export.participantsDialog": "Save the participant list",
  "export.icsFilter": "Calendar files",
  "export.xlsxFilter": "Excel workbooks",
  "export.csvFilter": "CSV files",
  "export.pdfFilter": "PDF documents",
  "export.fileSchedule": "schedule",
  "export.fileParticipants": "participants",
  "export.saving": "Saving…",
  "export.done": "Saved: {path}",
  "export.personIcs": "Export schedule (.ics)",
} as const satisfies Record<string, string | Plural>;
