import type { Plural } from "../types";

/** `trainers.*`: the trainers panel in Settings; spread into each locale's catalogue. */
export const enTrainers = {
  "trainers.title": "Trainers",
  "trainers.intro":
    "Staff members from the register and external experts who lead sessions. Sessions are planned with the trainers listed here.",
  "trainers.add": "Add a trainer",
  "trainers.empty": "No trainers yet. Add the first one to plan sessions with them.",
  "trainers.listLabel": "Trainers",
  "trainers.editOf": "Edit trainer {name}",
  "trainers.formNew": "New trainer",
  "trainers.formEdit": "Edit trainer: {name}",
  "trainers.kind": "Who leads the sessions",
  "trainers.kind.staff": "A staff member from the register",
  "trainers.kind.external": "An external trainer",
  "trainers.staff": "Staff member",
  "trainers.external": "External",
  "trainers.field.person": "Staff member",
  "trainers.field.name": "Full name",
  "trainers.field.affiliation": "Affiliation",
  "trainers.field.expertise": "Expertise",
  "trainers.personHint": "Type part of the name in Latin or Cyrillic, then choose the person.",
  "trainers.fromRegister": "The name is taken from the register.",
  "trainers.results": "Staff members found",
  "trainers.noMatch": "Nobody on the register matches.",
  "trainers.another": "Choose another",
  "trainers.pickPerson": "Choose a staff member from the register.",
  "trainers.affiliationHint": "Where the trainer works, such as a university or a ministry.",
  "trainers.expertiseHint": "What they teach, such as public service ethics.",
  "trainers.saved": "Trainer {name} saved.",
} as const satisfies Record<string, string | Plural>;
