import type { Plural } from "../types";

/** `activities.*`: the activities list and its filters; spread into each locale's catalogue. */
export const enActivities = {
  "activities.title": "Activities",
  "activities.new": "New activity",
  "activities.filters": "Filter the activities",
  "activities.filter.from": "Ending on or after",
  "activities.filter.to": "Starting on or before",
  "activities.filter.kind": "Kind",
  "activities.filter.status": "Status",
  "activities.filter.org": "Organisation",
  "activities.allKinds": "All kinds",
  "activities.allStatuses": "All statuses",
  "activities.allOrgs": "All organisations",
  "activities.clearFilters": "Reset the filters",
  "activities.empty": "No activities match these filters.",
  "activities.capped": "Only the first {limit} are shown; narrow the filters to see the others.",
  "activities.listLabel": "Activities",
  "activities.col.title": "Title",
  "activities.col.kind": "Kind",
  "activities.col.status": "Status",
  "activities.col.dates": "Dates",
  "activities.col.host": "Host",
  "activities.dates": "{start} – {end}",
} as const satisfies Record<string, string | Plural>;
