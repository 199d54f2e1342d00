// Test fixtures for the enrolment logic and panel (imported by tests only).
import type {
  Activity,
  ActivityDetail,
  Enrolment,
  EnrolmentLine,
  EnrolmentRole,
  EnrolmentStatus,
  Organisation,
  Person,
} from "$lib/api/types";

export function activity(extra: Partial<Activity> = {}): Activity {
  return {
    id: "act",
    kind: "training",
    title: "Public service ethics",
    programme_id: null,
    status: "planned",
    starts_on: "2026-11-23",
    ends_on: "2026-11-27",
    host_org_id: "asan",
    partner_org_ids: [],
    venue_id: null,
    capacity: 2,
    language: "uz",
    planned_hours: 24,
    description: null,
    cancel_reason: null,
    created_at: "2026-10-01T09:00:00Z",
    ...extra,
  };
}

/** Enrolment `id` of person `p<id>` named `name`; created at minute `minute` of 1 Nov 2026. */
export function line(
  id: string,
  name: string,
  status: EnrolmentStatus,
  minute = 0,
  role: EnrolmentRole = "participant",
  extra: Partial<Enrolment> = {},
): EnrolmentLine {
  const at = `2026-11-01T09:${String(minute).padStart(2, "0")}:00Z`;
  return {
    id,
    activity_id: "act",
    person_id: `p-${id}`,
    person_name: name,
    role,
    status,
    reason: null,
    created_at: at,
    updated_at: at,
    ...extra,
  };
}

/** A detail holding `enrolments`; seats taken and the waitlist are derived like the backend's. */
export function detailWith(
  enrolments: EnrolmentLine[],
  extra: { capacity?: number | null; waitlist?: string[] } = {},
): ActivityDetail {
  const seatsTaken = enrolments.filter(
    (e) =>
      ["approved", "enrolled", "completed"].includes(e.status) &&
      ["participant", "delegate", "intern"].includes(e.role),
  ).length;
  return {
    activity: activity({ capacity: extra.capacity === undefined ? 2 : extra.capacity }),
    host: "ASAN xizmat",
    partners: [],
    sessions: [],
    enrolments,
    seats_taken: seatsTaken,
    waitlist:
      extra.waitlist ??
      enrolments
        .filter((e) => e.status === "waitlisted")
        .sort((a, b) => a.created_at.localeCompare(b.created_at))
        .map((e) => e.id),
  };
}

/** The enrolment as the backend returns it (without the name). */
export function bare(e: EnrolmentLine, extra: Partial<Enrolment> = {}): Enrolment {
  const { person_name: _name, ...rest } = e;
  return { ...rest, ...extra };
}

export function person(id: string, family: string, given: string, extra: Partial<Person> = {}) {
  const p: Person = {
    id,
    family_name: family,
    given_name: given,
    patronymic: null,
    family_name_alt: null,
    given_name_alt: null,
    patronymic_alt: null,
    organisation_id: "asan",
    unit_id: null,
    personnel_number: null,
    position: null,
    email: null,
    phone: null,
    birth_date: null,
    hired_on: null,
    created_at: "2026-01-01T00:00:00Z",
    ...extra,
  };
  return p;
}

export function org(
  id: string,
  name: string,
  kind: Organisation["kind"],
  parent_id: string | null = null,
): Organisation {
  return {
    id,
    name,
    short_code: null,
    country: "UZ",
    kind,
    parent_id,
    created_at: "2026-01-01T00:00:00Z",
  };
}
