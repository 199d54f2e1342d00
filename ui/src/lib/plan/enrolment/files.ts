import type { Person } from "$lib/api/types";

export type ExportKind = "ics" | "xlsx" | "csv";

/**
 * A default file name from free text and an extension: characters no file system accepts become
 * spaces, runs of spaces one, and the name is kept short.
 */
export function exportFileName(parts: readonly string[], ext: ExportKind | "pdf"): string {
  const name = parts
    .join(" ")
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120)
    .trim()
    // A name ending in a dot (or made of dots) misleads Windows.
    .replace(/\.+$/, "")
    .trim();
  return `${name || "malaka"}.${ext}`;
}

/** A person as the search lists them: family name, given name, patronymic. */
export function personName(p: Pick<Person, "family_name" | "given_name" | "patronymic">): string {
  return [p.family_name, p.given_name, p.patronymic].filter(Boolean).join(" ");
}
