import type {
  ActivityDetail,
  Cancellation,
  Enrolment,
  EnrolmentLine,
  EnrolmentRole,
  EnrolmentStatus,
  NominationReport,
} from "$lib/api/types";

/** The roles a person can be nominated in, the default first. */
export const ROLES: readonly EnrolmentRole[] = [
  "participant",
  "trainer",
  "speaker",
  "delegate",
  "intern",
];

/** Only those who learn take a seat; trainers and speakers are enrolled at once, seatless. */
export function takesSeat(role: EnrolmentRole): boolean {
  return role === "participant" || role === "delegate" || role === "intern";
}

/** Statuses that hold a place in the activity (a seat, for those who take one). */
const HOLDING: readonly EnrolmentStatus[] = ["approved", "enrolled", "completed"];
/** Statuses that end an enrolment; such a person can be nominated again. */
const CLOSED: readonly EnrolmentStatus[] = ["declined", "cancelled"];

export type EnrolmentGroups = {
  /** Waiting for approval, earliest nominated first (the order approval seats them in). */
  nominated: EnrolmentLine[];
  /** Holding a place: trainers and speakers first, then the seat holders, by name. */
  enrolled: EnrolmentLine[];
  /** Waitlisted, in promotion order: the first gets the next free seat. */
  waitlist: EnrolmentLine[];
  /** Declined or cancelled, the latest change first. */
  closed: EnrolmentLine[];
};

const byCreated = (a: Enrolment, b: Enrolment) =>
  a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);

/** The activity's enrolments sorted into what the panel shows. */
export function groupEnrolments(detail: ActivityDetail): EnrolmentGroups {
  const all = detail.enrolments;
  const nominated = all.filter((e) => e.status === "nominated").sort(byCreated);
  // `detail.enrolments` comes by name; a stable sort keeps that within each kind of role.
  const enrolled = all
    .filter((e) => HOLDING.includes(e.status))
    .sort((a, b) => Number(takesSeat(a.role)) - Number(takesSeat(b.role)));
  const closed = all
    .filter((e) => CLOSED.includes(e.status))
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at));
  return { nominated, enrolled, waitlist: waitlistOrder(detail), closed };
}

/**
 * The waitlisted enrolments in `detail.waitlist`'s order. Anyone waitlisted whom that list
 * misses (it should not happen) comes last, earliest first, so nobody is hidden.
 */
export function waitlistOrder(detail: ActivityDetail): EnrolmentLine[] {
  const waiting = detail.enrolments.filter((e) => e.status === "waitlisted");
  const byId = new Map(waiting.map((e) => [e.id, e]));
  const ordered = detail.waitlist.flatMap((id) => {
    const e = byId.get(id);
    byId.delete(id);
    return e ? [e] : [];
  });
  return [...ordered, ...[...byId.values()].sort(byCreated)];
}

/** Whether a row offers "Cancel enrolment": a place held or waited for, not a finished one. */
export function canCancel(e: Enrolment): boolean {
  return e.status === "approved" || e.status === "enrolled" || e.status === "waitlisted";
}

export type Seats = { taken: number; capacity: number | null; full: boolean };

/** Seats taken against the activity's capacity (`null`: no limit). */
export function seats(detail: ActivityDetail): Seats {
  const capacity = detail.activity.capacity;
  const taken = detail.seats_taken;
  return { taken, capacity, full: capacity !== null && taken >= capacity };
}

/**
 * The people already in the activity, by person id: a search marks them and they cannot be
 * picked. Declined and cancelled people may be nominated again, so they are not here.
 */
export function peopleInActivity(detail: ActivityDetail): Map<string, EnrolmentLine> {
  return new Map(
    detail.enrolments.filter((e) => !CLOSED.includes(e.status)).map((e) => [e.person_id, e]),
  );
}

/**
 * The name of whoever an enrolment belongs to: looked up by enrolment id, then by person id
 * (a promoted enrolment may come back under either); "" when the detail does not know them.
 */
export function nameOf(detail: ActivityDetail, e: Pick<Enrolment, "id" | "person_id">): string {
  return (
    detail.enrolments.find((x) => x.id === e.id)?.person_name ??
    detail.enrolments.find((x) => x.person_id === e.person_id)?.person_name ??
    ""
  );
}

/** Names of the people a cancellation moved up from the waitlist, in promotion order. */
export function promotedNames(detail: ActivityDetail, c: Cancellation): string[] {
  return c.promoted.map((e) => nameOf(detail, e)).filter((n) => n !== "");
}

/** What an approval did: how many got a seat (or a seatless place), how many wait. */
export function approvalCounts(result: readonly Enrolment[]): {
  seated: number;
  waitlisted: number;
} {
  const waitlisted = result.filter((e) => e.status === "waitlisted").length;
  const seated = result.filter((e) => HOLDING.includes(e.status)).length;
  return { seated, waitlisted };
}

export type NominationSummary = {
  /** Now waiting for approval. */
  nominated: number;
  /** Trainers and speakers: enrolled at once, taking no seat. */
  enrolledAtOnce: number;
  /** People already in the activity, skipped. */
  skipped: number;
  /** The skipped people's names, each with where they stand. */
  skippedNames: { name: string; status: EnrolmentStatus }[];
};

/** A nomination report as the panel words it. */
export function nominationSummary(report: NominationReport): NominationSummary {
  const nominated = report.nominated.filter((e) => e.status === "nominated").length;
  return {
    nominated,
    enrolledAtOnce: report.nominated.length - nominated,
    skipped: report.skipped.length,
    skippedNames: report.skipped.map((s) => ({ name: s.person_name, status: s.status })),
  };
}

/** The ids in `selected` that are still among `available` (after a reload some left). */
export function stillSelected(selected: ReadonlySet<string>, available: readonly Enrolment[]) {
  return available.filter((e) => selected.has(e.id)).map((e) => e.id);
}
