// Test fixtures for the attendance modules and components (imported by tests only).
import type { AttendanceMark, AttendanceStatus, NewMark, Roll, SavedMark } from "$lib/api/types";
import { activity } from "$lib/plan/catalogue/fixtures";

export function mark(
  personId: string,
  sessionId: string,
  status: AttendanceStatus,
  version = 1,
  extra: Partial<AttendanceMark> = {},
): AttendanceMark {
  return {
    session_id: sessionId,
    person_id: personId,
    status,
    minutes_late: null,
    note: null,
    version,
    marked_by: "trainer",
    marked_at: "2025-03-10T04:00:00Z",
    ...extra,
  };
}

export const saved = (m: AttendanceMark): SavedMark => ({
  session_id: m.session_id,
  person_id: m.person_id,
  mark: m,
});

/** The server's answer to a save: every mark saved at version + 1 (cleared ones as null). */
export const echo = (marks: NewMark[]): SavedMark[] =>
  marks.map((m) => ({
    session_id: m.session_id,
    person_id: m.person_id,
    mark: m.status
      ? mark(m.person_id, m.session_id, m.status, (m.expected_version ?? 0) + 1)
      : null,
  }));

export function session(id: string, startsLocal: string, endsLocal: string, zone = "UTC") {
  return {
    session: {
      id,
      activity_id: "act",
      title: null,
      starts_local: startsLocal,
      ends_local: endsLocal,
      time_zone: zone,
      starts_utc: `${startsLocal}Z`,
      ends_utc: `${endsLocal}Z`,
      venue_id: null,
      trainer_ids: [],
      status: "scheduled" as const,
      cancel_reason: null,
    },
    venue_name: "Room 1",
    trainer_names: ["Trainer"],
  };
}

/** A roll of `people` (ids p1…) in `sessions` (ids s1…), with the given marks. */
export function makeRoll(
  people: string[],
  sessions = ["s1"],
  marks: AttendanceMark[] = [],
  lockedBy: Record<string, string> = {},
): Roll {
  return {
    activity: activity("act", {
      title: "Public service ethics",
      starts_on: "2025-03-10",
      ends_on: "2025-03-12",
      host_org_id: "org",
      language: "uz",
      created_at: "2025-01-01T00:00:00Z",
    }),
    sessions: sessions.map((id, i) =>
      session(id, `2025-03-${10 + i}T09:00:00`, `2025-03-${10 + i}T12:00:00`),
    ),
    people: people.map((name, i) => ({
      person_id: `p${i + 1}`,
      person_name: name,
      role: "participant" as const,
      locked_by: lockedBy[`p${i + 1}`] ?? null,
    })),
    marks,
  };
}
