import type { Plural } from "../types";

/** `activityForm.*`: the activity form; spread into each locale's catalogue. */
export const enActivityForm = {
  "activityForm.new": "Plan an activity",
  "activityForm.edit": "Edit: {title}",
  "activityForm.section.what": "The activity",
  "activityForm.section.when": "Dates and place",
  "activityForm.section.who": "Organisations",
  "activityForm.field.kind": "Kind",
  "activityForm.field.title": "Title",
  "activityForm.field.programme": "Programme",
  "activityForm.field.starts_on": "Starts on",
  "activityForm.field.ends_on": "Ends on",
  "activityForm.field.host": "Host organisation",
  "activityForm.field.partner": "Partner organisations",
  "activityForm.field.venue": "Venue",
  "activityForm.field.capacity": "Seats",
  "activityForm.field.language": "Language of instruction",
  "activityForm.field.planned_hours": "Planned hours",
  "activityForm.field.description": "Description",
  "activityForm.field.status": "Status",
  "activityForm.noProgramme": "No programme",
  "activityForm.programmeHint":
    "A programme fills in the title, hours, description and language; you can still change them.",
  "activityForm.titleHint": "Leave empty to use the programme’s title.",
  "activityForm.programmeOption": "{code} — {title}",
  "activityForm.archivedProgramme": "{title} (archived)",
  "activityForm.chooseHost": "Choose an organisation",
  "activityForm.noPartners": "There are no other organisations to choose.",
  "activityForm.noVenue": "No venue yet",
  "activityForm.venueOption": "{name}, {city} ({zone})",
  "activityForm.capacityHint": "Leave empty for no limit.",
  "activityForm.statusHint":
    "A draft can be completed later; a planned activity is ready for nominations.",
  "activityForm.seats": "Enter a whole number of seats, 1 or more.",
  "activityForm.endsBeforeStarts": "The end cannot be before the start.",
  "activityForm.hostIsPartner": "The host cannot also be a partner.",
} as const satisfies Record<string, string | Plural>;
