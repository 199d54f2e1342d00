// Activities: plan, edit, move through their life (`activitySetStatus`), list and open one.
import { call } from "./call";
import type {
  Activity,
  ActivityDetail,
  ActivityFilter,
  ActivityStatus,
  NewActivity,
} from "./types";

/**
 * Plans an activity. With `programme_id` set, an empty title, hours and description are carried
 * over from the programme (title, planned hours, objectives).
 */
export const activityCreate = (input: NewActivity) => call<Activity>("activity_create", { input });

/** Edits an activity (the status is changed with `activitySetStatus`, not here). */
export const activityUpdate = (id: string, input: NewActivity) =>
  call<Activity>("activity_update", { id, input });

/**
 * Moves an activity along draft → planned → confirmed → in_progress → completed, or cancels it
 * (`reason` required). Refused with code `refused` for a move the lifecycle does not allow.
 */
export const activitySetStatus = (id: string, status: ActivityStatus, reason: string | null) =>
  call<Activity>("activity_set_status", { id, status, reason });

export const activityList = (filter: ActivityFilter) =>
  call<Activity[]>("activity_list", { filter });

/** An activity with its sessions, enrolments (with names) and the waitlist in promotion order. */
export const activityGet = (id: string) => call<ActivityDetail>("activity_get", { id });
