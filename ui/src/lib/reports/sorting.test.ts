import { describe, expect, it } from "vitest";
import { nextSort, shownSort, sortRows, type Sort } from "./sorting";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
type Row = { id: string; name: string; n: number | null };
const ROWS: Row[] = [
  { id: "a", name: "boʻlim 2", n: 5 },
  { id: "b", name: "Boʻlim 10", n: null },
  { id: "c", name: "Axborot", n: 5 },
  { id: "d", name: "", n: 7 },
];
const by = (sort: Sort<"name" | "n">) =>
  sortRows(ROWS, sort, (r) => (sort?.column === "name" ? r.name : r.n), collator.compare).map(
    (r) => r.id,
  );

describe("sorting a report's table", () => {
  it("goes text A to Z and figures largest first, then the other way, then as it came", () => {
    let s: Sort<"name" | "n"> = null;
    s = nextSort(s, "name", false);
    expect(s).toEqual({ column: "name", direction: "ascending" });
    s = nextSort(s, "name", false);
    expect(s).toEqual({ column: "name", direction: "descending" });
    expect(nextSort(s, "name", false)).toBeNull();
    s = nextSort(s, "n", true);
    expect(s).toEqual({ column: "n", direction: "descending" });
    expect(nextSort(nextSort(s, "n", true), "n", true)).toBeNull();
  });

  it("sorts text as the locale does, numbers in the middle, blanks last either way", () => {
    expect(by({ column: "name", direction: "ascending" })).toEqual(["c", "a", "b", "d"]);
    expect(by({ column: "name", direction: "descending" })).toEqual(["b", "a", "c", "d"]);
    // Equal values keep the report's order, whichever way.
    expect(by({ column: "n", direction: "descending" })).toEqual(["d", "a", "c", "b"]);
    expect(by({ column: "n", direction: "ascending" })).toEqual(["a", "c", "d", "b"]);
  });

  it("keeps the rows as they came without a sort, and drops a sort by a column not shown", () => {
    expect(sortRows(ROWS, null, () => 0, collator.compare)).toBe(ROWS);
    const s = { column: "rate", direction: "descending" } as const;
    expect(shownSort(s, ["name", "rate"])).toBe(s);
    expect(shownSort<string>(s, ["name", "not_completed"])).toBeNull();
  });
});
