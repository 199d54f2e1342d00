import type { Plural } from "../types";

/** `att.*`: the attendance screens (my sessions, the roll); spread into each locale's catalogue. */
export const enAtt = {
  "att.iAm": "I am",
  "att.allSessions": "All sessions",
  "att.today": "Today",
  "att.upcoming": "Upcoming (14 days)",
  "att.past": "Past (60 days)",
  "att.noneToday": "No sessions today.",
  "att.noneUpcoming": "No sessions in the next two weeks.",
  "att.nonePast": "No sessions in the last 60 days.",
  "att.marked": "{marked} of {expected} marked",
  "att.missing": { one: "{count} mark missing", other: "{count} marks missing" },
  "att.complete": "Roll complete",
  "att.othersSession": "Another trainer's session: its roll can only be viewed.",
  "att.yourTime": "Your time: {time}",
  "att.venue": "Venue",
  "att.trainers": "Trainers",
  "att.zone": "Time at the venue ({zone})",
} as const satisfies Record<string, string | Plural>;
