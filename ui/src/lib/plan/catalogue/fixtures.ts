import type { Activity, Programme } from "$lib/api/types";

/** A programme for tests, with `over` changed. */
export function programme(id: string, over: Partial<Programme> = {}): Programme {
  return {
    id,
    code: `P-${id}`,
    title: `Programme ${id}`,
    objectives: `Objectives of ${id}`,
    planned_hours: 24,
    language: "ru",
    archived: false,
    ...over,
  };
}

/** An activity for tests, with `over` changed. */
export function activity(id: string, over: Partial<Activity> = {}): Activity {
  return {
    id,
    kind: "training",
    title: `Activity ${id}`,
    programme_id: null,
    status: "planned",
    starts_on: "2026-03-10",
    ends_on: "2026-03-12",
    host_org_id: "org-a",
    partner_org_ids: [],
    venue_id: null,
    capacity: null,
    language: "uz-Latn",
    planned_hours: null,
    description: null,
    cancel_reason: null,
    created_at: "2026-01-01T00:00:00Z",
    ...over,
  };
}
