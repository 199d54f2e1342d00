import type { TextKey } from "./catalogue";
import { en } from "./en";

/** The catalogue key `prefix` + `name` if the catalogue has it, else null: for names the UI may not know. */
export function fieldLabelKey(name: string, prefix = "field."): TextKey | null {
  const full = `${prefix}${name}`;
  return full in en ? (full as TextKey) : null;
}
