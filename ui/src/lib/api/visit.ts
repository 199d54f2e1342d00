// Study visits (the Mobility screen): list, open, create and edit a visit, move it on each side,
// its delegation and their papers, the programme, the journey and the report. Once a visit is
// confirmed, every change takes a `reason` (refused with `amendment_reason_required` at field
// "reason" without one) and is kept as an amendment.
import { call } from "./call";
import type { FileToken } from "./dialog";
import type {
  HostStatus,
  NewProgrammeItem,
  NewTravel,
  NewVisaEvent,
  NewVisit,
  NewVisitMember,
  NewVisitReport,
  ProgrammeItem,
  Travel,
  VisaEvent,
  Visit,
  VisitDetail,
  VisitFilter,
  VisitMember,
  VisitReport,
  VisitRow,
  VisitStatus,
} from "./types";

export const visitList = (filter: VisitFilter) => call<VisitRow[]>("visit_list", { filter });

/** Everything about a visit; members' `papers` are null for roles without `travel_documents`. */
export const visitGet = (id: string) => call<VisitDetail>("visit_get", { id });

/** Adds a draft visit; a null `direction` is worked out from the organisations' kinds. */
export const visitCreate = (input: NewVisit) => call<Visit>("visit_create", { input });

/** Edits a visit's details; `version` is the one read (else `stale`). */
export const visitUpdate = (id: string, input: NewVisit, version: number, reason: string | null) =>
  call<Visit>("visit_update", { id, input, version, reason });

/**
 * Moves the visit on the sending side (draft → proposed → confirmed → under_way → completed,
 * proposed → draft, or cancelled with a `reason`); confirming needs the host's acceptance.
 */
export const visitSetStatus = (id: string, status: VisitStatus, reason: string | null) =>
  call<Visit>("visit_set_status", { id, status, reason });

/** Records the host's answer: accepted, or declined with a `reason`. */
export const visitHostAnswer = (id: string, answer: HostStatus, reason: string | null) =>
  call<Visit>("visit_host_answer", { id, answer, reason });

/** Replaces the whole programme (times "YYYY-MM-DDTHH:MM" on the host's clock). */
export const visitProgrammeSet = (id: string, items: NewProgrammeItem[], reason: string | null) =>
  call<ProgrammeItem[]>("visit_programme_set", { id, items, reason });

/** Replaces the journey: every leg and the lodging. */
export const visitTravelSet = (id: string, travel: NewTravel, reason: string | null) =>
  call<Travel>("visit_travel_set", { id, travel, reason });

/** Adds a register person (`person_id`) or an outsider (name and organisation) to the delegation. */
export const visitMemberAdd = (visitId: string, input: NewVisitMember, reason: string | null) =>
  call<VisitMember>("visit_member_add", { visitId, input, reason });

/**
 * Changes a member; for the roles that see travel papers, `passport_valid_until` is set to what
 * is sent (null clears it).
 */
export const visitMemberUpdate = (
  visitId: string,
  memberId: string,
  input: NewVisitMember,
  reason: string | null,
) => call<VisitMember>("visit_member_update", { visitId, memberId, input, reason });

export const visitMemberRemove = (visitId: string, memberId: string, reason: string | null) =>
  call<null>("visit_member_remove", { visitId, memberId, reason });

/** Records a member's visa status as of a day; every status is kept. */
export const visitVisaRecord = (visitId: string, memberId: string, input: NewVisaEvent) =>
  call<VisaEvent>("visit_visa_record", { visitId, memberId, input });

/** Saves the report (only for a visit under way or completed). */
export const visitReportSave = (id: string, input: NewVisitReport) =>
  call<VisitReport>("visit_report_save", { id, input });

/** The papers printed for a visit: its programme, the invitation letter, the delegation list. */
export type VisitDocument = "programme" | "letter" | "delegation";

/** Writes one of the visit's papers in `locale` to the file picked to save; returns its size. */
export const visitPrintSave = (
  id: string,
  document: VisitDocument,
  locale: string,
  file: FileToken,
) => call<number>("visit_print_save", { id, document, locale, path: file });

/**
 * Writes the visits `filter` selects as a spreadsheet in `locale` to the file picked to save, one
 * row per
 * delegation member; passports and visas only with `papers` (roles with `travel_documents`).
 * Returns its size.
 */
export const visitsFileSave = (
  filter: VisitFilter,
  papers: boolean,
  format: "xlsx" | "csv",
  locale: string,
  file: FileToken,
) => call<number>("visits_file_save", { filter, papers, format, locale, path: file });
