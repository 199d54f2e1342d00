import { describe, expect, it } from "vitest";
import { weekLog } from "./internshipFixtures";
import {
  dayCounts,
  dayGrid,
  nextDayStatus,
  placementMondays,
  weekPresent,
  weekRows,
} from "./placement";

describe("a placement's weeks", () => {
  it("runs from the Monday of its first week to the week of its last day", () => {
    expect(placementMondays({ from: "2027-03-03", to: "2027-03-15" })).toEqual([
      "2027-03-01",
      "2027-03-08",
      "2027-03-15",
    ]);
    expect(placementMondays({ from: "2027-03-01", to: "2027-03-05" })).toEqual(["2027-03-01"]);
    expect(placementMondays({ from: "2027-03-07", to: "2027-03-01" })).toEqual([]);
  });

  it("gives each week the placement's days in it and what was written", () => {
    const logs = [weekLog("2027-03-08", { intern_entry: "Queue routing" })];
    const rows = weekRows({ from: "2027-03-03", to: "2027-03-16" }, logs);
    expect(rows.map((r) => [r.week_of, r.from, r.to])).toEqual([
      ["2027-03-01", "2027-03-03", "2027-03-07"],
      ["2027-03-08", "2027-03-08", "2027-03-14"],
      ["2027-03-15", "2027-03-15", "2027-03-16"],
    ]);
    expect(rows.map((r) => r.log?.intern_entry ?? null)).toEqual([null, "Queue routing", null]);
  });

  it("keeps a week written before the dates moved, in its place", () => {
    const rows = weekRows({ from: "2027-03-08", to: "2027-03-12" }, [weekLog("2027-03-01")]);
    expect(rows.map((r) => r.week_of)).toEqual(["2027-03-01", "2027-03-08"]);
    expect(rows[0].log).not.toBeNull();
  });

  it("matches a log kept under any day of its week", () => {
    const rows = weekRows({ from: "2027-03-01", to: "2027-03-05" }, [weekLog("2027-03-03")]);
    expect(rows).toHaveLength(1);
    expect(rows[0].log?.week_of).toBe("2027-03-03");
  });
});

describe("the attendance grid", () => {
  const span = { from: "2027-03-03", to: "2027-03-09" };

  it("lays the working days out Monday to Friday, greying days outside the placement", () => {
    const grid = dayGrid(span, [
      { day: "2027-03-03", status: "present", note: null },
      { day: "2027-03-09", status: "excused", note: null },
    ]);
    expect(grid.map((w) => w.week_of)).toEqual(["2027-03-01", "2027-03-08"]);
    expect(grid[0].cells.map((c) => [c.day, c.inSpan, c.status])).toEqual([
      ["2027-03-01", false, null],
      ["2027-03-02", false, null],
      ["2027-03-03", true, "present"],
      ["2027-03-04", true, null],
      ["2027-03-05", true, null],
    ]);
    expect(grid[1].cells.map((c) => c.inSpan)).toEqual([true, true, false, false, false]);
    expect(grid[1].cells[1].status).toBe("excused");
    expect(dayCounts(grid)).toEqual({ days: 5, marked: 2, present: 1 });
  });

  it("cycles a day's mark with each click, never back to none", () => {
    expect(nextDayStatus(null)).toBe("present");
    expect(nextDayStatus("present")).toBe("absent");
    expect(nextDayStatus("absent")).toBe("excused");
    expect(nextDayStatus("excused")).toBe("present");
  });

  it("marks a whole week present, only its days within the placement", () => {
    const [first] = dayGrid(span, []);
    expect(weekPresent(first)).toEqual([
      { day: "2027-03-03", status: "present", note: null },
      { day: "2027-03-04", status: "present", note: null },
      { day: "2027-03-05", status: "present", note: null },
    ]);
  });
});
