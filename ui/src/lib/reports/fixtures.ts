// Organisations, programmes and report rows as the server sends them, for the Reports tests.
import type {
  AttendanceRow,
  CertificateReportRow,
  CompletionRow,
  HoursRow,
  MobilityReportRow,
  Organisation,
  PersonIdentity,
  Programme,
  TrainerLoadRow,
} from "$lib/api/types";

const org = (
  id: string,
  name: string,
  parent_id: string | null,
  kind: Organisation["kind"],
  country = "UZ",
): Organisation => ({
  id,
  name,
  short_code: null,
  country,
  kind,
  parent_id,
  created_at: "2025-01-01T00:00:00Z",
});

/** An agency with two units, and a partner abroad. */
export const ORGS: Organisation[] = [
  org("o-dxa", "Davlat xizmatlari agentligi", null, "agency"),
  org("u-hr", "Kadrlar boʻlimi", "o-dxa", "unit"),
  org("u-it", "Axborot texnologiyalari boʻlimi", "o-dxa", "unit"),
  org("o-asan", "ASAN xidmət", null, "partner", "AZ"),
];

export function programme(over: Partial<Programme> = {}): Programme {
  return {
    id: "p1",
    code: "P-01",
    title: "Public service ethics",
    objectives: null,
    planned_hours: 24,
    language: "uz-Latn",
    archived: false,
    ...over,
  };
}

export function hoursRow(over: Partial<HoursRow> = {}): HoursRow {
  return {
    key: "u-hr",
    label: "Kadrlar boʻlimi",
    person: null,
    people: 12,
    sessions: 96,
    hours: 1234.5,
    planned_hours: 1500,
    ...over,
  };
}

/** A row of the report grouped by person. */
export function personRow(
  id: string,
  name: string,
  who: Partial<PersonIdentity> = {},
  over: Partial<HoursRow> = {},
): HoursRow {
  return hoursRow({
    key: id,
    label: name,
    person: {
      personnel_number: "T-0042",
      organisation: "Davlat xizmatlari agentligi",
      unit: "Kadrlar boʻlimi",
      position: "Bosh mutaxassis",
      ...who,
    },
    people: 1,
    sessions: 8,
    hours: 14,
    planned_hours: 16,
    ...over,
  });
}

const WHO: PersonIdentity = {
  personnel_number: "T-0042",
  organisation: "Davlat xizmatlari agentligi",
  unit: "Kadrlar boʻlimi",
  position: "Bosh mutaxassis",
};

/** A row of the completion report, by activity unless told otherwise. */
export function completionRow(
  over: Partial<Omit<CompletionRow, "why">> & { why?: Partial<CompletionRow["why"]> } = {},
): CompletionRow {
  const { why, ...rest } = over;
  return {
    key: "a1",
    label: "Davlat xizmatida axloq",
    person: null,
    enrolled: 20,
    completed: 12,
    not_completed: 4,
    in_progress: 3,
    upcoming: 1,
    certified: 10,
    ...rest,
    why: {
      below_minimum: 3,
      marks_missing: 1,
      no_sessions: 0,
      assessment_missing: 1,
      assessment_failed: 0,
      ...why,
    },
  };
}

/** A row of the attendance report: a learner in an activity, in progress, counted in sessions. */
export function attendanceRow(over: Partial<AttendanceRow> = {}): AttendanceRow {
  return {
    person_id: "pe1",
    person_name: "Karimov Akmal Rustamovich",
    person: WHO,
    activity_id: "a1",
    activity_title: "Davlat xizmatida axloq",
    starts_on: "2026-03-02",
    ends_on: "2026-06-26",
    basis: "sessions",
    sessions: 10,
    taken: 6,
    present: 4,
    late: 1,
    excused: 0,
    absent: 1,
    unmarked: 0,
    points: 4.5,
    rate_taken: 75,
    rate_all: 45,
    max_reachable: 85,
    required: 80,
    result: "in_progress",
    ...over,
  };
}

/** A row of the certificates report: one series in one month. */
export function certificateRow(over: Partial<CertificateReportRow> = {}): CertificateReportRow {
  return {
    series: "DXA",
    key: "2026-03",
    label: "2026-03",
    person: null,
    issued: 12,
    reissued: 2,
    in_force: 11,
    revoked: 1,
    ...over,
  };
}

/** A row of the trainers' load: a trainer's only row (by trainer), two rolls still to record. */
export function trainerRow(over: Partial<TrainerLoadRow> = {}): TrainerLoadRow {
  return {
    trainer_id: "t1",
    trainer: "Yusupova Malika",
    affiliation: "Davlat xizmatlari agentligi",
    key: null,
    label: "",
    activities: 3,
    sessions: 24,
    hours: 48,
    held: 20,
    held_hours: 40,
    unrecorded: 2,
    learners: 45,
    ...over,
  };
}

/** A row of the mobility report: confirmed study visits abroad, to a partner in Azerbaijan. */
export function mobilityRow(over: Partial<MobilityReportRow> = {}): MobilityReportRow {
  return {
    kind: "visit",
    direction: "outgoing",
    partner_id: "o-asan",
    partner: "ASAN xidmət",
    country: "AZ",
    status: "confirmed",
    period: null,
    count: 2,
    people: 7,
    person_days: 35,
    ...over,
  };
}
