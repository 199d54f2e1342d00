// Moving a session in the week view: pixels to minutes, snapping, and the new wall times.
import type { Session } from "$lib/api/types";
import { formatWall, MINUTES_PER_DAY, parseWall } from "./days";

/** Moves snap to this many minutes; Alt+ArrowUp/Down moves by it too. */
export const SNAP_MINUTES = 15;

/** A pointer must travel this far (px) before a press becomes a drag rather than a click. */
export const DRAG_THRESHOLD_PX = 4;

export function snap(minutes: number, step = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step;
}

export function minutesToPx(minutes: number, hourPx: number): number {
  return (minutes / 60) * hourPx;
}

export function pxToMinutes(px: number, hourPx: number): number {
  return (px / hourPx) * 60;
}

/** The day column (0–count-1) under an x coordinate, clamped to the grid. */
export function columnAt(x: number, left: number, width: number, count: number): number {
  if (width <= 0) return 0;
  const i = Math.floor(((x - left) / width) * count);
  return Math.min(count - 1, Math.max(0, i));
}

/**
 * Where a dragged block lands: its top moved by `dy` pixels, snapped to the grid and kept inside
 * the day (a block cannot start before 00:00 or at/after 24:00).
 */
export function droppedTop(top: number, dy: number, hourPx: number, step = SNAP_MINUTES): number {
  const raw = snap(top + pxToMinutes(dy, hourPx), step);
  return Math.min(MINUTES_PER_DAY - step, Math.max(0, raw));
}

/** The shift in minutes from a block's place (day column, top) to where it was dropped. */
export function shiftBetween(
  from: { column: number; top: number },
  to: { column: number; top: number },
): number {
  return (to.column - from.column) * MINUTES_PER_DAY + (to.top - from.top);
}

/** The shift an Alt+arrow key asks for, or null for any other key. */
export function keyShift(e: { key: string; altKey: boolean }): number | null {
  if (!e.altKey) return null;
  switch (e.key) {
    case "ArrowUp":
      return -SNAP_MINUTES;
    case "ArrowDown":
      return SNAP_MINUTES;
    case "ArrowLeft":
      return -MINUTES_PER_DAY;
    case "ArrowRight":
      return MINUTES_PER_DAY;
    default:
      return null;
  }
}

/** A wall time "YYYY-MM-DDTHH:MM[:SS]" moved by some minutes, as "YYYY-MM-DDTHH:MM". */
export function shiftWall(wall: string, minutes: number): string {
  return formatWall(parseWall(wall) + minutes);
}

/** A session's new start and end at the venue after a shift: its duration is kept. */
export function shiftedSession(s: Session, minutes: number): { start: string; end: string } {
  return { start: shiftWall(s.starts_local, minutes), end: shiftWall(s.ends_local, minutes) };
}

/** The week grid's scale: pixels per hour (15 minutes = 12 px). */
export const HOUR_PX = 48;

/** The week view opens scrolled to 07:00 with 14 hours (to 21:00) in view. */
export const FIRST_VISIBLE_HOUR = 7;
export const VISIBLE_HOURS = 14;
