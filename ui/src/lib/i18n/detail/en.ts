import type { Plural } from "../types";

/** `detail.*`: a mark's detail and history; spread into each locale's catalogue. */
export const enDetail = {
  "detail.title": "{name} — {session}",
  "detail.status": "Mark",
  "detail.minutes": "Minutes late",
  "detail.note": "Note",
  "detail.reason": "Reason for the change",
  "detail.reasonHint": "Kept in the mark's history.",
  "detail.apply": "Apply",
  "detail.close": "Close",
  "detail.history": "History",
  "detail.noHistory": "No changes recorded yet.",
  "detail.by": "by {who}",
  "detail.because": "Reason: {reason}",
  "detail.locked": "These marks are locked by certificate {number}; revoke it to change them.",
} as const satisfies Record<string, string | Plural>;
