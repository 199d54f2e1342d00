import type { Plural } from "../types";

/** Messages of the plan-enrolment screens; spread into the en catalogue. */
export const enPlanEnrolment = {
  "enrol.title": "Enrolment",
  "enrol.seats": "Enrolled {taken} of {capacity}",
  "enrol.seatsUnlimited": "Enrolled {taken}, no limit",
  "enrol.seatsFull": "Every seat is taken: whoever is approved now joins the waitlist.",

  "enrol.nominate.title": "Nominate",
  "enrol.nominate.role": "Role",
  "enrol.nominate.roleSeat":
    "Participants, delegates and interns wait for approval, then take a seat or join the waitlist.",
  "enrol.nominate.roleNoSeat": "Trainers and speakers are enrolled at once and take no seat.",
  "enrol.nominate.search": "Find people",
  "enrol.nominate.searchPlaceholder": "Name or personnel number",
  "enrol.nominate.searching": "Searching…",
  "enrol.nominate.noMatch": "Nobody matches the search.",
  "enrol.nominate.capped": "Only the first {limit} of {total} are shown; narrow the search.",
  "enrol.nominate.results": "People found",
  "enrol.nominate.pick": "Select {name}",
  "enrol.nominate.already": "Already in the activity: {status}",
  "enrol.nominate.selected": {
    one: "Nominate {count} selected person",
    other: "Nominate {count} selected people",
  },
  "enrol.nominate.nominating": "Nominating…",
  "enrol.nominate.unit": "A whole unit",
  "enrol.nominate.unitChoose": "Choose a unit",
  "enrol.nominate.unitHint": "Everyone in the unit and in the units under it.",
  "enrol.nominate.unitGo": "Nominate the unit",
  "enrol.nominate.noUnits": "No units are registered yet.",
  "enrol.report.nominated": {
    one: "{count} person was nominated.",
    other: "{count} people were nominated.",
  },
  "enrol.report.atOnce": {
    one: "{count} person was enrolled at once, without a seat.",
    other: "{count} people were enrolled at once, without a seat.",
  },
  "enrol.report.skipped": {
    one: "{count} person was already in the activity: {names}",
    other: "{count} people were already in the activity: {names}",
  },
  "enrol.report.skippedName": "{name} ({status})",

  "enrol.pending.title": "Awaiting approval",
  "enrol.pending.empty": "No nominations wait for approval.",
  "enrol.pending.selectAll": "Select all nominations",
  "enrol.select": "Select {name}",
  "enrol.nominatedOn": "nominated {date}",
  "enrol.approveSelected": {
    one: "Approve {count} selected",
    other: "Approve {count} selected",
  },
  "enrol.approveAll": { one: "Approve all ({count})", other: "Approve all ({count})" },
  "enrol.approving": "Approving…",
  "enrol.declineSelected": {
    one: "Decline {count} selected",
    other: "Decline {count} selected",
  },
  "enrol.declineReason": "Why are they declined?",
  "enrol.declineHint": "Kept with each declined nomination.",
  "enrol.reasonRequired": "Give the reason.",
  "enrol.declineConfirm": {
    one: "Decline {count} nomination",
    other: "Decline {count} nominations",
  },
  "enrol.declining": "Declining…",
  "enrol.report.seated": { one: "{count} got a seat.", other: "{count} got a seat." },
  "enrol.report.waitlisted": {
    one: "{count} joined the waitlist.",
    other: "{count} joined the waitlist.",
  },
  "enrol.report.declined": {
    one: "{count} nomination was declined.",
    other: "{count} nominations were declined.",
  },

  "enrol.enrolled.title": "Enrolled",
  "enrol.enrolled.empty": "Nobody is enrolled yet.",
  "enrol.noSeat": "no seat",
  "enrol.waitlist.title": "Waitlist",
  "enrol.waitlist.hint": "In order: the first gets the next free seat.",
  "enrol.waitlist.empty": "Nobody is waiting.",
  "enrol.closed.title": {
    one: "{count} declined or cancelled",
    other: "{count} declined or cancelled",
  },
  "enrol.reason": "Reason: {reason}",

  "enrol.cancel": "Cancel enrolment",
  "enrol.cancelOf": "Cancel the enrolment of {name}",
  "enrol.cancelReason": "Reason (optional)",
  "enrol.cancelHint": "A freed seat goes to the first person on the waitlist.",
  "enrol.cancelConfirm": "Cancel the enrolment",
  "enrol.cancelKeep": "Keep it",
  "enrol.cancelling": "Cancelling…",
  "enrol.cancelled": "{name} is no longer enrolled.",
  "enrol.promoted": {
    one: "{names} moved up from the waitlist.",
    other: "{names} moved up from the waitlist.",
  },

  "export.title": "Export",
  "export.ics": "Calendar (.ics)",
  "export.xlsx": "Participants (Excel)",
  "export.csv": "Participants (CSV)",
  "export.icsDialog": "Save the schedule",
  "export.participantsDialog": "Save the participant list",
  "export.icsFilter": "Calendar files",
  "export.xlsxFilter": "Excel workbooks",
  "export.csvFilter": "CSV files",
  "export.fileSchedule": "schedule",
  "export.fileParticipants": "participants",
  "export.saving": "Saving…",
  "export.done": "Saved: {path}",
  "export.personIcs": "Export schedule (.ics)",
} as const satisfies Record<string, string | Plural>;

/** The shape each locale's enrolment messages fill. */
export type PlanEnrolmentCatalogue = {
  [K in keyof typeof enPlanEnrolment]: (typeof enPlanEnrolment)[K] extends string ? string : Plural;
};
