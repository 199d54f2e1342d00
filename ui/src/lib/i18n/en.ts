import type { Plural } from "./types";
import { enCalendar } from "./calendar/en";
import { enPlan } from "./plan/en";
import { enDate } from "./date/en";
import { enActivities } from "./activities/en";
import { enBackup } from "./backup/en";
import { enActivity } from "./activity/en";
import { enActivityForm } from "./activityForm/en";
import { enAtt } from "./att/en";
import { enCatalogue } from "./catalogue/en";
import { enCert } from "./cert/en";
import { enCertbatch } from "./certbatch/en";
import { enCertdesign } from "./certdesign/en";
import { enCompletion } from "./completion/en";
import { enDetail } from "./detail/en";
import { enEnrol } from "./enrol/en";
import { enExport } from "./export/en";
import { enKey } from "./key/en";
import { enMark } from "./mark/en";
import { enReason } from "./reason/en";
import { enRoll } from "./roll/en";
import { enSave } from "./save/en";
import { enChanges } from "./changes/en";
import { enVerify } from "./verify/en";
import { enTrainers } from "./trainers/en";
import { enVenues } from "./venues/en";
import { enSignin } from "./signin/en";
import { enRole } from "./role/en";
import { enAction } from "./action/en";
import { enAccounts } from "./accounts/en";
import { enPassword } from "./password/en";
import { enSigningKey } from "./signing_key/en";
import { enTeam } from "./team/en";
import { enConnect } from "./connect/en";

/** English defines the keys; every other catalogue is typed against this one. */
export const en = {
  "app.name": "Malaka",
  "app.tagline": "Staff development",
  "shell.skip": "Skip to content",
  "nav.label": "Main navigation",
  "nav.people": "People",
  "nav.organisations": "Organisations",
  "nav.plan": "Plan",
  "nav.attendance": "Attendance",
  "nav.certificates": "Certificates",
  "nav.reports": "Reports",
  "nav.settings": "Settings",
  "locale.label": "Language",

  "common.loading": "Loading…",
  "common.save": "Save",
  "common.saving": "Saving…",
  "common.cancel": "Cancel",
  "common.openFile": "Open",
  "common.back": "Back",
  "common.edit": "Edit",
  "common.retry": "Try again",
  "common.optional": "optional",

  "placeholder.coming": "This part of Malaka arrives in a later version.",
  "placeholder.plan":
    "Plan programmes and activities — trainings, seminars, workshops, study visits and internships — and their sessions on a calendar.",
  "placeholder.attendance":
    "Record attendance for each session quickly, by keyboard or from a printed sign-in sheet.",
  "placeholder.certificates":
    "Issue, print, reissue and revoke certificates that anyone can verify by their QR code.",
  "placeholder.reports":
    "Reports on who was trained, attendance and certificates, for managers and partners.",

  "welcome.title": "Welcome to Malaka",
  "welcome.intro":
    "The database is empty. Start with an empty register, or load demo data to look around first.",
  "welcome.startEmpty": "Start empty",
  "welcome.loadDemo": "Load the demo data",
  "welcome.loadingDemo": "Loading the demo data…",
  "welcome.loaded": "The demo data is loaded",
  "welcome.continue": "Continue",

  "count.organisations": { one: "{count} organisation", other: "{count} organisations" },
  "count.people": { one: "{count} person", other: "{count} people" },
  "count.activities": { one: "{count} activity", other: "{count} activities" },
  "count.sessions": { one: "{count} session", other: "{count} sessions" },
  "count.marks": { one: "{count} attendance mark", other: "{count} attendance marks" },
  "count.rows": { one: "{count} row", other: "{count} rows" },

  "people.searchLabel": "Search people",
  "people.searchPlaceholder": "Name in Latin or Cyrillic",
  "people.sortLabel": "Sort by",
  "people.sort.name": "Name",
  "people.sort.personnel_number": "Personnel number",
  "people.sort.newest": "Newest first",
  "people.filterLabel": "Organisation",
  "people.allOrgs": "All organisations",
  "people.new": "Add a person",
  "people.import": "Import",
  "people.searchCapped": "Showing the best {count} matches; type more of the name to narrow them.",
  "people.empty": "No people yet. Add a person or import a list.",
  "people.noMatches": "Nobody matches this search.",
  "people.listLabel": "People",
  "people.col.name": "Name",
  "people.col.number": "Personnel no.",
  "people.col.position": "Position",
  "people.col.organisation": "Organisation",

  "person.details": "Details",
  "person.otherScript": "In the other script",
  "person.enrolments": "Enrolments",
  "person.noEnrolments": "No enrolments yet.",
  "person.added": "Added on {date}",
  "person.later":
    "A personal transcript of this person’s attendance and certificates comes with Reports; until then, see the Attendance and Certificates sections.",
  "enrolment.activity": "Activity",
  "enrolment.role": "Role",
  "enrolment.status": "Status",
  "enrolment.since": "Since",
  "enrolment.role.participant": "Participant",
  "enrolment.role.trainer": "Trainer",
  "enrolment.role.speaker": "Speaker",
  "enrolment.role.delegate": "Delegate",
  "enrolment.role.intern": "Intern",
  "enrolment.status.nominated": "Nominated",
  "enrolment.status.approved": "Approved",
  "enrolment.status.enrolled": "Enrolled",
  "enrolment.status.waitlisted": "Waitlisted",
  "enrolment.status.cancelled": "Cancelled",
  "enrolment.status.completed": "Completed",
  "enrolment.status.declined": "Declined",

  "field.family_name": "Family name",
  "field.given_name": "Given name",
  "field.patronymic": "Patronymic",
  "field.full_name": "Full name",
  "field.family_name_alt": "Family name, other script",
  "field.given_name_alt": "Given name, other script",
  "field.patronymic_alt": "Patronymic, other script",
  "field.organisation": "Organisation",
  "field.unit": "Unit",
  "field.personnel_number": "Personnel number",
  "field.position": "Position",
  "field.email": "Email",
  "field.phone": "Phone",
  "field.birth_date": "Date of birth",

  "form.newPerson": "Add a person",
  "form.editPerson": "Edit: {name}",
  "form.names": "Name",
  "form.otherScript": "Name in the other script",
  "form.otherScriptHint":
    "Cyrillic if the name above is in Latin, Latin if it is in Cyrillic. Search finds either.",
  "form.work": "Work",
  "form.contact": "Contact",
  "form.chooseOrg": "Choose an organisation",
  "form.noUnit": "No unit",
  "form.fixErrors": "Please correct the fields marked below.",

  "validation.required": "This field is required.",
  "validation.date": "Enter a date as YYYY-MM-DD.",
  "validation.email": "Enter an email address such as name@example.uz.",
  "validation.country": "Enter a two-letter country code, such as UZ.",
  "validation.shortCode": "Up to 12 Latin letters, digits or “-”.",

  "error.title": "Something went wrong",
  "error.invalid": "Some data is not valid.",
  "error.invalid_input": "The request was not understood.",
  "error.not_found": "It could not be found; it may have been removed.",
  "error.duplicate": "This already exists.",
  "error.schedule_conflict": "This clashes with another booking.",
  "error.stale": "Someone else changed this in the meantime; reload and try again.",
  "error.already_imported": "This file was already imported.",
  "error.import_rejected": "The file has problems, so nothing was imported.",
  "error.file": "A problem with the file.",
  "error.refused": "This is not allowed.",
  "error.storage": "The database could not be reached.",
  "error.damaged": "The database file is damaged.",
  "error.cancelled": "Cancelled; nothing of it was kept.",
  "error.sign_in": "You are not signed in.",
  "error.forbidden": "Your role does not allow this.",
  "error.unreachable": "The team database’s server could not be reached.",
  "error.unknown": "An unexpected error occurred.",

  "orgs.new": "Add an organisation",
  "orgs.treeLabel": "Organisations by hierarchy",
  "orgs.empty": "No organisations yet. Add your agency first.",
  "orgs.added": "“{name}” was added.",
  "orgs.edit": "Edit “{name}”",
  "orgs.saved": "“{name}” was saved.",
  "orgs.units": { one: "{count} sub-unit", other: "{count} sub-units" },
  "org.kind.agency": "Agency",
  "org.kind.service_centre": "Service centre",
  "org.kind.ministry": "Ministry",
  "org.kind.partner": "Partner agency",
  "org.kind.unit": "Unit",
  "org.kind.other": "Other",
  "org.field.name": "Name",
  "org.field.short_code": "Short code",
  "org.field.country": "Country",
  "org.field.kind": "Kind",
  "org.field.parent": "Part of",
  "org.noParent": "Nothing (top level)",
  "org.countryHint": "Two-letter code: UZ, AZ, KZ…",

  "import.title": "Import people",
  "import.intro":
    "Choose a CSV or spreadsheet file with one person per row. Nothing is written until you press Import.",
  "import.pick": "Choose a file…",
  "import.pickAnother": "Choose another file…",
  "import.pickTitle": "Choose a file to import",
  "import.filterName": "Tables (CSV, Excel, OpenDocument)",
  "import.reading": "Reading the file…",
  "import.file": "File",
  "import.format": "Format",
  "import.encoding": "Encoding",
  "import.delimiter": "Separator",
  "import.size": "Size",
  "import.preview": "First rows",
  "import.mapping": "Columns",
  "import.mappingHint": "Say what each column holds. Columns set to “Ignore” are not imported.",
  "import.column": "Column in the file",
  "import.field": "Imported as",
  "import.ignore": "Ignore",
  "import.duplicateField": "“{field}” is chosen for more than one column.",
  "import.noName": "Choose the columns for the family and given name, or for the full name.",
  "import.defaultOrg": "Organisation for rows without one",
  "import.check": "Check",
  "import.checking": "Checking…",
  "import.run": "Import",
  "import.running": "Importing…",
  "import.progress": "{done} of {total}",
  "import.finishing": "Saving the people…",
  "import.checkOk": {
    one: "The {count} row is fine. Nothing has been written yet.",
    other: "All {count} rows are fine. Nothing has been written yet.",
  },
  "import.problems": {
    one: "{count} problem; nothing was written.",
    other: "{count} problems; nothing was written.",
  },
  "import.checkFirst": "Press Check first; Import becomes available when the file has no problems.",
  "import.col.row": "Row",
  "import.col.column": "Column",
  "import.col.problem": "Problem",
  "import.force": "Import anyway",
  "import.done": "Import complete",
  "import.imported": {
    one: "{count} person was imported.",
    other: "{count} people were imported.",
  },
  "import.toPeople": "Go to the people list",
  "import.another": "Import another file",
  "import.units.title": {
    one: "{count} unit is not in the register yet",
    other: "{count} units are not in the register yet",
  },
  "import.units.hint":
    "The file names units that their organisation does not have yet. Importing creates each one under its organisation; to put its rows in one of the organisation’s existing units instead, choose that unit.",
  "import.units.rows": { one: "named in {count} row", other: "named in {count} rows" },
  "import.units.choice": "What to do with “{unit}”",
  "import.units.create": "Create it under {organisation}",
  "import.units.existing": "Or put the rows in an existing unit",
  "import.units.created": {
    one: "{count} new unit was created.",
    other: "{count} new units were created.",
  },

  "settings.language": "Language",
  "settings.languageHint": "Malaka remembers your choice on this computer.",
  "settings.database": "Database",
  "settings.dateExample": "Dates look like this: {date}",

  "count.certificates": { one: "{count} certificate", other: "{count} certificates" },
  "error.locked": "These marks are locked by an issued certificate; revoke it first.",

  ...enActivities,
  ...enBackup,
  ...enActivity,
  ...enActivityForm,
  ...enAtt,
  ...enCatalogue,
  ...enCert,
  ...enCertbatch,
  ...enCertdesign,
  ...enCompletion,
  ...enDetail,
  ...enEnrol,
  ...enExport,
  ...enKey,
  ...enMark,
  ...enReason,
  ...enRoll,
  ...enSave,
  ...enChanges,
  ...enVerify,
  ...enTrainers,
  ...enPassword,
  ...enSigningKey,
  ...enAccounts,
  ...enAction,
  ...enRole,
  ...enSignin,
  ...enVenues,
  ...enPlan,
  ...enCalendar,
  ...enDate,
  ...enConnect,
  ...enTeam,
} as const satisfies Record<string, string | Plural>;
