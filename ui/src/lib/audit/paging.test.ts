import { describe, expect, it } from "vitest";
import { entries, entry } from "./fixtures";
import { appendPage, firstPage, olderThan } from "./paging";

describe("the audit log's pages", () => {
  it("starts with the first page and asks below its last line", () => {
    const shown = firstPage({ rows: entries(10, 6), more: true });
    expect(shown.rows.map((r) => r.id)).toEqual([10, 9, 8, 7, 6]);
    expect(olderThan(shown)).toBe(6);
  });

  it("appends older pages under the lines shown, each line once", () => {
    const shown = firstPage({ rows: entries(10, 6), more: true });
    const next = appendPage(shown, { rows: [entry(6), ...entries(5, 3)], more: true });
    expect(next.rows.map((r) => r.id)).toEqual([10, 9, 8, 7, 6, 5, 4, 3]);
    expect(olderThan(next)).toBe(3);
    const last = appendPage(next, { rows: entries(2, 1), more: false });
    expect(last.rows.map((r) => r.id)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(last.more).toBe(false);
    // The shown lines are not changed in place.
    expect(shown.rows).toHaveLength(5);
  });

  it("asks for nothing more when there is nothing older", () => {
    expect(olderThan(firstPage({ rows: entries(3, 1), more: false }))).toBeNull();
    expect(olderThan(firstPage({ rows: [], more: true }))).toBeNull();
  });
});
