import { describe, expect, it } from "vitest";
import type { Session } from "$lib/api/types";
import { clockCity, sessionClock, sessionsInOrder, wallTime, zoneCity } from "./clock";

function session(id: string, startsLocal: string, endsLocal: string, zone: string, utc: string[]) {
  return {
    id,
    activity_id: "a1",
    title: null,
    starts_local: `${startsLocal}:00`,
    ends_local: `${endsLocal}:00`,
    time_zone: zone,
    starts_utc: utc[0],
    ends_utc: utc[1],
    venue_id: null,
    trainer_ids: [],
    status: "scheduled",
    cancel_reason: null,
  } satisfies Session;
}

// 14:00–17:00 in Baku (UTC+4) is 10:00–13:00 UTC.
const baku = session("s1", "2026-03-02T14:00", "2026-03-02T17:00", "Asia/Baku", [
  "2026-03-02T10:00:00Z",
  "2026-03-02T13:00:00Z",
]);

describe("venue and viewer clocks", () => {
  it("reads an instant on a zone's wall clock", () => {
    expect(wallTime("2026-03-02T10:00:00Z", "Asia/Tashkent")).toEqual({
      date: "2026-03-02",
      time: "15:00",
    });
    expect(wallTime("2026-03-02T22:30:00Z", "Asia/Baku")).toEqual({
      date: "2026-03-03",
      time: "02:30",
    });
    expect(wallTime("2026-03-02T00:00:00Z", "Nowhere/City")).toBeNull();
  });

  it("names a zone by its city", () => {
    expect(zoneCity("Asia/Baku")).toBe("Baku");
    expect(zoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
  });

  it("names a session's clock after its venue's city when the venue keeps that clock", () => {
    const venues = new Map([
      ["v1", { city: "Ganja", time_zone: "Asia/Baku" }],
      ["v2", { city: "Samarkand", time_zone: "Asia/Samarkand" }],
    ]);
    expect(clockCity({ ...baku, venue_id: "v1" }, venues)).toBe("Ganja");
    expect(clockCity({ ...baku, venue_id: "v2" }, venues)).toBe("Baku");
    expect(clockCity({ ...baku, venue_id: "gone" }, venues)).toBe("Baku");
    expect(clockCity(baku, venues)).toBe("Baku");
  });

  it("shows only the venue's clock to a viewer in the same zone", () => {
    expect(sessionClock(baku, "Asia/Baku")).toEqual({
      date: "2026-03-02",
      start: "14:00",
      end: "17:00",
      zone: "Asia/Baku",
      viewer: null,
    });
    expect(sessionClock(baku, null).viewer).toBeNull();
  });

  it("adds the viewer's clock when the viewer is elsewhere", () => {
    expect(sessionClock(baku, "Asia/Tashkent").viewer).toEqual({
      startDate: "2026-03-02",
      start: "15:00",
      endDate: "2026-03-02",
      end: "18:00",
    });
    expect(sessionClock(baku, "Europe/London").viewer).toMatchObject({
      start: "10:00",
      end: "13:00",
    });
  });

  it("adds nothing for another zone whose clock reads the same", () => {
    expect(sessionClock(baku, "Asia/Tbilisi").viewer).toBeNull();
  });

  it("orders sessions by when they start", () => {
    const later = session("s2", "2026-03-02T15:30", "2026-03-02T16:00", "Asia/Tashkent", [
      "2026-03-02T10:30:00Z",
      "2026-03-02T11:00:00Z",
    ]);
    const earliest = session("s3", "2026-03-01T09:00", "2026-03-01T10:00", "Asia/Baku", [
      "2026-03-01T05:00:00Z",
      "2026-03-01T06:00:00Z",
    ]);
    expect(sessionsInOrder([later, baku, earliest]).map((s) => s.id)).toEqual(["s3", "s1", "s2"]);
  });
});
