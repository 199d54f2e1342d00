// Internships (the Mobility screen's second list): a member of staff placed at a host centre for
// some weeks. List, open, create and edit a placement, move it along its lifecycle, keep its
// weekly log and attendance, record the mentor's evaluations and the intern's report, issue its
// certificate and print the evaluation form. Once agreed, every change to the plan takes a
// `reason` (refused with `amendment_reason_required` at field "reason" without one) and is kept as
// an amendment.
import { call } from "./call";
import type { FileToken } from "./dialog";
import type {
  Certificate,
  Evaluation,
  EvaluationKind,
  InternReport,
  Internship,
  InternshipDetail,
  InternshipFilter,
  InternshipRow,
  InternshipStatus,
  NewEvaluation,
  NewInternReport,
  NewInternship,
  NewPlacementDay,
  NewWeekLog,
  PlacementDay,
  WeekLog,
} from "./types";

export const internshipList = (filter: InternshipFilter) =>
  call<InternshipRow[]>("internship_list", { filter });

/** Everything about a placement: log, days, evaluations, report, amendments, certificate. */
export const internshipGet = (id: string) => call<InternshipDetail>("internship_get", { id });

/** Adds a proposed placement; the sending organisation is the intern's own. */
export const internshipCreate = (input: NewInternship) =>
  call<Internship>("internship_create", { input });

/** Edits a placement's plan; `version` is the one read (else `stale`). */
export const internshipUpdate = (
  id: string,
  input: NewInternship,
  version: number,
  reason: string | null,
) => call<Internship>("internship_update", { id, input, version, reason });

/**
 * Moves the placement (proposed → host_accepted → agreed → under_way; evaluated → closed; or
 * withdrawn with a `reason`). Agreeing needs a mentor and an objective.
 */
export const internshipSetStatus = (id: string, status: InternshipStatus, reason: string | null) =>
  call<Internship>("internship_set_status", { id, status, reason });

/** Saves one week of the log (`week_of`: any day of it; kept under its Monday). */
export const internshipWeekSave = (id: string, input: NewWeekLog) =>
  call<WeekLog>("internship_week_save", { id, input });

/** Marks placement days; answers with every day of the placement after the change. */
export const internshipDaysMark = (id: string, days: NewPlacementDay[]) =>
  call<PlacementDay[]>("internship_days_mark", { id, days });

/** Records the mentor's mid-term or final evaluation (the final one makes it evaluated). */
export const internshipEvaluationRecord = (id: string, input: NewEvaluation) =>
  call<Evaluation>("internship_evaluation_record", { id, input });

export const internshipReportSave = (id: string, input: NewInternReport) =>
  call<InternReport>("internship_report_save", { id, input });

/** Issues the certificate of internship (evaluated or closed, with the final evaluation). */
export const internshipCertificateIssue = (id: string) =>
  call<Certificate>("internship_certificate_issue", { id });

/**
 * Writes the printable evaluation form of `kind` in `locale` to the file picked to save; returns
 * its size.
 */
export const internshipFormSave = (
  id: string,
  kind: EvaluationKind,
  locale: string,
  file: FileToken,
) => call<number>("internship_form_save", { id, kind, locale, path: file });

/**
 * Writes the placements `filter` selects as a spreadsheet in `locale` to the file picked to save;
 * returns its size.
 */
export const internshipsFileSave = (
  filter: InternshipFilter,
  format: "xlsx" | "csv",
  locale: string,
  file: FileToken,
) => call<number>("internships_file_save", { filter, format, locale, path: file });
