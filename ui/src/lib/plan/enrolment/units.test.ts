import { describe, expect, it } from "vitest";
import { org } from "./fixtures";
import { unitOptions } from "./units";

describe("the units to nominate", () => {
  it("lists units under their parents, parents not pickable, branches without units left out", () => {
    const list = [
      org("asan", "ASAN xizmat", "agency"),
      org("hr", "Kadrlar boʻlimi", "unit", "asan"),
      org("hr-t", "Oʻquv sektori", "unit", "hr"),
      org("c1", "Markaz 1", "service_centre", "asan"),
      org("c2", "Markaz 2", "service_centre", "asan"),
      org("c2u", "Qabul", "unit", "c2"),
      org("abroad", "Partner", "partner"),
    ];
    const options = unitOptions(list);
    expect(options.map((o) => [o.id, o.depth, o.pickable])).toEqual([
      ["asan", 0, false],
      ["c2", 1, false],
      ["c2u", 2, true],
      ["hr", 1, true],
      ["hr-t", 2, true],
    ]);
    expect(options[2].label).toBe("\u00a0".repeat(6) + "Qabul");
  });

  it("is empty without units", () => {
    expect(unitOptions([org("asan", "ASAN", "agency")])).toEqual([]);
  });
});
