// Reports over the register: on screen, and saved as spreadsheets or printed as PDF.
import { call } from "./call";
import type { FileToken } from "./dialog";
import type {
  AttendanceRow,
  CertificateReportRow,
  CompletionRow,
  HoursRow,
  MobilityReportRow,
  ReportFileOptions,
  ReportFilter,
  TrainerLoadRow,
} from "./types";

/** Training hours in a period and scope, grouped as the filter asks; see `HoursRow`. */
export const reportHours = (filter: ReportFilter) => call<HoursRow[]>("report_hours", { filter });

/**
 * Saves the hours report as XLSX, CSV or PDF (`options.format`) to the file picked in the
 * save dialog; its byte count. A PDF holds at most 5,000 rows (`too_many_rows_to_print`); so do the
 * other reports'.
 */
export const reportHoursFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  file: FileToken,
) => call<number>("report_hours_file_save", { filter, options, path: file });

/**
 * Learner places in the activities overlapping the period, by result as of today, grouped as the
 * filter asks; see `CompletionRow`.
 */
export const reportCompletion = (filter: ReportFilter) =>
  call<CompletionRow[]>("report_completion", { filter });

/** Saves the completion report as XLSX, CSV or PDF to the file picked to save; its byte count. */
export const reportCompletionFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  file: FileToken,
) => call<number>("report_completion_file_save", { filter, options, path: file });

/**
 * One row per learner and activity overlapping the period (the filter's grouping only orders
 * them); see `AttendanceRow`.
 */
export const reportAttendance = (filter: ReportFilter) =>
  call<AttendanceRow[]>("report_attendance", { filter });

/** Saves the attendance report as XLSX, CSV or PDF to the file picked to save; its byte count. */
export const reportAttendanceFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  file: FileToken,
) => call<number>("report_attendance_file_save", { filter, options, path: file });

/**
 * Certificates issued and revoked in the period, per numbering series within each group; see
 * `CertificateReportRow`.
 */
export const reportCertificates = (filter: ReportFilter) =>
  call<CertificateReportRow[]>("report_certificates", { filter });

/** Saves the certificates report as XLSX, CSV or PDF to the file picked to save; its byte count. */
export const reportCertificatesFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  file: FileToken,
) => call<number>("report_certificates_file_save", { filter, options, path: file });

/**
 * Each trainer's sessions in the period, in the activities hosted by the filter's organisation
 * (one row a trainer, or a trainer and programme, activity, month or year); see `TrainerLoadRow`.
 */
export const reportTrainers = (filter: ReportFilter) =>
  call<TrainerLoadRow[]>("report_trainers", { filter });

/** Saves the trainers' load as XLSX, CSV or PDF to the file picked to save; its byte count. */
export const reportTrainersFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  file: FileToken,
) => call<number>("report_trainers_file_save", { filter, options, path: file });

/**
 * Study visits and internships with a day in the period, by kind, direction, partner and status
 * (and the month or year they start in); see `MobilityReportRow`.
 */
export const reportMobility = (filter: ReportFilter) =>
  call<MobilityReportRow[]>("report_mobility", { filter });

/** Saves the mobility report as XLSX, CSV or PDF to the file picked to save; its byte count. */
export const reportMobilityFileSave = (
  filter: ReportFilter,
  options: ReportFileOptions,
  file: FileToken,
) => call<number>("report_mobility_file_save", { filter, options, path: file });
