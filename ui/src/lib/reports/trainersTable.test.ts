import { describe, expect, it } from "vitest";
import type { TrainerLoadRow } from "$lib/api/types";
import { trainerRow } from "./fixtures";
import { sortRows } from "./sorting";
import {
  TRAINER_GROUPINGS,
  hasUnrecorded,
  nextTrainerSort,
  splitsTrainers,
  trainerColumns,
  trainerRowData,
  trainerSortValue,
  trainerTotals,
  type TrainerSort,
} from "./trainersTable";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const sorted = (rows: TrainerLoadRow[], sort: TrainerSort, group = "programme" as const) =>
  sortRows(
    rows,
    sort,
    (r) => trainerSortValue(r, sort!.column, group, (x) => x.label),
    collator.compare,
  ).map((r) => `${r.trainer_id}/${r.key ?? ""}`);

const FIGURES = ["activities", "sessions", "hours", "held", "held_hours", "unrecorded", "learners"];

describe("the trainers' groupings and columns", () => {
  it("offer the trainer alone, or split by programme, activity, month or year", () => {
    expect(TRAINER_GROUPINGS).toEqual(["person", "programme", "activity", "month", "year"]);
    expect(["person", "unit", "organisation"].map((g) => splitsTrainers(g as "unit"))).toEqual([
      false,
      false,
      false,
    ]);
    expect(TRAINER_GROUPINGS.slice(1).every(splitsTrainers)).toBe(true);
  });

  it("name the group in a column only when the rows are split", () => {
    expect(trainerColumns("person")).toEqual(["trainer", ...FIGURES]);
    expect(trainerColumns("month")).toEqual(["trainer", "name", ...FIGURES]);
  });

  it("name each row by its trainer and its group's key", () => {
    expect(trainerRowData(trainerRow())).toEqual({ "data-trainer-id": "t1", "data-key": "" });
    expect(trainerRowData(trainerRow({ key: "p1" }))["data-key"]).toBe("p1");
  });

  it("flag the rows with sessions held and nothing marked", () => {
    expect(hasUnrecorded(trainerRow())).toBe(true);
    expect(hasUnrecorded(trainerRow({ unrecorded: 0 }))).toBe(false);
  });
});

describe("the totals", () => {
  it("add up the load, but not activities, rolls or learners, which rows share", () => {
    expect(
      trainerTotals([
        trainerRow(),
        trainerRow({ trainer_id: "t2", sessions: 6, hours: 9.5, held: 6, held_hours: 9.5 }),
      ]),
    ).toEqual({
      activities: null,
      sessions: 30,
      hours: 57.5,
      held: 26,
      held_hours: 49.5,
      unrecorded: null,
      learners: null,
    });
  });
});

describe("sorting", () => {
  const rows = [
    trainerRow({ trainer_id: "t1", trainer: "Yusupova", key: "p2", label: "Moliya", hours: 4 }),
    trainerRow({ trainer_id: "t2", trainer: "Aliyev", affiliation: null, key: "p1", hours: 9 }),
    trainerRow({ trainer_id: "t1", trainer: "Yusupova", key: "p1", label: "Axborot", hours: 12 }),
  ];

  it("goes names A to Z first, figures largest first", () => {
    expect(nextTrainerSort(null, "trainer")?.direction).toBe("ascending");
    expect(nextTrainerSort(null, "unrecorded")?.direction).toBe("descending");
  });

  it("sorts by trainer, group and figure", () => {
    expect(sorted(rows, { column: "trainer", direction: "ascending" })).toEqual([
      "t2/p1",
      "t1/p2",
      "t1/p1",
    ]);
    expect(sorted(rows, { column: "hours", direction: "descending" })).toEqual([
      "t1/p1",
      "t2/p1",
      "t1/p2",
    ]);
    expect(sorted(rows, { column: "name", direction: "ascending" })).toEqual([
      "t1/p1",
      "t1/p2",
      "t2/p1",
    ]);
  });
});
