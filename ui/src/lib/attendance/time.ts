import { format, parseISO } from "date-fns";
import type { Session } from "$lib/api/types";

/** A session's start and end as wall time at the venue, and on this computer's clock. */
export type SessionTimes = {
  /** The venue's wall time (a Date whose fields read as the venue's clock). */
  start: Date;
  end: Date;
  /** The same instants on this computer's clock; null when they read the same as the venue's. */
  local: { start: Date; end: Date } | null;
};

const stamp = (d: Date) => format(d, "yyyy-MM-dd HH:mm");

export function sessionTimes(s: Session): SessionTimes {
  const start = parseISO(s.starts_local);
  const end = parseISO(s.ends_local);
  const localStart = new Date(s.starts_utc);
  const localEnd = new Date(s.ends_utc);
  const same = stamp(localStart) === stamp(start) && stamp(localEnd) === stamp(end);
  return { start, end, local: same ? null : { start: localStart, end: localEnd } };
}

/** The viewer's IANA zone, which decides where "today" begins for the sessions list. */
export function viewerZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}
