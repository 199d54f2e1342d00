import { describe, expect, it } from "vitest";
import { placementSpan, visitSpan } from "./fixtures";
import {
  bandHeight,
  calledOff,
  SPAN_LANE_PX,
  spanBars,
  spanRoute,
  statusKey,
  tentative,
} from "./spans";

describe("visits and internships as bars over a run of days", () => {
  it("runs each from its first to its last day shown, both included", () => {
    const [bar] = spanBars([visitSpan("v", "2025-03-11", "2025-03-13")], "2025-03-10", 7);
    expect(bar).toMatchObject({
      start: 1,
      end: 3,
      lane: 0,
      clippedStart: false,
      clippedEnd: false,
    });
    const [one] = spanBars([visitSpan("d", "2025-03-16", "2025-03-16")], "2025-03-10", 7);
    expect(one).toMatchObject({ start: 6, end: 6 });
  });

  it("clips those running over the edges and leaves out those outside", () => {
    const bars = spanBars(
      [
        placementSpan("p", "2025-02-24", "2025-03-21"),
        visitSpan("before", "2025-03-01", "2025-03-09"),
        visitSpan("after", "2025-03-17", "2025-03-20"),
      ],
      "2025-03-10",
      7,
    );
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ start: 0, end: 6, clippedStart: true, clippedEnd: true });
  });

  it("packs overlapping ones into lanes, earliest and longest first", () => {
    const bars = spanBars(
      [
        visitSpan("short", "2025-03-10", "2025-03-11"),
        placementSpan("long", "2025-03-10", "2025-03-14"),
        visitSpan("later", "2025-03-12", "2025-03-13"),
        visitSpan("third", "2025-03-11", "2025-03-11"),
      ],
      "2025-03-10",
      7,
    );
    const lane = Object.fromEntries(bars.map((b) => [b.span.id, b.lane]));
    expect(lane).toEqual({ long: 0, short: 1, third: 2, later: 1 });
    expect(bandHeight(bars, 3)).toBe(3 * SPAN_LANE_PX);
    expect(bandHeight(bars, 2)).toBeGreaterThan(2 * SPAN_LANE_PX);
    expect(bandHeight([], 2)).toBe(0);
  });

  it("knows what each is: its page, whether it is agreed or called off, its status words", () => {
    const v = visitSpan("v", "2025-03-11", "2025-03-13", { status: "proposed" });
    const p = placementSpan("p", "2025-03-11", "2025-03-13", { status: "withdrawn" });
    expect(spanRoute(v)).toEqual({ name: "visit", id: "v" });
    expect(spanRoute(p)).toEqual({ name: "internship", id: "p" });
    expect([tentative(v), calledOff(v)]).toEqual([true, false]);
    expect([tentative(p), calledOff(p)]).toEqual([false, true]);
    expect(calledOff(visitSpan("c", "2025-03-11", "2025-03-13", { status: "cancelled" }))).toBe(
      true,
    );
    expect(
      tentative(placementSpan("h", "2025-03-11", "2025-03-13", { status: "host_accepted" })),
    ).toBe(true);
    expect([statusKey(v), statusKey(p)]).toEqual([
      "visit.state.proposed",
      "internship.state.withdrawn",
    ]);
  });
});
