import type { Session } from "$lib/api/types";

/** A moment read off one clock: "YYYY-MM-DD" and "HH:MM". */
export type WallTime = { date: string; time: string };

/** How a session reads at the venue, and on the viewer's clock when that reads differently. */
export type SessionClock = {
  date: string;
  start: string;
  end: string;
  /** The session's IANA zone. */
  zone: string;
  /** The same instants on the viewer's clock; null when the viewer is on the venue's clock. */
  viewer: { startDate: string; start: string; endDate: string; end: string } | null;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Only the digits are read, so the locale does not matter; en-GB is always present.
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** An instant (ISO text with offset or Z) on the wall clock of `zone`; null if either is bad. */
export function wallTime(instant: string, zone: string): WallTime | null {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatter(zone).formatToParts(when);
  } catch {
    return null; // an unknown zone
  }
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  const hour = get("hour") === "24" ? "00" : get("hour");
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${hour}:${get("minute")}` };
}

/** "Asia/Baku" → "Baku", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  const last = zone.split("/").pop() ?? zone;
  return last.replace(/_/g, " ");
}

/** "YYYY-MM-DDTHH:MM[:SS]" split into the date and "HH:MM". */
export function splitLocal(local: string): WallTime {
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/**
 * A session on the venue's clock, and on the viewer's when the viewer's zone differs and its
 * clock reads differently (a zone with the same time all year adds nothing).
 */
export function sessionClock(s: Session, viewerZone: string | null): SessionClock {
  const start = splitLocal(s.starts_local);
  const end = splitLocal(s.ends_local);
  const out: SessionClock = {
    date: start.date,
    start: start.time,
    end: end.time,
    zone: s.time_zone,
    viewer: null,
  };
  if (!viewerZone || viewerZone === s.time_zone) return out;
  const vStart = wallTime(s.starts_utc, viewerZone);
  const vEnd = wallTime(s.ends_utc, viewerZone);
  if (!vStart || !vEnd) return out;
  const same =
    vStart.date === start.date &&
    vStart.time === start.time &&
    vEnd.date === end.date &&
    vEnd.time === end.time;
  if (!same) {
    out.viewer = { startDate: vStart.date, start: vStart.time, endDate: vEnd.date, end: vEnd.time };
  }
  return out;
}

/** Sessions in time order: by the instant they start, then end. */
export function sessionsInOrder(sessions: readonly Session[]): Session[] {
  const at = (iso: string) => new Date(iso).getTime();
  return [...sessions].sort(
    (a, b) =>
      at(a.starts_utc) - at(b.starts_utc) ||
      at(a.ends_utc) - at(b.ends_utc) ||
      a.starts_local.localeCompare(b.starts_local),
  );
}

/**
 * The city a session's clock is named after: its venue's city when the venue keeps that clock,
 * else the city in the zone's name.
 */
export function clockCity(
  s: Pick<Session, "time_zone" | "venue_id">,
  venues: ReadonlyMap<string, { city: string; time_zone: string }>,
): string {
  const venue = s.venue_id ? venues.get(s.venue_id) : undefined;
  if (venue && venue.time_zone === s.time_zone && venue.city.trim()) return venue.city.trim();
  return zoneCity(s.time_zone);
}

/** "14:00–17:00". */
export const timeRange = (start: string, end: string) => `${start}–${end}`;
