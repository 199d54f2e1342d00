// Enrolment: nominate people or a unit, approve, decline, cancel.
import { call } from "./call";
import type { Cancellation, Enrolment, EnrolmentRole, NominationReport } from "./types";

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
