import type { TextKey } from "./catalogue";

// The error codes the Rust side sends (crates/api/src/error.rs) plus the UI's own.
const KNOWN = new Set([
  "invalid",
  "invalid_input",
  "not_found",
  "duplicate",
  "schedule_conflict",
  "stale",
  "already_imported",
  "import_rejected",
  "file",
  "refused",
  "storage",
  "locked",
  "cancelled",
]);

/** The catalogue key that explains an error code to a person. */
export function errorKey(code: string): TextKey {
  return (KNOWN.has(code) ? `error.${code}` : "error.unknown") as TextKey;
}
