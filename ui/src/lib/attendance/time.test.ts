import { addHours, format } from "date-fns";
import { describe, expect, it } from "vitest";
import { sessionTimes, viewerZone } from "./time";

const wall = (d: Date) => format(d, "yyyy-MM-dd'T'HH:mm:ss");

function session(startsUtc: string, shiftHours: number) {
  // The venue's wall time, `shiftHours` ahead of this computer's clock.
  const start = new Date(startsUtc);
  const end = addHours(start, 3);
  return {
    id: "s",
    activity_id: "a",
    title: null,
    starts_local: wall(addHours(start, shiftHours)),
    ends_local: wall(addHours(end, shiftHours)),
    time_zone: "Asia/Baku",
    starts_utc: start.toISOString(),
    ends_utc: end.toISOString(),
    venue_id: null,
    trainer_ids: [],
    status: "scheduled" as const,
    cancel_reason: null,
  };
}

describe("session times", () => {
  it("reads the venue's wall time as written", () => {
    const t = sessionTimes(session("2025-03-10T05:00:00Z", 0));
    expect(format(t.end, "HH:mm")).toBe(format(addHours(t.start, 3), "HH:mm"));
  });

  it("gives this computer's time only when the clocks read differently", () => {
    expect(sessionTimes(session("2025-03-10T05:00:00Z", 0)).local).toBeNull();
    const t = sessionTimes(session("2025-03-10T05:00:00Z", 1));
    expect(t.local).not.toBeNull();
    expect(format(t.start, "HH:mm")).toBe(format(addHours(t.local!.start, 1), "HH:mm"));
  });

  it("knows the viewer's zone", () => {
    expect(typeof viewerZone()).toBe("string");
  });
});
