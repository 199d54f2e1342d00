import type { TextKey } from "./catalogue";
import { en } from "./en";

/** `key` if the catalogue has it (`prefix` + key), else null: for names the UI may not know. */
export function fieldLabelKey(key: string, prefix = "field."): TextKey | null {
  const full = `${prefix}${key}`;
  return full in en ? (full as TextKey) : null;
}
