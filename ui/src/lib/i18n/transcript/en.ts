import type { Plural } from "../types";

/**
 * `transcript.*`: a person's record of learning (transcript) on the person's page, its printing,
 * and verifying a printed one; spread into each locale's catalogue.
 */
export const enTranscript = {
  "transcript.title": "Record of learning",
  "transcript.asOf": "As of {date}",
  "transcript.col.activity": "Activity",
  "transcript.col.days": "Dates",
  "transcript.col.hours": "Hours attended",
  "transcript.col.rate": "Attendance",
  "transcript.col.result": "Result",
  "transcript.col.certificate": "Certificate number",
  "transcript.hoursOfPlanned": "{hours} hours attended of {planned} planned",
  "transcript.rate": "{value}%",
  "transcript.result.completed": "Completed",
  "transcript.result.not_completed": "Not completed",
  "transcript.result.in_progress": "In progress",
  "transcript.result.upcoming": "Upcoming",
  "transcript.revoked": "revoked",
  "transcript.total": "Total hours attended",
  "transcript.completed": "Activities completed: {count}",
  "transcript.empty": "No activities yet.",
  "transcript.print": "Print transcript",
  "transcript.print.options": "Printing the record of learning",
  "transcript.print.locale": "Language",
  "transcript.print.also": "Second language",
  "transcript.print.alsoNone": "None",
  "transcript.print.save": "Save PDF…",
  "transcript.print.saving": "Saving…",
  "transcript.print.dialog": "Save the record of learning",
  "transcript.print.filter": "PDF documents",
  "transcript.print.file": "transcript",
  "transcript.print.done": "Record of learning saved: {path}",
  "transcript.print.note":
    "It lists the activities begun by today and is signed with the register's key; its QR code verifies it.",
  "transcript.verify.hint": "A record of learning's token starts with MLT1.",
  "transcript.verify.valid": "Genuine record of learning, signed with our key.",
  "transcript.verify.validOther": "Genuine record of learning, signed with the issuer's key.",
  "transcript.verify.reference": "Verification code",
  "transcript.verify.activities": "Activities",
  "transcript.verify.notInRegister": "Not in this register",
  "transcript.verify.nameDiffers":
    "The register's name for this person differs from the name the record was printed with: compare the printed name with the person's papers.",
  "transcript.verify.registerSame": "The register gives the same record for that day.",
  "transcript.verify.registerChanged":
    "The register has changed since it was printed: marks, results or certificates differ.",
  "transcript.verify.nameNote": "Check that the name printed on the record is the holder's above.",
} as const satisfies Record<string, string | Plural>;
