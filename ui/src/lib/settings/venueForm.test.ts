import { describe, expect, it } from "vitest";
import type { Venue } from "$lib/api/types";
import { sortVenues, start, zoneChanged, zoneName } from "./venueForm";

const venue = (id: string, country: string, city: string, name: string): Venue => ({
  id,
  name,
  address: null,
  city,
  country,
  time_zone: "Asia/Tashkent",
  capacity: null,
});

describe("venue form", () => {
  it("spells a known zone as the database does and refuses an unknown one", () => {
    expect(zoneName(" asia/baku ")).toBe("Asia/Baku");
    expect(zoneName("Asia/Samarkand")).toBe("Asia/Samarkand");
    expect(zoneName("Tashkent")).toBeNull();
    expect(zoneName("")).toBeNull();
  });

  it("tells a changed zone from the same one written otherwise", () => {
    const v = venue("v", "UZ", "Tashkent", "Hall");
    expect(zoneChanged(v, { ...start(v), time_zone: "asia/tashkent" })).toBe(false);
    expect(zoneChanged(v, { ...start(v), time_zone: "Asia/Samarkand" })).toBe(true);
    expect(zoneChanged(null, start(v))).toBe(false);
  });

  it("orders venues by country, city and name, as the server lists them", () => {
    const list = [
      venue("a", "UZ", "Tashkent", "B"),
      venue("b", "AZ", "Baku", "Z"),
      venue("c", "UZ", "Samarkand", "A"),
      venue("d", "UZ", "Tashkent", "A"),
    ];
    expect(sortVenues(list).map((v) => v.id)).toEqual(["b", "c", "d", "a"]);
  });
});
