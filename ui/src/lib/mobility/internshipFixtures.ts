// Placements as the server sends them, for the tests of the Mobility screens.
import type {
  Evaluation,
  Internship,
  InternshipDetail,
  InternshipRow,
  WeekLog,
} from "$lib/api/types";

/** A four-week placement in Baku, 1–26 March 2027 (Monday to Friday), proposed. */
export function internship(over: Partial<Internship> = {}): Internship {
  return {
    id: "i1",
    title: "Karimova Dilnoza at ASAN xidmət",
    intern_id: "p-dilnoza",
    sending_org_id: "o-dxa",
    host_org_id: "o-asan",
    units: [
      { name: "Front office", starts_on: "2027-03-01", ends_on: "2027-03-12" },
      { name: "Back office", starts_on: "2027-03-15", ends_on: "2027-03-26" },
    ],
    mentor: {
      person_id: null,
      name: "Rəşad Əliyev",
      position: "Head of front office",
      email: null,
    },
    planned_start: "2027-03-01",
    planned_end: "2027-03-26",
    actual_start: null,
    actual_end: null,
    hours_per_week: 40,
    objectives: [{ text: "Front office routing" }, { text: "Queue analytics" }],
    status: "proposed",
    status_reason: null,
    activity_id: null,
    version: 1,
    created_at: "2026-12-01T08:00:00Z",
    updated_at: "2026-12-01T08:00:00Z",
    ...over,
  };
}

export function weekLog(week_of: string, over: Partial<WeekLog> = {}): WeekLog {
  return {
    week_of,
    intern_entry: null,
    mentor_comment: null,
    updated_by: "admin",
    updated_at: "2027-03-05T16:00:00Z",
    ...over,
  };
}

export function evaluation(over: Partial<Evaluation> = {}): Evaluation {
  return {
    kind: "mid",
    on: "2027-03-12",
    evaluator: "Rəşad Əliyev",
    scores: [
      { score: 4, comment: null },
      { score: 5, comment: "quick learner" },
    ],
    comment: "A good start.",
    from_paper: false,
    recorded_by: "admin",
    recorded_at: "2027-03-12T15:00:00Z",
    ...over,
  };
}

export function internshipDetail(
  over: Partial<Internship> = {},
  more: Partial<InternshipDetail> = {},
): InternshipDetail {
  return {
    internship: internship(over),
    intern: "Karimova Dilnoza",
    sending_org: "Davlat xizmatlari agentligi",
    host_org: "ASAN xidmət",
    weeks: [],
    days: [],
    mid: null,
    final: null,
    report: null,
    amendments: [],
    certificate: null,
    hours: 148.6,
    ...more,
  };
}

export function internshipRow(
  over: Partial<Internship> = {},
  more: Partial<InternshipRow> = {},
): InternshipRow {
  return {
    internship: internship(over),
    direction: "outgoing",
    intern: "Karimova Dilnoza",
    sending_org: "Davlat xizmatlari agentligi",
    host_org: "ASAN xidmət",
    host_country: "AZ",
    ...more,
  };
}
