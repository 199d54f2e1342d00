import { call } from "./call";
import type { FileToken } from "./dialog";
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

/**
 * Renders the session's sign-in sheet in `locale` and writes it to the file picked to save
 * (`pickSaveFile`); returns its size.
 */
export const attendanceSheetSave = (sessionId: string, locale: string, file: FileToken) =>
  call<number>("attendance_sheet_save", { sessionId, locale, path: file });
