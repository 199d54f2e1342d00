// Test fixtures for the calendar modules and components (imported by tests only).
import type {
  Activity,
  ActivityKind,
  CalendarEntry,
  CalendarSpan,
  InternshipStatus,
  VisitStatus,
} from "$lib/api/types";
import { activity as catalogueActivity } from "$lib/plan/catalogue/fixtures";

/** A session entry; `utc` gives the instants ("…Z"), `local` the venue's wall times. */
export function entry(
  id: string,
  local: [string, string],
  opts: {
    utc?: [string, string];
    zone?: string;
    title?: string;
    activityId?: string;
    kind?: ActivityKind;
    status?: "scheduled" | "cancelled";
    venue?: string | null;
    trainers?: string[];
  } = {},
): CalendarEntry {
  const utc = opts.utc ?? [`${local[0]}Z`, `${local[1]}Z`];
  return {
    session: {
      id,
      activity_id: opts.activityId ?? `act-${id}`,
      title: null,
      starts_local: local[0],
      ends_local: local[1],
      time_zone: opts.zone ?? "UTC",
      starts_utc: utc[0],
      ends_utc: utc[1],
      venue_id: null,
      trainer_ids: [],
      status: opts.status ?? "scheduled",
      cancel_reason: opts.status === "cancelled" ? "Trainer ill" : null,
    },
    activity_title: opts.title ?? `Activity ${id}`,
    activity_kind: opts.kind ?? "training",
    activity_status: "planned",
    host_org_id: "org1",
    venue_name: opts.venue === undefined ? "Room 1" : opts.venue,
    trainer_names: opts.trainers ?? ["Dilnoza Karimova"],
  };
}

/** An activity from `startsOn` to `endsOn`: the catalogue's test activity, as the calendar
 * tests have always had it (host org1, in Uzbek, made in 2025). */
export function activity(
  id: string,
  startsOn: string,
  endsOn: string,
  extra: Partial<Activity> = {},
): Activity {
  return catalogueActivity(id, {
    starts_on: startsOn,
    ends_on: endsOn,
    host_org_id: "org1",
    language: "uz",
    created_at: "2025-01-01T00:00:00Z",
    ...extra,
  });
}

/** A study visit across `from`–`to` (both included). */
export function visitSpan(
  id: string,
  from: string,
  to: string,
  extra: Partial<CalendarSpan> & { status?: VisitStatus; members?: number } = {},
): CalendarSpan {
  const { status = "confirmed", members = 6, ...rest } = extra;
  return {
    id,
    title: `Visit ${id}`,
    starts_on: from,
    ends_on: to,
    direction: "outgoing",
    partner: "ASAN xidmət",
    of: { kind: "visit", status, host_status: "accepted", members },
    ...rest,
  };
}

/** An internship across `from`–`to`, kept with activity `activityId`. */
export function placementSpan(
  id: string,
  from: string,
  to: string,
  extra: Partial<CalendarSpan> & { status?: InternshipStatus; activityId?: string } = {},
): CalendarSpan {
  const { status = "under_way", activityId = `act-${id}`, ...rest } = extra;
  return {
    id,
    title: `Karimova Dilnoza · ASAN xidmət`,
    starts_on: from,
    ends_on: to,
    direction: "outgoing",
    partner: "ASAN xidmət",
    of: { kind: "internship", status, intern: "Karimova Dilnoza", activity_id: activityId },
    ...rest,
  };
}
