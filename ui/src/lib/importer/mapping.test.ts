import { describe, expect, it } from "vitest";
import {
  duplicateFields,
  fromSelectValue,
  hasName,
  importInput,
  mappingIssues,
  needsDefaultOrganisation,
  setColumn,
  sortProblems,
  toSelectValue,
} from "./mapping";

describe("import column mapping", () => {
  const detected = ["family_name", "given_name", null, "organisation"];

  it("changes one column and leaves the detected mapping untouched", () => {
    const changed = setColumn(detected, 2, "email");
    expect(changed).toEqual(["family_name", "given_name", "email", "organisation"]);
    expect(detected[2]).toBeNull();
  });

  it("maps 'ignore' to null through the select", () => {
    expect(toSelectValue(null)).toBe("");
    expect(fromSelectValue("")).toBeNull();
    expect(fromSelectValue("phone")).toBe("phone");
  });

  it("finds a field chosen twice", () => {
    expect(duplicateFields(["email", "email", null, "phone"])).toEqual(["email"]);
    expect(duplicateFields(detected)).toEqual([]);
  });

  it("needs a name: family and given, or full", () => {
    expect(hasName(detected)).toBe(true);
    expect(hasName(["full_name"])).toBe(true);
    expect(hasName(["family_name", "email"])).toBe(false);
  });

  it("asks for an organisation only when no column holds one", () => {
    expect(needsDefaultOrganisation(detected)).toBe(false);
    expect(needsDefaultOrganisation(["full_name"])).toBe(true);
    expect(mappingIssues(["full_name"], null)).toEqual([{ kind: "noOrganisation" }]);
    expect(mappingIssues(["full_name"], "o1")).toEqual([]);
    expect(mappingIssues(["email", "email"], "o1")).toEqual([
      { kind: "duplicate", field: "email" },
      { kind: "noName" },
    ]);
  });

  it("builds the import input", () => {
    expect(importInput("token-x", detected, "", { dryRun: true, force: false })).toEqual({
      path: "token-x",
      mapping: detected,
      organisation_id: null,
      dry_run: true,
      force: false,
    });
    expect(
      importInput("token-x", ["full_name"], "o1", { dryRun: false, force: true }).organisation_id,
    ).toBe("o1");
  });

  it("orders problems by row then column", () => {
    const sorted = sortProblems([
      { row: 9, column: "email", reason: { key: "required" } },
      { row: 2, column: "phone", reason: { key: "required" } },
      { row: 2, column: "birth_date", reason: { key: "required" } },
    ]);
    expect(sorted.map((p) => `${p.row}:${p.column}`)).toEqual([
      "2:birth_date",
      "2:phone",
      "9:email",
    ]);
  });
});
