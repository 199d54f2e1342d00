// The audit log's codes in words: actions (`person.update`) and kinds of record (`person`).
import type { TextKey } from "$lib/i18n/catalogue";
import { fieldLabelKey } from "$lib/i18n/fieldLabel";
import type { Route } from "$lib/router.svelte";

/** The catalogue's words for an action code, or null for one it does not know. */
export const auditActionKey = (code: string): TextKey | null =>
  fieldLabelKey(code, "audit.action.");

/** The catalogue's words for a kind of record, or null for one it does not know. */
export const auditEntityKey = (kind: string): TextKey | null =>
  fieldLabelKey(kind, "audit.entity.");

type Words = (key: TextKey) => string;

/** An action in words; a code the catalogue does not know is shown as it is. */
export function auditActionLabel(code: string, t: Words): string {
  const key = auditActionKey(code);
  return key ? t(key) : code;
}

/** A kind of record in words; one the catalogue does not know is shown as it is. */
export function auditEntityLabel(kind: string, t: Words): string {
  const key = auditEntityKey(kind);
  return key ? t(key) : kind;
}

/** A select's choices: each code with its words, sorted by the words. */
export function labelledChoices(
  codes: readonly string[],
  label: (code: string) => string,
  compare: (a: string, b: string) => number,
): { id: string; label: string }[] {
  return codes
    .map((id) => ({ id, label: label(id) }))
    .sort((a, b) => compare(a.label, b.label) || compare(a.id, b.id));
}

/** The screen showing a record of this kind, or null for a kind without a page of its own. */
export function recordRoute(entity: string, id: string | null): Route | null {
  if (!id) return null;
  switch (entity) {
    case "person":
    case "activity":
    case "visit":
    case "internship":
      return { name: entity, id };
    default:
      return null;
  }
}
