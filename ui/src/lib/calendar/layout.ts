// Where sessions sit in the week and month views, on the viewer's clock.
import type { CalendarEntry } from "$lib/api/types";
import { dayOf, dayStart, MINUTES_PER_DAY, parseWall, wallIn, type Day } from "./days";

/** The shortest a block is drawn, so a zero-length session can still be seen and grabbed. */
export const MIN_BLOCK_MINUTES = 15;

/** An entry with its start and end as wall minutes on the viewer's clock. */
export type Placed = {
  entry: CalendarEntry;
  /** Viewer's wall minutes. */
  start: number;
  end: number;
  /** The venue's wall minutes, when they read differently from the viewer's. */
  venue: { start: number; end: number } | null;
};

export function place(entry: CalendarEntry, zone: string): Placed {
  const s = entry.session;
  const start = wallIn(s.starts_utc, zone);
  const end = Math.max(start, wallIn(s.ends_utc, zone));
  const venueStart = parseWall(s.starts_local);
  const venueEnd = parseWall(s.ends_local);
  const same = venueStart === start && venueEnd === end;
  return { entry, start, end, venue: same ? null : { start: venueStart, end: venueEnd } };
}

/** Every entry placed, earliest first (longer first on a tie, then by title). */
export function placeAll(entries: CalendarEntry[], zone: string): Placed[] {
  return entries
    .map((e) => place(e, zone))
    .sort(
      (a, b) =>
        a.start - b.start ||
        b.end - a.end ||
        a.entry.activity_title.localeCompare(b.entry.activity_title) ||
        a.entry.session.id.localeCompare(b.entry.session.id),
    );
}

/** One day's part of a placed entry (a session past midnight has a part on each day). */
export type Segment = {
  placed: Placed;
  day: Day;
  /** Minutes since the day's midnight, 0–1440. */
  top: number;
  bottom: number;
  /** Side-by-side position among the overlapping blocks: column `col` of `cols`. */
  col: number;
  cols: number;
  /** Whether the session starts (ends) inside this day. */
  first: boolean;
  last: boolean;
};

/**
 * The blocks of one day: each entry's part within the day, and side-by-side columns for the ones
 * that overlap (a group of blocks that overlap one another, directly or through others, shares
 * one column count; each block takes the leftmost column free at its start).
 */
export function daySegments(placed: Placed[], day: Day): Segment[] {
  const from = dayStart(day);
  const to = from + MINUTES_PER_DAY;
  const parts: Segment[] = [];
  for (const p of placed) {
    const drawnEnd = Math.max(p.end, p.start + MIN_BLOCK_MINUTES);
    if (drawnEnd <= from || p.start >= to) continue;
    let top = Math.max(p.start, from) - from;
    let bottom = Math.min(drawnEnd, to) - from;
    if (bottom - top < MIN_BLOCK_MINUTES) {
      // A short block just before midnight is drawn ending at midnight.
      bottom = Math.min(MINUTES_PER_DAY, top + MIN_BLOCK_MINUTES);
      top = bottom - MIN_BLOCK_MINUTES;
    }
    parts.push({
      placed: p,
      day,
      top,
      bottom,
      col: 0,
      cols: 1,
      first: p.start >= from,
      last: p.end <= to,
    });
  }
  return layoutColumns(parts);
}

/** Assigns `col`/`cols` to intervals `[top, bottom)` so overlapping ones sit side by side. */
export function layoutColumns<T extends { top: number; bottom: number; col: number; cols: number }>(
  items: T[],
): T[] {
  const sorted = [...items].sort((a, b) => a.top - b.top || b.bottom - a.bottom);
  let group: T[] = [];
  let columnsEnd: number[] = []; // bottom of the last block in each column of the group
  let groupEnd = -Infinity;
  const close = () => {
    for (const item of group) item.cols = columnsEnd.length;
    group = [];
    columnsEnd = [];
  };
  for (const item of sorted) {
    if (item.top >= groupEnd) {
      close();
      groupEnd = -Infinity;
    }
    let col = columnsEnd.findIndex((end) => end <= item.top);
    if (col === -1) {
      col = columnsEnd.length;
      columnsEnd.push(item.bottom);
    } else {
      columnsEnd[col] = item.bottom;
    }
    item.col = col;
    group.push(item);
    groupEnd = Math.max(groupEnd, item.bottom);
  }
  close();
  return sorted;
}

/** Entries by the day they start on (viewer's clock), each day's list earliest first. */
export function byStartDay(placed: Placed[]): Map<Day, Placed[]> {
  const out = new Map<Day, Placed[]>();
  for (const p of placed) {
    const day = dayOf(p.start);
    const list = out.get(day);
    if (list) list.push(p);
    else out.set(day, [p]);
  }
  return out;
}
