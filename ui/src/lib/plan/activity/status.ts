import type { ActivityStatus } from "$lib/api/types";

/** The way an activity goes, in order; `cancelled` can be reached from any step but the last. */
export const LIFECYCLE = ["draft", "planned", "confirmed", "in_progress", "completed"] as const;

/** A step an activity can be moved on to (never back to a draft). */
export type NextStatus = Exclude<(typeof LIFECYCLE)[number], "draft">;

/** Completed and cancelled activities stay as they are. */
export function isFinal(status: ActivityStatus): boolean {
  return status === "completed" || status === "cancelled";
}

/** The statuses an activity may move to next: any later step of the lifecycle. */
export function nextStatuses(status: ActivityStatus): NextStatus[] {
  if (isFinal(status)) return [];
  const at = (LIFECYCLE as readonly ActivityStatus[]).indexOf(status);
  return at < 0 ? [] : (LIFECYCLE.slice(at + 1) as NextStatus[]);
}

/** Whether "Cancel activity" is offered (a reason is then required). */
export function canCancel(status: ActivityStatus): boolean {
  return !isFinal(status);
}
