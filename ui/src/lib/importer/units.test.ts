import { describe, expect, it } from "vitest";
import type { Organisation, Problem, UnknownUnit } from "$lib/api/types";
import { CREATE_UNIT, settledByUnitChoice, unitChoices, unitKey, unitsOf } from "./units";

const org = (id: string, name: string, kind: Organisation["kind"], parent_id: string | null) =>
  ({ id, name, short_code: null, country: "UZ", kind, parent_id, created_at: "" }) as Organisation;

const list = [
  org("a", "Agency", "agency", null),
  org("a-it", "IT", "unit", "a"),
  org("a-hr", "HR", "unit", "a"),
  org("a-partner", "Partner", "partner", "a"),
  org("b-fin", "Finance", "unit", "b"),
];
const unknown: UnknownUnit[] = [
  { organisation_id: "a", organisation: "Agency", name: "Kadrlar", rows: 2 },
  { organisation_id: "a", organisation: "Agency", name: "Moliya", rows: 1 },
];

describe("unknown units", () => {
  it("offers only the organisation's own units, by name", () => {
    expect(unitsOf(list, "a").map((o) => o.id)).toEqual(["a-hr", "a-it"]);
    expect(unitsOf(list, "c")).toEqual([]);
  });

  it("creates every unit the user did not map to an existing one", () => {
    expect(unitChoices(unknown, { [unitKey(unknown[1])]: "a-it" }, list)).toEqual([
      { organisation_id: "a", name: "Kadrlar", use_unit_id: null },
      { organisation_id: "a", name: "Moliya", use_unit_id: "a-it" },
    ]);
  });

  it("falls back to creating when the chosen unit is gone or belongs elsewhere", () => {
    const choices = { [unitKey(unknown[0])]: "a-gone", [unitKey(unknown[1])]: "b-fin" };
    expect(unitChoices(unknown, choices, list).map((c) => c.use_unit_id)).toEqual([null, null]);
    expect(unitChoices(unknown, { [unitKey(unknown[0])]: CREATE_UNIT }, list)[0].use_unit_id).toBe(
      null,
    );
  });

  it("settles only the problems of units to decide about", () => {
    const p = (reason: Problem["reason"]): Problem => ({ row: 2, column: "Unit", reason });
    expect(settledByUnitChoice(p({ key: "unit_unknown", unit: "X", organisation: "A" }))).toBe(
      true,
    );
    expect(
      settledByUnitChoice(p({ key: "unit_not_of_organisation", unit: "X", organisation: "A" })),
    ).toBe(false);
  });
});
