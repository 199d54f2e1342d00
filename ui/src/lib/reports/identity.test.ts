import { describe, expect, it } from "vitest";
import { DEFAULT_IDENTITY_COLUMNS, withColumn } from "./identity";

describe("the columns naming a person in a file", () => {
  it("are number, name and unit unless chosen otherwise", () => {
    expect(DEFAULT_IDENTITY_COLUMNS).toEqual(["personnel_number", "name", "unit"]);
  });

  it("keep the file's order whatever order they are ticked in", () => {
    const chosen = withColumn(["unit", "name"], "position", true);
    expect(chosen).toEqual(["name", "unit", "position"]);
    expect(withColumn(chosen, "personnel_number", true)).toEqual([
      "personnel_number",
      "name",
      "unit",
      "position",
    ]);
    expect(withColumn(chosen, "name", false)).toEqual(["unit", "position"]);
    expect(withColumn([], "name", false)).toEqual([]);
  });
});
