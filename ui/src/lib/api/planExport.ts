// Plan exports: an activity’s or a person’s schedule (.ics), the participant list (XLSX/CSV).
import { currentLocale } from "$lib/i18n/index.svelte";
import { call } from "./call";
import type { FileToken } from "./dialog";

/**
 * Writes an activity's (or a person's) schedule as an iCalendar file to the file picked to save;
 * returns bytes written.
 */
export const scheduleIcsSave = (
  who: { activityId: string } | { personId: string },
  file: FileToken,
) =>
  call<number>("schedule_ics_save", {
    activityId: "activityId" in who ? who.activityId : null,
    personId: "personId" in who ? who.personId : null,
    path: file,
  });

/**
 * Writes an activity's participant list as XLSX or CSV (UTF-8 with BOM), headings in the UI's
 * language, to the file picked to save; returns bytes written.
 */
export const participantsSave = (activityId: string, format: "xlsx" | "csv", file: FileToken) =>
  call<number>("participants_save", { activityId, format, locale: currentLocale(), path: file });
