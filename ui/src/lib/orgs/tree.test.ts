import { describe, expect, it } from "vitest";
import type { Organisation, OrgKind } from "$lib/api/types";
import { buildOrgTree, descendantCount, flattenTree } from "./tree";
import { orgOptions, parentOptions } from "./options";

const org = (
  id: string,
  name: string,
  kind: OrgKind,
  parent: string | null = null,
  country = "UZ",
): Organisation => ({
  id,
  name,
  short_code: null,
  country,
  kind,
  parent_id: parent,
  created_at: "2025-01-01T00:00:00Z",
});

const list = [
  org("u1", "HR unit", "unit", "c1"),
  org("p1", "ASAN xidmət", "partner", null, "AZ"),
  org("c2", "Chilonzor centre", "service_centre", "a1"),
  org("a1", "Public Services Agency", "agency"),
  org("c1", "Bektemir centre", "service_centre", "a1"),
  org("u2", "Front office", "unit", "p1", "AZ"),
];

describe("buildOrgTree", () => {
  it("nests agency → centres → units and keeps partners abroad as their own roots", () => {
    const roots = buildOrgTree(list);
    expect(roots.map((r) => r.org.id)).toEqual(["a1", "p1"]);
    const [agency, partner] = roots;
    expect(agency.children.map((c) => c.org.name)).toEqual(["Bektemir centre", "Chilonzor centre"]);
    expect(agency.children[0].children.map((c) => c.org.id)).toEqual(["u1"]);
    expect(partner.org.country).toBe("AZ");
    expect(partner.children.map((c) => c.org.id)).toEqual(["u2"]);
  });

  it("sets depths", () => {
    const flat = flattenTree(buildOrgTree(list));
    expect(flat.map((n) => [n.org.id, n.depth])).toEqual([
      ["a1", 0],
      ["c1", 1],
      ["u1", 2],
      ["c2", 1],
      ["p1", 0],
      ["u2", 1],
    ]);
  });

  it("makes an organisation whose parent is missing a root rather than hiding it", () => {
    const roots = buildOrgTree([org("x", "Orphan", "unit", "gone")]);
    expect(roots.map((r) => r.org.id)).toEqual(["x"]);
  });

  it("survives a cycle without losing anyone", () => {
    const roots = buildOrgTree([org("a", "A", "agency", "b"), org("b", "B", "unit", "a")]);
    expect(
      flattenTree(roots)
        .map((n) => n.org.id)
        .sort(),
    ).toEqual(["a", "b"]);
  });

  it("counts descendants and handles an empty list", () => {
    expect(descendantCount(buildOrgTree(list)[0])).toBe(3);
    expect(buildOrgTree([])).toEqual([]);
  });

  it("indents select options by depth and can leave some kinds out", () => {
    const options = orgOptions(list, (o) => o.kind !== "unit");
    expect(options.map((o) => o.id)).toEqual(["a1", "c1", "c2", "p1"]);
    expect(options[1].label).toBe("\u00a0\u00a0\u00a0Bektemir centre");
  });

  it("offers as parents everything but the organisation itself and its own units", () => {
    expect(parentOptions(list, "a1").map((o) => o.id)).toEqual(["p1", "u2"]);
    expect(parentOptions(list, "c1").map((o) => o.id)).toEqual(["a1", "c2", "p1", "u2"]);
    expect(parentOptions(list, null)).toHaveLength(list.length);
  });
});
