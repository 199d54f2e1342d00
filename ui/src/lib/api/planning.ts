import { currentLocale } from "$lib/i18n/index.svelte";
import { call } from "./call";
import type {
  Activity,
  ActivityDetail,
  ActivityFilter,
  ActivityStatus,
  CalendarEntry,
  CalendarQuery,
  Cancellation,
  Enrolment,
  EnrolmentRole,
  NamedConflict,
  NewActivity,
  NewProgramme,
  NominationReport,
  PlanPreview,
  Programme,
  Session,
  SessionPlan,
  Venue,
} from "./types";

// ---- The programme catalogue ----

export const programmeList = (includeArchived: boolean) =>
  call<Programme[]>("programme_list", { includeArchived });

export const programmeCreate = (input: NewProgramme) =>
  call<Programme>("programme_create", { input });

export const programmeUpdate = (id: string, input: NewProgramme) =>
  call<Programme>("programme_update", { id, input });

/** Archives (or brings back) a programme; archived ones are hidden from planning. */
export const programmeArchive = (id: string, archived: boolean) =>
  call<Programme>("programme_archive", { id, archived });

// ---- Activities ----

export const venueList = () => call<Venue[]>("venue_list");

/**
 * Plans an activity. With `programme_id` set, an empty title, hours and description are carried
 * over from the programme (title, planned hours, objectives).
 */
export const activityCreate = (input: NewActivity) => call<Activity>("activity_create", { input });

/** Edits an activity (the status is changed with `activityStatus`, not here). */
export const activityUpdate = (id: string, input: NewActivity) =>
  call<Activity>("activity_update", { id, input });

/**
 * Moves an activity along draft → planned → confirmed → in_progress → completed, or cancels it
 * (`reason` required). Refused with code `refused` for a move the lifecycle does not allow.
 */
export const activityStatus = (id: string, status: ActivityStatus, reason: string | null) =>
  call<Activity>("activity_set_status", { id, status, reason });

export const activityList = (filter: ActivityFilter) =>
  call<Activity[]>("activity_list", { filter });

/** An activity with its sessions, enrolments (with names) and the waitlist in promotion order. */
export const activityGet = (id: string) => call<ActivityDetail>("activity_get", { id });

// ---- Sessions ----

/**
 * What a plan would create, and every clash it would cause (trainer, venue or enrolled person
 * booked elsewhere at the same instant) — call before saving to show conflicts.
 */
export const sessionPlanCheck = (plan: SessionPlan) =>
  call<PlanPreview>("session_plan_check", { plan });

/**
 * Creates one session, or one per day of `plan.repeat`, all or nothing. A clash is refused with
 * code `schedule_conflict` (the error carries `conflicts`) unless `allowConflict`; an allowed
 * clash is written to the audit log.
 */
export const sessionPlan = (plan: SessionPlan, allowConflict: boolean) =>
  call<Session[]>("session_plan", { plan, allowConflict });

/** The clashes a move/resize to these local wall times (venue's zone) would cause. */
export const sessionMoveCheck = (id: string, startsLocal: string, endsLocal: string) =>
  call<NamedConflict[]>("session_move_check", { id, startsLocal, endsLocal });

/** Moves or resizes a session (local wall times `YYYY-MM-DDTHH:MM` in the session's zone). */
export const sessionMove = (
  id: string,
  startsLocal: string,
  endsLocal: string,
  allowConflict: boolean,
) => call<Session>("session_move", { id, startsLocal, endsLocal, allowConflict });

/** Cancels one session; the reason is required and kept. */
export const sessionCancel = (id: string, reason: string) =>
  call<Session>("session_cancel", { id, reason });

/** Sessions in a date range as the calendar shows them, filtered; see `CalendarQuery`. */
export const calendar = (query: CalendarQuery) => call<CalendarEntry[]>("calendar", { query });

// ---- Enrolment ----

/**
 * Nominates people (participants wait for a manager's approval; trainers and speakers are
 * enrolled at once, taking no seat). People already in the activity are skipped and named.
 */
export const enrolmentNominate = (activityId: string, personIds: string[], role: EnrolmentRole) =>
  call<NominationReport>("enrolment_nominate", { activityId, personIds, role });

/** Nominates everyone in an organisation unit and the units under it. */
export const enrolmentNominateUnit = (activityId: string, unitId: string, role: EnrolmentRole) =>
  call<NominationReport>("enrolment_nominate_unit", { activityId, unitId, role });

/**
 * Approves nominations, earliest nominated first: a free seat makes them `enrolled`, otherwise
 * they join the waitlist (`waitlisted`).
 */
export const enrolmentApprove = (enrolmentIds: string[]) =>
  call<Enrolment[]>("enrolment_approve", { enrolmentIds });

/** Declines nominations (status `declined`); the reason is required and kept. */
export const enrolmentDecline = (enrolmentIds: string[], reason: string) =>
  call<Enrolment[]>("enrolment_decline", { enrolmentIds, reason });

/** Cancels an enrolment; a freed seat goes to the longest-waiting person (audited). */
export const enrolmentCancel = (enrolmentId: string, reason: string | null) =>
  call<Cancellation>("enrolment_cancel", { enrolmentId, reason });

// ---- Exports ----

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
