import { describe, expect, it } from "vitest";
import {
  buildPlan,
  effectiveUntil,
  effectiveWeekdays,
  emptyForm,
  planKey,
  toggleWeekday,
  withSkip,
  withoutSkip,
} from "./plan";

const base = emptyForm({
  date: "2026-03-02",
  start: "14:00",
  end: "17:00",
  venueId: "v1",
  zone: "Asia/Tashkent",
  trainerIds: ["t2", "t1"],
});

describe("building a session plan", () => {
  it("makes one session on the first day, the venue's clock deciding the zone", () => {
    expect(buildPlan("a1", base)).toEqual({
      ok: true,
      plan: {
        activity_id: "a1",
        title: null,
        starts_local: "2026-03-02T14:00",
        ends_local: "2026-03-02T17:00",
        time_zone: null,
        venue_id: "v1",
        trainer_ids: ["t1", "t2"],
        repeat: null,
      },
    });
  });

  it("sends the typed zone only when there is no venue, and a trimmed title", () => {
    const r = buildPlan("a1", { ...base, venueId: "", title: "  Day one ", start: "14:00:00" });
    expect(r.ok && r.plan).toMatchObject({
      time_zone: "Asia/Tashkent",
      venue_id: null,
      title: "Day one",
      starts_local: "2026-03-02T14:00",
    });
    expect(buildPlan("a1", { ...base, venueId: "", zone: " " })).toEqual({
      ok: false,
      problem: "zone",
    });
  });

  it("names what is missing or wrong", () => {
    expect(buildPlan("a1", { ...base, date: "" })).toEqual({ ok: false, problem: "date" });
    expect(buildPlan("a1", { ...base, start: "" })).toEqual({ ok: false, problem: "start" });
    expect(buildPlan("a1", { ...base, end: "x" })).toEqual({ ok: false, problem: "end" });
    expect(buildPlan("a1", { ...base, end: "14:00" })).toEqual({ ok: false, problem: "order" });
  });

  it("repeats on the first day's weekday until a date, skipping dates", () => {
    const r = buildPlan("a1", {
      ...base,
      repeat: true,
      until: "2026-03-31",
      skip: ["2026-03-16", "bad", "2026-03-09", "2026-03-16"],
    });
    expect(r.ok && r.plan.repeat).toEqual({
      weekdays: [1],
      until: "2026-03-31",
      skip: ["2026-03-09", "2026-03-16"],
    });
  });

  it("repeats for N weeks: until = first day + 7·N − 1, winning over the until date", () => {
    const r = buildPlan("a1", {
      ...base,
      repeat: true,
      weekdays: [3, 1],
      until: "2026-12-31",
      weeks: 3,
    });
    expect(r.ok && r.plan.repeat).toEqual({ weekdays: [1, 3], until: "2026-03-22", skip: [] });
  });

  it("refuses a repeat without weekdays, without an end, or ending before it starts", () => {
    const rep = { ...base, repeat: true };
    expect(buildPlan("a1", { ...rep, weekdays: [], until: "2026-03-31" })).toEqual({
      ok: false,
      problem: "weekdays",
    });
    expect(buildPlan("a1", rep)).toEqual({ ok: false, problem: "until" });
    expect(buildPlan("a1", { ...rep, weeks: 0 })).toEqual({ ok: false, problem: "weeks" });
    expect(buildPlan("a1", { ...rep, until: "2026-03-01" })).toEqual({
      ok: false,
      problem: "untilBefore",
    });
  });

  it("ignores the repeat fields while Repeat is off", () => {
    const r = buildPlan("a1", { ...base, weeks: 0, weekdays: [] });
    expect(r.ok && r.plan.repeat).toBeNull();
  });

  it("keys equal plans equally and different plans differently", () => {
    const a = buildPlan("a1", base);
    const b = buildPlan("a1", { ...base, trainerIds: ["t1", "t2"] });
    const c = buildPlan("a1", { ...base, end: "18:00" });
    if (!a.ok || !b.ok || !c.ok) throw new Error("plans expected");
    expect(planKey(a.plan)).toBe(planKey(b.plan));
    expect(planKey(a.plan)).not.toBe(planKey(c.plan));
  });
});

describe("the repeat fields", () => {
  it("defaults the weekdays to the first day's, until some are picked", () => {
    expect(effectiveWeekdays({ date: "2026-03-04", weekdays: null })).toEqual([3]);
    expect(effectiveWeekdays({ date: "", weekdays: null })).toEqual([]);
    expect(effectiveWeekdays({ date: "2026-03-04", weekdays: [5, 1, 5] })).toEqual([1, 5]);
  });

  it("toggles a weekday starting from what is shown", () => {
    expect(toggleWeekday({ date: "2026-03-04", weekdays: null }, 5)).toEqual([3, 5]);
    expect(toggleWeekday({ date: "2026-03-04", weekdays: null }, 3)).toEqual([]);
    expect(toggleWeekday({ date: "2026-03-04", weekdays: [1, 3] }, 1)).toEqual([3]);
  });

  it("reads the end of the repetition from weeks or the until date", () => {
    expect(effectiveUntil({ date: "2026-03-02", until: "2026-04-01", weeks: null })).toBe(
      "2026-04-01",
    );
    expect(effectiveUntil({ date: "2026-03-02", until: "2026-04-01", weeks: 2 })).toBe(
      "2026-03-15",
    );
    expect(effectiveUntil({ date: "2026-03-02", until: "", weeks: null })).toBeNull();
    expect(effectiveUntil({ date: "2026-03-02", until: "", weeks: 999 })).toBeNull();
  });

  it("keeps skip dates sorted and unique", () => {
    const list = withSkip(withSkip(withSkip([], "2026-03-16"), "2026-03-09"), "2026-03-16");
    expect(list).toEqual(["2026-03-09", "2026-03-16"]);
    expect(withSkip(list, "")).toBe(list);
    expect(withoutSkip(list, "2026-03-09")).toEqual(["2026-03-16"]);
  });
});
