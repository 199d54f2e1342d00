import type { Plural } from "../types";

/** `roll.*`: the roll grid; spread into each locale's catalogue. */
export const enRoll = {
  "roll.markAll": "Mark all unmarked present",
  "roll.undo": "Undo",
  "roll.print": "Print sign-in sheet",
  "roll.printing": "Preparing the sheet…",
  "roll.openActivity": "Whole activity and completion",
  "roll.sheetDialog": "Save the sign-in sheet",
  "roll.sheetFilter": "PDF documents",
  "roll.sheetFile": "sign-in sheet",
  "roll.sheetSaved": "The sign-in sheet was saved: {path}",
  "roll.gridLabel": "Roll call",
  "roll.person": "Name",
  "roll.keys":
    "Keys: P present, L late, A absent, E excused (then down one row); Delete clears; arrows move; Enter opens details; Ctrl+Z undoes.",
  "roll.noPeople": "Nobody is enrolled yet.",
  "roll.noSessions": "No sessions are scheduled.",
  "roll.locked": "Locked by certificate {number}",
  "roll.othersSession":
    "This roll belongs to another trainer's session: you can see the marks but not change them.",
  "roll.othersSessions":
    "Sessions given by another trainer are read-only here: you can see their marks but not change them.",
  "roll.staleReloaded":
    "The roll was reloaded with the other changes; make yours again if they are still needed.",
  "roll.rolledBack": "Your last changes were not saved and were taken back.",
} as const satisfies Record<string, string | Plural>;
