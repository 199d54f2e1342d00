import { describe, expect, it } from "vitest";
import type { AttendanceRow } from "$lib/api/types";
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_ORDER,
  attendanceSortValue,
  isAttendanceFigure,
  isUnreachable,
  nextAttendanceSort,
  type AttendanceSort,
} from "./attendanceTable";
import { attendanceRow } from "./fixtures";
import { sortRows } from "./sorting";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const sorted = (rows: AttendanceRow[], sort: NonNullable<AttendanceSort>) =>
  sortRows(rows, sort, (r) => attendanceSortValue(r, sort.column), collator.compare).map(
    (r) => `${r.person_id}/${r.activity_id}`,
  );

describe("the attendance table", () => {
  it("asks for its rows by person and shows the person, the activity, then the figures", () => {
    expect(ATTENDANCE_ORDER).toBe("person");
    expect(ATTENDANCE_COLUMNS.filter(isAttendanceFigure)).toEqual([
      "taken",
      "rate_taken",
      "rate_all",
      "max_reachable",
      "required",
    ]);
  });
});

describe("the minimum out of reach", () => {
  it("is flagged when even every remaining session would not reach it", () => {
    expect(isUnreachable(attendanceRow({ max_reachable: 85, required: 80 }))).toBe(false);
    expect(isUnreachable(attendanceRow({ max_reachable: 80, required: 80 }))).toBe(false);
    expect(isUnreachable(attendanceRow({ max_reachable: 79.9, required: 80 }))).toBe(true);
    expect(
      isUnreachable(attendanceRow({ result: "not_completed", max_reachable: 50, required: 80 })),
    ).toBe(true);
  });

  it("is not said of a place completed, nor of an activity with no sessions yet", () => {
    expect(
      isUnreachable(attendanceRow({ result: "completed", max_reachable: 50, required: 80 })),
    ).toBe(false);
    expect(
      isUnreachable(
        attendanceRow({ sessions: 0, taken: 0, rate_all: 0, max_reachable: 0, required: 80 }),
      ),
    ).toBe(false);
  });
});

describe("sorting", () => {
  const rows = [
    attendanceRow({ person_id: "p1", person_name: "Karimov", activity_title: "Etika" }),
    attendanceRow({
      person_id: "p2",
      person_name: "aliyeva",
      activity_id: "a2",
      activity_title: "Axborot",
      rate_taken: null,
      taken: 0,
      max_reachable: 100,
      result: "upcoming",
    }),
    attendanceRow({
      person_id: "p3",
      person_name: "Bakirov",
      rate_taken: 40,
      max_reachable: 60,
      result: "not_completed",
    }),
    attendanceRow({
      person_id: "p4",
      person_name: "Zokirov",
      rate_taken: 100,
      result: "completed",
    }),
  ];

  it("goes names and results first in their order, figures largest first", () => {
    expect(nextAttendanceSort(null, "name")?.direction).toBe("ascending");
    expect(nextAttendanceSort(null, "result")?.direction).toBe("ascending");
    expect(nextAttendanceSort(null, "max_reachable")?.direction).toBe("descending");
  });

  it("sorts by name, activity, a rate (none before the first session last) and result", () => {
    expect(sorted(rows, { column: "name", direction: "ascending" })).toEqual([
      "p2/a2",
      "p3/a1",
      "p1/a1",
      "p4/a1",
    ]);
    expect(sorted(rows, { column: "activity", direction: "ascending" })[0]).toBe("p2/a2");
    expect(sorted(rows, { column: "rate_taken", direction: "descending" })).toEqual([
      "p4/a1",
      "p1/a1",
      "p3/a1",
      "p2/a2",
    ]);
    expect(sorted(rows, { column: "max_reachable", direction: "ascending" })[0]).toBe("p3/a1");
    // Results in the order an activity goes through them.
    expect(sorted(rows, { column: "result", direction: "ascending" })).toEqual([
      "p2/a2",
      "p1/a1",
      "p4/a1",
      "p3/a1",
    ]);
  });
});
