import type { Plural } from "../types";

/** `save.*`: saving a roll; spread into each locale's catalogue. */
export const enSave = {
  "save.saved": "All changes saved",
  "save.pending": "Waiting to save…",
  "save.error": "Not saved",
} as const satisfies Record<string, string | Plural>;
