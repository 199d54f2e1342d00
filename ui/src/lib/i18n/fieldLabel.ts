import type { TextKey } from "./catalogue";
import { en } from "./en";

/** The catalogue key naming a person field, or null for a field this UI does not know yet. */
export function fieldLabelKey(field: string): TextKey | null {
  const key = `field.${field}`;
  return key in en ? (key as TextKey) : null;
}
