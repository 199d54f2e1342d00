// Calendar days as "YYYY-MM-DD" text and wall times as minutes, with no time zone attached:
// all arithmetic is done on UTC fields, so a daylight-saving change never shifts a day.

/** A calendar day, "YYYY-MM-DD". */
export type Day = string;

/** What the calendar shows at once. */
export type View = "week" | "month" | "year";

export const VIEWS: readonly View[] = ["week", "month", "year"];

export const MINUTES_PER_DAY = 24 * 60;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Minutes since 1970-01-01T00:00 of a wall time given by its fields (month 1–12). */
export function wallOf(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) / 60000;
}

/** A wall time's fields back from its minutes. */
export function fieldsOf(wall: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const d = new Date(wall * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;
const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/;

/** The wall minutes at the start of a day. */
export function dayStart(day: Day): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return wallOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day a wall time falls on. */
export function dayOf(wall: number): Day {
  const f = fieldsOf(wall);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** Minutes since midnight of a wall time. */
export function minuteOfDay(wall: number): number {
  return ((wall % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** A wall time "YYYY-MM-DDTHH:MM[:SS]" as minutes (seconds are dropped). */
export function parseWall(text: string): number {
  const m = WALL_RE.exec(text);
  if (!m) throw new Error(`not a wall time: ${text}`);
  return wallOf(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

/** Minutes as "YYYY-MM-DDTHH:MM", the form `sessionMove` takes. */
export function formatWall(wall: number): string {
  const f = fieldsOf(wall);
  return `${dayOf(wall)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/** "HH:MM" of a wall time. */
export function clock(wall: number): string {
  const m = minuteOfDay(wall);
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function addDays(day: Day, n: number): Day {
  return dayOf(dayStart(day) + n * MINUTES_PER_DAY);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayStart(b) - dayStart(a)) / MINUTES_PER_DAY);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: Day): number {
  const sunday0 = new Date(dayStart(day) * 60000).getUTCDay();
  return (sunday0 + 6) % 7;
}

/** The Monday of the week a day is in (weeks start on Monday). */
export function mondayOf(day: Day): Day {
  return addDays(day, -weekdayIndex(day));
}

/** The seven days of the week a day is in, Monday first. */
export function weekDays(day: Day): Day[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function firstOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

/** The month before or after, on the same day of the month where it exists (31 Jan → 28 Feb). */
export function addMonths(day: Day, n: number): Day {
  const f = fieldsOf(dayStart(day));
  const index = f.year * 12 + (f.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  return dayOf(wallOf(year, month, Math.min(f.day, last)));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The 6 × 7 days a month view shows: from the Monday on or before the 1st, 42 days. */
export function monthGrid(day: Day): Day[] {
  const start = mondayOf(firstOfMonth(day));
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

/** The days a view loads: `from` inclusive, `to` exclusive. */
export function periodBounds(view: View, anchor: Day): { from: Day; to: Day } {
  switch (view) {
    case "week": {
      const from = mondayOf(anchor);
      return { from, to: addDays(from, 7) };
    }
    case "month": {
      const from = mondayOf(firstOfMonth(anchor));
      return { from, to: addDays(from, 42) };
    }
    case "year": {
      const year = anchor.slice(0, 4);
      return { from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` };
    }
  }
}

/** The anchor one period earlier (`step` −1) or later (+1). */
export function stepPeriod(view: View, anchor: Day, step: number): Day {
  switch (view) {
    case "week":
      return addDays(anchor, 7 * step);
    case "month":
      return addMonths(anchor, step);
    case "year":
      return addMonths(anchor, 12 * step);
  }
}

/** Today's date on a zone's clock (the viewer's, for "today"). */
export function todayIn(zone: string, now: Date = new Date()): Day {
  return dayOf(wallIn(now, zone));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Only numbers are read back, so the English formatter is used whatever the UI locale.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** An instant (Date or ISO text with an offset) as wall minutes on a zone's clock. */
export function wallIn(instant: Date | string, zone: string): number {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(zone).formatToParts(date)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  // Some engines write midnight as 24 even with h23; it is the same instant either way.
  const hour = parts.hour === 24 ? 0 : parts.hour;
  return wallOf(parts.year, parts.month, parts.day, hour, parts.minute);
}
