// Plan exports: an activity’s or a person’s schedule (.ics), the participant list (XLSX/CSV).
import { currentLocale } from "$lib/i18n/index.svelte";
import { call } from "./call";

/** Writes an activity's (or a person's) schedule as an iCalendar file; returns bytes written. */
export const scheduleIcsSave = (who: { activityId: string } | { personId: string }, path: string) =>
  call<number>("schedule_ics_save", {
    activityId: "activityId" in who ? who.activityId : null,
    personId: "personId" in who ? who.personId : null,
    path,
  });

/**
 * Writes an activity's participant list as XLSX or CSV (UTF-8 with BOM), headings in the UI's
 * language; returns bytes written.
 */
export const participantsSave = (activityId: string, format: "xlsx" | "csv", path: string) =>
  call<number>("participants_save", { activityId, format, locale: currentLocale(), path });
