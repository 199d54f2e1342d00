// The columns that name each person in a report file grouped by person.
import type { IdentityColumn } from "$lib/api/types";

/** Every identity column, in the order a file lays them out. */
export const IDENTITY_COLUMNS = [
  "personnel_number",
  "name",
  "organisation",
  "unit",
  "position",
] as const satisfies readonly IdentityColumn[];

/** What a personnel officer usually needs to find someone: number, name and unit. */
export const DEFAULT_IDENTITY_COLUMNS: readonly IdentityColumn[] = [
  "personnel_number",
  "name",
  "unit",
];

/** The choice with `column` ticked or not, kept in the file's order. */
export function withColumn(
  chosen: readonly IdentityColumn[],
  column: IdentityColumn,
  on: boolean,
): IdentityColumn[] {
  return IDENTITY_COLUMNS.filter((c) => (c === column ? on : chosen.includes(c)));
}
