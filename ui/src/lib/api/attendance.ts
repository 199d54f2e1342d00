import { save } from "@tauri-apps/plugin-dialog";
import { call } from "./call";
import { normaliseError } from "./error";
import type {
  AttendanceChange,
  MySessions,
  NewMark,
  Roll,
  SavedMark,
  SessionsQuery,
} from "./types";

/** Today's, upcoming and recent past sessions (one trainer's, or everyone's). */
export const attendanceSessions = (query: SessionsQuery) =>
  call<MySessions>("attendance_sessions", { query });

/** The roll of one session: `sessions` has exactly one element. */
export const attendanceRoll = (sessionId: string) => call<Roll>("attendance_roll", { sessionId });

/** The roll of a whole activity: everyone enrolled × every scheduled session. */
export const attendanceGrid = (activityId: string) => call<Roll>("attendance_grid", { activityId });

/** Saves marks in one transaction; returns only the marks that changed (`mark: null`: cleared). */
export const attendanceMark = (marks: NewMark[]) => call<SavedMark[]>("attendance_mark", { marks });

/** Every change to one person's mark in one session, oldest first. */
export const attendanceHistory = (sessionId: string, personId: string) =>
  call<AttendanceChange[]>("attendance_history", { sessionId, personId });

/** Renders the session's sign-in sheet in `locale` and writes it to `path`; returns its size. */
export const attendanceSheetSave = (sessionId: string, locale: string, path: string) =>
  call<number>("attendance_sheet_save", { sessionId, locale, path });

/** The file type a default name asks for (`.pdf` unless the name says otherwise). */
function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(name);
  return m ? m[1].toLowerCase() : "pdf";
}

/** The native save dialog, filtered to the default name's file type. Null if cancelled. */
export async function pickSheetPath(
  title: string,
  filterName: string,
  defaultName: string,
): Promise<string | null> {
  // WebDriver cannot drive the native GTK dialog: the end-to-end suite names its file here.
  const e2eSave = (globalThis as { __malakaE2eSave?: unknown }).__malakaE2eSave;
  if (typeof e2eSave === "string") return e2eSave;
  try {
    const chosen = await save({
      title,
      defaultPath: defaultName,
      filters: [{ name: filterName, extensions: [extensionOf(defaultName)] }],
    });
    return typeof chosen === "string" ? chosen : null;
  } catch (e) {
    throw normaliseError(e);
  }
}
