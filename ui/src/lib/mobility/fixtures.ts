// Visits as the server sends them, for the tests of the Mobility screens.
import type {
  Organisation,
  ProgrammeItem,
  Visit,
  VisitDetail,
  VisitMember,
  VisitRow,
} from "$lib/api/types";

export function visit(over: Partial<Visit> = {}): Visit {
  return {
    id: "v1",
    title: "Study visit to ASAN xidmət",
    direction: "outgoing",
    purpose: "One-stop public service centres",
    agreement_ref: "MoU 2026/4",
    sending_org_id: "o-dxa",
    host_org_id: "o-asan",
    host_city: "Baku",
    host_time_zone: "Asia/Baku",
    home_time_zone: "Asia/Tashkent",
    planned_start: "2027-04-12",
    planned_end: "2027-04-16",
    actual_start: null,
    actual_end: null,
    status: "draft",
    host_status: "pending",
    status_reason: null,
    version: 1,
    created_at: "2026-12-01T08:00:00Z",
    updated_at: "2026-12-01T08:00:00Z",
    ...over,
  };
}

/** A programme item in Baku (UTC+4), with the Tashkent (UTC+5) clock derived. */
export function item(day: string, from: string, to: string, topic: string): ProgrammeItem {
  const home = (hm: string) =>
    `${String(Number(hm.slice(0, 2)) + 1).padStart(2, "0")}:${hm.slice(3)}`;
  return {
    starts_local: `${day}T${from}:00`,
    ends_local: `${day}T${to}:00`,
    starts_home: `${day}T${home(from)}:00`,
    ends_home: `${day}T${home(to)}:00`,
    place: "Baku",
    institution: "ASAN xidmət",
    topic,
    contact: null,
  };
}

export function member(id: string, over: Partial<VisitMember> = {}): VisitMember {
  return {
    id,
    visit_id: "v1",
    person_id: `p-${id}`,
    name: `Person ${id}`,
    organisation: "Davlat xizmatlari agentligi",
    role: "member",
    invitation_sent_on: null,
    papers: {
      passport_valid_until: "2030-01-01",
      passport_warning: false,
      visa: null,
      visa_history: [],
    },
    ...over,
  };
}

export function detail(over: Partial<Visit> = {}, more: Partial<VisitDetail> = {}): VisitDetail {
  return {
    visit: visit(over),
    sending_org: "Davlat xizmatlari agentligi",
    host_org: "ASAN xidmət",
    members: [],
    programme: [],
    travel: { legs: [], lodging: [] },
    report: null,
    amendments: [],
    ...more,
  };
}

export function row(over: Partial<Visit> = {}, more: Partial<VisitRow> = {}): VisitRow {
  return {
    visit: visit(over),
    sending_org: "Davlat xizmatlari agentligi",
    host_org: "ASAN xidmət",
    partner_country: "AZ",
    members: 6,
    ...more,
  };
}

export function org(
  id: string,
  name: string,
  kind: Organisation["kind"],
  country = "UZ",
): Organisation {
  return {
    id,
    name,
    short_code: null,
    country,
    kind,
    parent_id: null,
    created_at: "2026-01-01T00:00:00Z",
  };
}

export const ORGS: Organisation[] = [
  org("o-dxa", "Davlat xizmatlari agentligi", "agency", "UZ"),
  org("o-asan", "ASAN xidmət", "partner", "AZ"),
  org("o-kz", "Public Service Centre Almaty", "partner", "KZ"),
];
