// Test fixtures for the certificate modules and components (imported by tests only).
import type {
  ActivityCompletion,
  Certificate,
  ParticipantCompletion,
  TokenFacts,
  TranscriptVerification,
  Verified,
} from "$lib/api/types";

/** Certificate `id` numbered `number` in series UZ-ASAN-2026, issued at noon on 27 Nov 2026. */
export function certificate(
  id: string,
  number: number,
  extra: Partial<Certificate> = {},
): Certificate {
  const code = `UZ-ASAN-2026-${String(number).padStart(6, "0")}`;
  return {
    id,
    series: "UZ-ASAN-2026",
    number,
    code,
    activity_id: "act",
    person_id: `p${number}`,
    status: "issued",
    snapshot: {
      person_name: `Holder ${number}`,
      activity_title: "Public service ethics",
      activity_kind: "training",
      starts_on: "2026-11-23",
      ends_on: "2026-11-27",
      hours: 24.5,
      organisation: "ASAN",
      trainers: ["Trainer"],
      course: "ETHICS-101",
      language: "uz",
    },
    token: `MLK1.token-${number}`,
    issued_by: "manager",
    issued_at: "2026-11-27T12:00:00Z",
    revoked_by: null,
    revoked_at: null,
    revoke_reason: null,
    replaces_id: null,
    replaced_by: null,
    ...extra,
  };
}

export function facts(extra: Partial<TokenFacts> = {}): TokenFacts {
  return {
    key_id: "0123456789abcdef",
    number: "UZ-ASAN-2026-000001",
    issued_on: "2026-11-27",
    hours: 24.5,
    course: "ETHICS-101",
    name_hash: "fedcba9876543210",
    ...extra,
  };
}

/**
 * What verifying a record of learning printed on 4 Dec 2026 answers: 3 activities, 42.5 hours,
 * held by Karimova Dilnoza in this register, who still gives the same record.
 */
export function transcriptVerified(extra: Partial<TranscriptVerification> = {}): Verified {
  return {
    kind: "transcript",
    facts: {
      key_id: "0123456789abcdef",
      issued_on: "2026-12-04",
      name_hash: "fedcba9876543210",
      person_id: "p-dilnoza",
      entries: 3,
      hours: 42.5,
      digest: "a4d8ac92f5f13855",
    },
    reference: "T-A4D8-AC92-F5F1-3855",
    person_name: "Karimova Dilnoza",
    name_matches: true,
    matches_register: true,
    ...extra,
  };
}

/** A completion with participants p1… standing as given. */
export function completionWith(
  people: { eligible: boolean; certificate: string | null; name?: string }[],
): ActivityCompletion {
  return {
    rule: {
      activity_id: "act",
      basis: "sessions",
      min_percent: 80,
      late_counts: "full",
      excused_counts: false,
      assessment: "none",
      pass_mark: null,
    },
    rule_is_custom: false,
    sessions: 3,
    hours: 9,
    participants: people.map((p, i): ParticipantCompletion => ({
      person_id: `p${i + 1}`,
      person_name: p.name ?? `Person ${i + 1}`,
      role: "participant",
      assessment: null,
      certificate: p.certificate,
      standing: {
        rate: p.eligible ? 100 : 33.3,
        present: p.eligible ? 3 : 1,
        late: 0,
        absent: p.eligible ? 0 : 2,
        excused: 0,
        unmarked: 0,
        hours_attended: p.eligible ? 9 : 3,
        hours_total: 9,
        eligible: p.eligible,
        reasons: p.eligible ? [] : [{ code: "below_minimum", rate: 33.3, required: 80 }],
      },
    })),
  };
}
