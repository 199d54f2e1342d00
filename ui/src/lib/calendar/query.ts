// What the calendar asks Rust for: filters, the period, and the cap on how much comes back.
import type { ActivityKind, ActivityFilter, CalendarQuery } from "$lib/api/types";
import { ACTIVITY_KINDS } from "$lib/plan/catalogue/words";
import { periodBounds, type Day, type View } from "./days";
import { yearFilter } from "./year";

/** The most sessions (or activities) one request returns; more is said to be capped. */
export const LIMIT = 5000;

/** Whether a list may have been cut at the limit (then the screen says so). */
export const isCapped = (count: number) => count >= LIMIT;

/** The kinds the calendar filters by: every kind, in the pickers' order. */
export const KINDS: readonly ActivityKind[] = ACTIVITY_KINDS;

/** A colour per kind (block border and bar fill), readable with dark text on the soft tone. */
export const KIND_COLOURS: Record<ActivityKind, { strong: string; soft: string }> = {
  training: { strong: "#1f6f78", soft: "#dff0f1" },
  seminar: { strong: "#5b4bb7", soft: "#ebe8f8" },
  workshop: { strong: "#b2570f", soft: "#fbeadb" },
  round_table: { strong: "#2e7d4f", soft: "#e3f3e9" },
  conference: { strong: "#b3261e", soft: "#f9e3e2" },
  study_visit: { strong: "#0f5fa8", soft: "#dfecf8" },
  internship: { strong: "#8a6d00", soft: "#f7f0d4" },
  consultation: { strong: "#7a3e83", soft: "#f3e4f5" },
};

/** The filter selects' values; "" means all. */
export type Filters = {
  organisation: string;
  trainer: string;
  venue: string;
  kind: ActivityKind | "";
};

export const NO_FILTERS: Filters = { organisation: "", trainer: "", venue: "", kind: "" };

function narrowing(f: Filters) {
  return {
    organisation_id: f.organisation || null,
    trainer_id: f.trainer || null,
    venue_id: f.venue || null,
    kind: f.kind || null,
  };
}

/** The sessions query of a week or month view, days on the viewer's clock. */
export function calendarQuery(
  view: Exclude<View, "year">,
  anchor: Day,
  zone: string,
  f: Filters,
): CalendarQuery {
  const { from, to } = periodBounds(view, anchor);
  return { from, to, time_zone: zone, ...narrowing(f), limit: LIMIT };
}

/** The visits and internships query of any view: its days, with the same filters. */
export function spanQuery(view: View, anchor: Day, zone: string, f: Filters): CalendarQuery {
  const { from, to } = periodBounds(view, anchor);
  return { from, to, time_zone: zone, ...narrowing(f), limit: LIMIT };
}

/** The activity list's filter of a year view. */
export function activityQuery(anchor: Day, f: Filters): ActivityFilter {
  return yearFilter(Number(anchor.slice(0, 4)), narrowing(f), LIMIT);
}
