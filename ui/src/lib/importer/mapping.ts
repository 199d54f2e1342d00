import type { FileToken } from "$lib/api/dialog";
import type { ImportInput, Problem, UnitChoice } from "$lib/api/types";

/** A column's choice in the wizard: a field name, or null to ignore the column. */
export type Mapping = (string | null)[];

/** Select value for "ignore": a select cannot hold null. */
export const IGNORE = "";

export const toSelectValue = (field: string | null): string => field ?? IGNORE;
export const fromSelectValue = (value: string): string | null => (value === IGNORE ? null : value);

/** Sets one column's field, leaving the others as they are. */
export function setColumn(mapping: Mapping, column: number, field: string | null): Mapping {
  return mapping.map((f, i) => (i === column ? field : f));
}

/** Fields chosen for more than one column: the import would not know which to take. */
export function duplicateFields(mapping: Mapping): string[] {
  const seen = new Map<string, number>();
  for (const f of mapping) if (f) seen.set(f, (seen.get(f) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([f]) => f);
}

/** Each row needs a name: family and given name, or the full name to split. */
export function hasName(mapping: Mapping): boolean {
  return (
    mapping.includes("full_name") ||
    (mapping.includes("family_name") && mapping.includes("given_name"))
  );
}

/** Without an organisation column every row takes the organisation chosen in the wizard. */
export function needsDefaultOrganisation(mapping: Mapping): boolean {
  return !mapping.includes("organisation");
}

/** What stops a check from being worth running; empty when the mapping is usable. */
export function mappingIssues(
  mapping: Mapping,
  organisationId: string | null,
): Array<{ kind: "duplicate"; field: string } | { kind: "noName" } | { kind: "noOrganisation" }> {
  const issues: ReturnType<typeof mappingIssues> = duplicateFields(mapping).map((field) => ({
    kind: "duplicate" as const,
    field,
  }));
  if (!hasName(mapping)) issues.push({ kind: "noName" });
  if (needsDefaultOrganisation(mapping) && !organisationId) issues.push({ kind: "noOrganisation" });
  return issues;
}

/** What the wizard sends to check or import the picked file (`file`: its token). */
export function importInput(
  file: FileToken,
  mapping: Mapping,
  organisationId: string | null,
  options: { dryRun: boolean; force: boolean; units?: UnitChoice[] },
): ImportInput {
  const input: ImportInput = {
    path: file,
    mapping: [...mapping],
    organisation_id: organisationId || null,
    dry_run: options.dryRun,
    force: options.force,
  };
  // Sent only when the file names units to decide about, so other imports stay as they were.
  if (options.units && options.units.length > 0) input.units = options.units;
  return input;
}

/** Problems in the order a person fixes them: by row, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
}
