import type { Plural } from "../types";

/**
 * `dashboard.*`: the Reports screen's dashboard (a year beside the year before, its charts and
 * their tables); spread into each locale's catalogue.
 */
export const enDashboard = {
  "dashboard.title": "Dashboard",
  "dashboard.year": "Year",
  "dashboard.empty":
    "Nothing to show yet: no hours attended, results or certificates in {year} or the year before, and no upcoming activity with free seats.",
  "dashboard.showTable": "Show as table",
  "dashboard.month": "Month",
  "dashboard.percent": "{value}%",
  "dashboard.change.up": "Up {percent}% on {year}",
  "dashboard.change.down": "Down {percent}% on {year}",
  "dashboard.change.same": "The same as in {year}",
  "dashboard.change.new": "Up from none in {year}",
  "dashboard.change.none": "None in {year} either",
  "dashboard.lastYear": "In {year}: {value}",
  "dashboard.hours.title": "Hours attended in {year}",
  "dashboard.people.title": "People trained in {year}",
  "dashboard.people.hint": "Learners with at least one session in the year.",
  "dashboard.completion.title": "Completion in {year}",
  "dashboard.completion.completed": "Completed",
  "dashboard.completion.notCompleted": "Not completed",
  "dashboard.completion.result": "Result",
  "dashboard.completion.places": "Participants",
  "dashboard.completion.none": "No activity that ended in {year} has results yet.",
  "dashboard.completion.summary":
    "Activities that ended in {year}: {completed} participants completed, {notCompleted} did not; {rate}% completed.",
  "dashboard.hoursChart.title": "Hours attended by month, {year}",
  "dashboard.hoursChart.series": "Hours attended",
  "dashboard.hoursChart.summary":
    "Bar chart of the hours attended each month of {year}: {total} in all; the busiest month: {month}, {hours}.",
  "dashboard.hoursChart.empty": "No hours attended in {year}.",
  "dashboard.certificates.title": "Certificates by month, {year}",
  "dashboard.certificates.issued": "Certificates issued",
  "dashboard.certificates.revoked": "Certificates revoked",
  "dashboard.certificates.summary":
    "Line chart of the certificates issued and revoked each month of {year}: {issued} issued and {revoked} revoked in all.",
  "dashboard.certificates.empty": "No certificate was issued or revoked in {year}.",
  "dashboard.programmes.title": "Top programmes by hours attended, {year}",
  "dashboard.programmes.programme": "Programme",
  "dashboard.programmes.hours": "Hours attended",
  "dashboard.programmes.people": "People",
  "dashboard.programmes.summary":
    "Bar chart of the programmes with the most hours attended in {year}: {list}.",
  "dashboard.programmes.item": "{title}, {hours} hours",
  "dashboard.programmes.empty": "No programme had hours attended in {year}.",
  "dashboard.open.title": "Upcoming activities with free seats",
  "dashboard.open.note": "Activities starting from today that still have seats, soonest first.",
  "dashboard.open.activity": "Activity",
  "dashboard.open.kind": "Kind",
  "dashboard.open.dates": "Dates",
  "dashboard.open.taken": "Seats taken",
  "dashboard.open.free": "Free seats",
  "dashboard.open.enrolledOf": "{enrolled} of {capacity}",
  "dashboard.open.noLimit": "No limit",
  "dashboard.open.empty": "No upcoming activity has free seats.",
} as const satisfies Record<string, string | Plural>;
