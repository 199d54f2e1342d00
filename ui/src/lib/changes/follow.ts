import { onRegisterChanged } from "$lib/api/changes";
import type { Change } from "$lib/api/types";
import { debounce } from "$lib/util/debounce";

/** The kinds of record a change notice names (`Change.area`). */
export type Area =
  | "roll"
  | "enrolment"
  | "plan"
  | "certificate"
  | "person"
  | "organisation"
  | "visit"
  | "internship";

/** How long notices must pause before a screen reloads: a burst of them reloads once. */
export const FOLLOW_DELAY_MS = 250;

/** Whether `c` is about `area` (and, when `id` is given, about that record). */
export function isAbout(c: Change, area: Area, id?: string | null): boolean {
  return c.area === area && (id === undefined || c.id === id);
}

/**
 * Calls `reload` once the notices `mine` accepts have paused for `delayMs`; returns the function
 * that stops following (a reload still waiting is dropped).
 */
export function followChanges(
  mine: (c: Change) => boolean,
  reload: () => void,
  delayMs = FOLLOW_DELAY_MS,
): () => void {
  const soon = debounce(reload, delayMs);
  let stopped = false;
  let unlisten: (() => void) | null = null;
  void onRegisterChanged((c) => {
    if (!stopped && mine(c)) soon();
  }).then((stop) => {
    // The screen may have gone before the listener was in place.
    if (stopped) stop();
    else unlisten = stop;
  });
  return () => {
    stopped = true;
    soon.cancel();
    unlisten?.();
  };
}

/** Whether two answers of the same query hold the same data (they come from one serialiser). */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
