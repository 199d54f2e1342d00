import type { Organisation, Problem, UnitChoice, UnknownUnit } from "$lib/api/types";

/** Select value for "create the unit under its organisation": a select cannot hold null. */
export const CREATE_UNIT = "";

/** The user's decision per unknown unit (by `unitKey`): CREATE_UNIT or an existing unit's id. */
export type UnitChoices = Record<string, string>;

/** One unknown unit: its organisation and its name as the file spells it. */
export const unitKey = (u: Pick<UnknownUnit, "organisation_id" | "name">): string =>
  `${u.organisation_id}\u0000${u.name}`;

/** The units an organisation already has, by name. */
export function unitsOf(list: readonly Organisation[], organisationId: string): Organisation[] {
  return list
    .filter((o) => o.kind === "unit" && o.parent_id === organisationId)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * What the import is told about each unknown unit: created (`use_unit_id: null`) unless the user
 * chose one of its organisation's existing units, which must still be in the list.
 */
export function unitChoices(
  units: readonly UnknownUnit[],
  choices: UnitChoices,
  list: readonly Organisation[],
): UnitChoice[] {
  return units.map((u) => {
    const chosen = choices[unitKey(u)] ?? CREATE_UNIT;
    const exists =
      chosen !== CREATE_UNIT && unitsOf(list, u.organisation_id).some((o) => o.id === chosen);
    return {
      organisation_id: u.organisation_id,
      name: u.name,
      use_unit_id: exists ? chosen : null,
    };
  });
}

/** Problems the unknown-units panel settles (a row naming a unit to create or map). */
export const settledByUnitChoice = (p: Problem): boolean => p.reason.key === "unit_unknown";
