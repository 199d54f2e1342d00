import { describe, expect, it } from "vitest";
import { bare, detailWith, line } from "./fixtures";
import {
  approvalCounts,
  canCancel,
  groupEnrolments,
  nameOf,
  nominationSummary,
  peopleInActivity,
  promotedNames,
  seats,
  stillSelected,
  takesSeat,
  waitlistOrder,
} from "./groups";

const trainer = line("t", "Trainer Tohir", "enrolled", 1, "trainer");
const anvar = line("a", "Aliyev Anvar", "enrolled", 2);
const dilnoza = line("d", "Karimova Dilnoza", "nominated", 9);
const bekzod = line("b", "Rustamov Bekzod", "nominated", 3);
const malika = line("m", "Saidova Malika", "waitlisted", 4);
const nodira = line("n", "Usmonova Nodira", "waitlisted", 5);
const olim = line("o", "Olimov Olim", "declined", 6, "participant", {
  updated_at: "2026-11-02T10:00:00Z",
});
const said = line("s", "Saidov Said", "cancelled", 7, "participant", {
  updated_at: "2026-11-03T10:00:00Z",
});

describe("grouping an activity's enrolments", () => {
  const detail = detailWith([anvar, dilnoza, bekzod, malika, nodira, olim, said, trainer], {
    waitlist: ["n", "m"],
  });

  it("puts each status in its group, every enrolment exactly once", () => {
    const g = groupEnrolments(detail);
    expect(g.nominated.map((e) => e.id)).toEqual(["b", "d"]); // earliest nominated first
    expect(g.enrolled.map((e) => e.id)).toEqual(["t", "a"]); // trainers before seat holders
    expect(g.waitlist.map((e) => e.id)).toEqual(["n", "m"]); // the backend's promotion order
    expect(g.closed.map((e) => e.id)).toEqual(["s", "o"]); // latest change first
    const all = [...g.nominated, ...g.enrolled, ...g.waitlist, ...g.closed].map((e) => e.id);
    expect(all.sort()).toEqual(detail.enrolments.map((e) => e.id).sort());
  });

  it("keeps a waitlisted person the order misses, last and earliest first", () => {
    const d = detailWith([malika, nodira, line("x", "X", "waitlisted", 1)], { waitlist: ["n"] });
    expect(waitlistOrder(d).map((e) => e.id)).toEqual(["n", "x", "m"]);
  });

  it("ignores ids in the order that are not waitlisted any more", () => {
    const d = detailWith([malika, anvar], { waitlist: ["a", "gone", "m"] });
    expect(waitlistOrder(d).map((e) => e.id)).toEqual(["m"]);
  });

  it("offers to cancel a place held or waited for only", () => {
    expect([anvar, malika, dilnoza, olim, said].map(canCancel)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(canCancel(line("c", "C", "completed"))).toBe(false);
    expect(canCancel(line("p", "P", "approved"))).toBe(true);
  });

  it("knows which roles take a seat", () => {
    expect(
      ["participant", "trainer", "speaker", "delegate", "intern"].map((r) => takesSeat(r as never)),
    ).toEqual([true, false, false, true, true]);
  });
});

describe("seats", () => {
  it("counts taken against the capacity", () => {
    expect(seats(detailWith([anvar, trainer]))).toEqual({ taken: 1, capacity: 2, full: false });
    expect(seats(detailWith([anvar, line("z", "Z", "approved")]))).toEqual({
      taken: 2,
      capacity: 2,
      full: true,
    });
  });

  it("is never full without a limit", () => {
    expect(seats(detailWith([anvar], { capacity: null }))).toEqual({
      taken: 1,
      capacity: null,
      full: false,
    });
  });
});

describe("people and names", () => {
  const detail = detailWith([anvar, dilnoza, malika, olim, said]);

  it("marks people in the activity, but not the declined or cancelled", () => {
    expect([...peopleInActivity(detail).keys()].sort()).toEqual(["p-a", "p-d", "p-m"]);
  });

  it("names an enrolment by its id, else by its person", () => {
    expect(nameOf(detail, { id: "m", person_id: "?" })).toBe("Saidova Malika");
    expect(nameOf(detail, { id: "?", person_id: "p-d" })).toBe("Karimova Dilnoza");
    expect(nameOf(detail, { id: "?", person_id: "?" })).toBe("");
  });

  it("names the people a cancellation promoted", () => {
    const c = {
      cancelled: bare(anvar, { status: "cancelled" }),
      promoted: [bare(malika, { status: "enrolled" }), bare(line("?", "", "enrolled"))],
    };
    expect(promotedNames(detail, c)).toEqual(["Saidova Malika"]);
  });
});

describe("reports", () => {
  it("counts what an approval did", () => {
    const result = [
      bare(bekzod, { status: "enrolled" }),
      bare(dilnoza, { status: "waitlisted" }),
      bare(line("q", "Q", "approved")),
    ];
    expect(approvalCounts(result)).toEqual({ seated: 2, waitlisted: 1 });
    expect(approvalCounts([])).toEqual({ seated: 0, waitlisted: 0 });
  });

  it("separates nominations from trainers enrolled at once and names the skipped", () => {
    const summary = nominationSummary({
      nominated: [bare(dilnoza), bare(trainer), bare(bekzod)],
      skipped: [{ person_id: "p-a", person_name: "Aliyev Anvar", status: "enrolled" }],
    });
    expect(summary).toEqual({
      nominated: 2,
      enrolledAtOnce: 1,
      skipped: 1,
      skippedNames: [{ name: "Aliyev Anvar", status: "enrolled" }],
    });
  });

  it("keeps only the selected ids still listed", () => {
    expect(stillSelected(new Set(["b", "gone", "d"]), [bekzod, dilnoza])).toEqual(["b", "d"]);
  });
});
