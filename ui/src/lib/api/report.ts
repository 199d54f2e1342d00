// Reports over the register: on screen, and saved as spreadsheets.
import { call } from "./call";
import type {
  AttendanceRow,
  CompletionRow,
  HoursRow,
  ReportFileOptions,
  ReportFilter,
} from "./types";

/** Training hours in a period and scope, grouped as the filter asks; see `HoursRow`. */
export const reportHours = (filter: ReportFilter) => call<HoursRow[]>("report_hours", { filter });

/** Saves the hours report as XLSX or CSV at `path` (chosen in the save dialog); its byte count. */
export const reportHoursFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  path: string,
) => call<number>("report_hours_file_save", { filter, options, path });

/**
 * Learner places in the activities overlapping the period, by result as of today, grouped as the
 * filter asks; see `CompletionRow`.
 */
export const reportCompletion = (filter: ReportFilter) =>
  call<CompletionRow[]>("report_completion", { filter });

/** Saves the completion report as XLSX or CSV at `path`; its byte count. */
export const reportCompletionFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  path: string,
) => call<number>("report_completion_file_save", { filter, options, path });

/**
 * One row per learner and activity overlapping the period (the filter's grouping only orders
 * them); see `AttendanceRow`.
 */
export const reportAttendance = (filter: ReportFilter) =>
  call<AttendanceRow[]>("report_attendance", { filter });

/** Saves the attendance report as XLSX or CSV at `path`; its byte count. */
export const reportAttendanceFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  path: string,
) => call<number>("report_attendance_file_save", { filter, options, path });
