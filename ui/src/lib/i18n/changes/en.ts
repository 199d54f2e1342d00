import type { Plural } from "../types";

/** `changes.*`: following what other desks change; spread into each locale's catalogue. */
export const enChanges = {
  "changes.updated": "Updated with changes from another desk.",
} as const satisfies Record<string, string | Plural>;
