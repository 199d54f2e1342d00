// Test fixtures for a person's page and record of learning (imported by tests only).
import type { PersonEnrolment, Transcript, TranscriptEntry } from "$lib/api/types";

/** An entry of Dilnoza's transcript: a completed 8-hour activity she attended for 7.5 hours. */
export function transcriptEntry(extra: Partial<TranscriptEntry> = {}): TranscriptEntry {
  return {
    activity_id: "a-ethics",
    title: "Public service ethics",
    kind: "training",
    programme_code: "ETHICS-101",
    programme_title: "Ethics in public service",
    starts_on: "2026-09-14",
    ends_on: "2026-09-18",
    role: "participant",
    hours: 7.5,
    planned_hours: 8,
    rate: 93.75,
    result: "completed",
    certificate: { code: "UZ-ASAN-2026-000001", issued_on: "2026-09-18", revoked: false },
    ...extra,
  };
}

/** Karimova Dilnoza's transcript as of 4 December 2026, with `entries` (totals worked out). */
export function transcript(entries: TranscriptEntry[] = [transcriptEntry()]): Transcript {
  return {
    person_id: "p-dilnoza",
    name: "Karimova Dilnoza",
    name_alt: "Каримова Дилноза",
    personnel_number: "A-0042",
    organisation: "ASAN xidmət",
    unit: null,
    position: "Specialist",
    as_of: "2026-12-04",
    entries,
    hours: entries.reduce((sum, e) => sum + e.hours, 0),
    completed: entries.filter((e) => e.result === "completed").length,
  };
}

/** One of a person's places, named by its activity. */
export function personEnrolment(extra: Partial<PersonEnrolment> = {}): PersonEnrolment {
  return {
    id: "e1",
    activity_id: "a-ethics",
    person_id: "p-dilnoza",
    role: "participant",
    status: "enrolled",
    reason: null,
    created_at: "2026-08-01T09:00:00Z",
    updated_at: "2026-08-01T09:00:00Z",
    activity_title: "Public service ethics",
    starts_on: "2026-09-14",
    ends_on: "2026-09-18",
    ...extra,
  };
}
