// Study visits and internships on the calendar: bars across the days they take.
import type { CalendarSpan } from "$lib/api/types";
import type { Route } from "$lib/router.svelte";
import { addDays, daysBetween, type Day } from "./days";
import { laneCount, packLanes } from "./lanes";
import { KIND_COLOURS } from "./query";
import type { TextKey } from "$lib/i18n/catalogue";
import { internshipStatusKey } from "$lib/mobility/internshipWords";
import { visitStatusKey } from "$lib/mobility/words";

/** A span drawn over a run of days: its first and last column (both included) and its lane. */
export type SpanBar = {
  span: CalendarSpan;
  start: number;
  end: number;
  lane: number;
  /** Whether it began before the first day shown, or goes on after the last. */
  clippedStart: boolean;
  clippedEnd: boolean;
};

/**
 * The spans touching the `count` days from `first`, as bars packed into as few lanes as
 * possible (earliest first, the longer first on a tie).
 */
export function spanBars(spans: CalendarSpan[], first: Day, count: number): SpanBar[] {
  const last = addDays(first, count - 1);
  const shown = spans
    .filter((s) => s.starts_on <= last && s.ends_on >= first)
    .map((span) => {
      const from = span.starts_on < first ? first : span.starts_on;
      const to = span.ends_on > last ? last : span.ends_on;
      return { span, start: daysBetween(first, from), end: daysBetween(first, to) };
    })
    .sort((x, y) => x.start - y.start || y.end - x.end || x.span.title.localeCompare(y.span.title));
  const lanes = packLanes(shown.map((b) => ({ start: b.start, end: b.end + 1 })));
  return shown.map((b, i) => ({
    ...b,
    lane: lanes[i],
    clippedStart: b.span.starts_on < first,
    clippedEnd: b.span.ends_on > last,
  }));
}

/** The page a span opens: the visit's or the placement's. */
export const spanRoute = (s: CalendarSpan): Route =>
  s.of.kind === "visit" ? { name: "visit", id: s.id } : { name: "internship", id: s.id };

/** A span's colours: its kind's, as the activities of that kind have. */
export const spanColours = (s: CalendarSpan) =>
  KIND_COLOURS[s.of.kind === "visit" ? "study_visit" : "internship"];

/** Whether it no longer takes place: a cancelled visit, a withdrawn placement. */
export const calledOff = (s: CalendarSpan): boolean =>
  s.of.kind === "visit" ? s.of.status === "cancelled" : s.of.status === "withdrawn";

/** Whether both sides have yet to agree on it: drawn dashed. */
export function tentative(s: CalendarSpan): boolean {
  if (s.of.kind === "visit") return s.of.status === "draft" || s.of.status === "proposed";
  return s.of.status === "proposed" || s.of.status === "host_accepted";
}

/** The words of its status: the visit's or the placement's. */
export const statusKey = (s: CalendarSpan): TextKey =>
  s.of.kind === "visit" ? visitStatusKey(s.of.status) : internshipStatusKey(s.of.status);

/** The height of a lane of span bars, in pixels. */
export const SPAN_LANE_PX = 24;

/** The height a band of bars takes when at most `maxLanes` lanes are drawn: the more-link's too. */
export function bandHeight(bars: SpanBar[], maxLanes: number): number {
  const lanes = Math.min(laneCount(bars), maxLanes);
  const more = bars.some((b) => b.lane >= maxLanes) ? MORE_LINK_PX : 0;
  return lanes * SPAN_LANE_PX + more;
}

/** The height of the "+N more" link under a band. */
const MORE_LINK_PX = 18;
