// Sessions: plan (once or recurring), move and cancel, each checked for conflicts first.
import { call } from "./call";
import type { NamedConflict, PlanPreview, Session, SessionPlan } from "./types";

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
