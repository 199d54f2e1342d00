import { describe, expect, it } from "vitest";
import { clock } from "./days";
import { entry } from "./fixtures";
import { byStartDay, daySegments, layoutColumns, place, placeAll } from "./layout";

const seg = (top: number, bottom: number) => ({ top, bottom, col: 0, cols: 1 });

describe("placing sessions on the viewer's clock", () => {
  it("reads the instants in the viewer's zone and keeps the venue's time when it differs", () => {
    const baku = entry("s1", ["2025-03-10T13:00:00", "2025-03-10T15:00:00"], {
      utc: ["2025-03-10T09:00:00Z", "2025-03-10T11:00:00Z"],
      zone: "Asia/Baku",
    });
    const p = place(baku, "Asia/Tashkent");
    expect(clock(p.start)).toBe("14:00");
    expect(clock(p.end)).toBe("16:00");
    expect(p.venue && clock(p.venue.start)).toBe("13:00");
    expect(place(baku, "Asia/Baku").venue).toBeNull();
  });

  it("sorts earliest first, the longer first on a tie", () => {
    const list = placeAll(
      [
        entry("b", ["2025-03-10T10:00", "2025-03-10T11:00"]),
        entry("a", ["2025-03-10T09:00", "2025-03-10T10:00"]),
        entry("c", ["2025-03-10T09:00", "2025-03-10T12:00"]),
      ],
      "UTC",
    );
    expect(list.map((p) => p.entry.session.id)).toEqual(["c", "a", "b"]);
  });

  it("groups entries by the day they start on", () => {
    const list = placeAll(
      [
        entry("a", ["2025-03-10T09:00", "2025-03-10T10:00"]),
        entry("b", ["2025-03-11T09:00", "2025-03-11T10:00"]),
        entry("c", ["2025-03-10T19:30", "2025-03-10T20:00"]),
      ],
      "Asia/Tashkent", // c starts at 00:30 on the 11th there
    );
    const days = byStartDay(list);
    expect(days.get("2025-03-10")?.map((p) => p.entry.session.id)).toEqual(["a"]);
    expect(days.get("2025-03-11")?.map((p) => p.entry.session.id)).toEqual(["c", "b"]);
  });
});

describe("a day's blocks", () => {
  it("puts overlapping blocks side by side and lone ones full width", () => {
    const out = layoutColumns([seg(540, 660), seg(600, 720), seg(630, 690), seg(800, 860)]);
    expect(out.map((s) => [s.top, s.col, s.cols])).toEqual([
      [540, 0, 3],
      [600, 1, 3],
      [630, 2, 3],
      [800, 0, 1],
    ]);
  });

  it("reuses a column freed earlier in the same group", () => {
    const out = layoutColumns([seg(540, 600), seg(550, 700), seg(600, 660)]);
    expect(out.map((s) => [s.top, s.col, s.cols])).toEqual([
      [540, 0, 2],
      [550, 1, 2],
      [600, 0, 2],
    ]);
  });

  it("treats back-to-back blocks as not overlapping", () => {
    const out = layoutColumns([seg(540, 600), seg(600, 660)]);
    expect(out.map((s) => s.cols)).toEqual([1, 1]);
  });

  it("splits a session past midnight into a part on each day", () => {
    const list = placeAll([entry("n", ["2025-03-10T22:00", "2025-03-11T02:00"])], "UTC");
    const [first] = daySegments(list, "2025-03-10");
    const [second] = daySegments(list, "2025-03-11");
    expect([first.top, first.bottom, first.first, first.last]).toEqual([1320, 1440, true, false]);
    expect([second.top, second.bottom, second.first, second.last]).toEqual([0, 120, false, true]);
    expect(daySegments(list, "2025-03-12")).toEqual([]);
  });

  it("draws a zero-length session at least a quarter of an hour tall", () => {
    const list = placeAll([entry("z", ["2025-03-10T23:55", "2025-03-10T23:55"])], "UTC");
    const [s] = daySegments(list, "2025-03-10");
    expect([s.top, s.bottom]).toEqual([1425, 1440]);
  });
});
