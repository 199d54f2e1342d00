import { describe, expect, it } from "vitest";
import type { TravelLeg } from "$lib/api/types";
import { visit } from "./fixtures";
import {
  checkLeg,
  checkLodging,
  emptyLeg,
  emptyLodging,
  formToLeg,
  formToLodging,
  withLeg,
  withLodging,
  withoutLeg,
  withoutLodging,
} from "./travel";

const out: TravelLeg = {
  mode: "flight",
  from_place: "Tashkent (TAS)",
  to_place: "Baku (GYD)",
  departs_local: "2027-04-12T08:00:00",
  departs_zone: "Asia/Tashkent",
  arrives_local: "2027-04-12T09:30:00",
  arrives_zone: "Asia/Baku",
  carrier: "HY 51",
  booking_ref: null,
};
const hotel = {
  place: "Hotel Ganjlik",
  address: null,
  check_in: "2027-04-12",
  check_out: "2027-04-16",
};

describe("the journey", () => {
  it("starts the first leg at home on the first day, a later one back home on the last", () => {
    expect(emptyLeg(visit(), [])).toMatchObject({
      departs_on: "2027-04-12",
      departs_zone: "Asia/Tashkent",
      arrives_zone: "Asia/Baku",
      from_place: "",
    });
    expect(emptyLeg(visit(), [out])).toMatchObject({
      departs_on: "2027-04-16",
      departs_zone: "Asia/Baku",
      arrives_zone: "Asia/Tashkent",
      from_place: "Baku (GYD)",
    });
  });

  it("sends a leg's ends as wall times to the minute in their zones", () => {
    const v = {
      ...emptyLeg(visit(), []),
      from_place: " Tashkent ",
      to_place: "Baku",
      departs_local: "08:00",
      arrives_local: "09:30:00",
      arrives_zone: "asia/baku",
      carrier: "HY 51",
    };
    expect(checkLeg(v, null)).toEqual({});
    expect(formToLeg(v)).toEqual({
      mode: "flight",
      from_place: "Tashkent",
      to_place: "Baku",
      departs_local: "2027-04-12T08:00",
      departs_zone: "Asia/Tashkent",
      arrives_local: "2027-04-12T09:30",
      arrives_zone: "Asia/Baku",
      carrier: "HY 51",
      booking_ref: null,
    });
  });

  it("checks a leg's places, days, times and zones, and the reason once agreed", () => {
    const v = emptyLeg(visit(), []);
    expect(Object.keys(checkLeg(v, "under_way")).sort()).toEqual([
      "arrives_local",
      "departs_local",
      "from_place",
      "reason",
      "to_place",
    ]);
    expect(checkLeg({ ...v, departs_zone: "Tashkent" }, null).departs_zone).toEqual({
      key: "venues.zoneUnknown",
    });
    expect(checkLeg({ ...v, arrives_on: "" }, null).arrives_on).toEqual({
      key: "validation.required",
    });
  });

  it("checks lodging's dates in order", () => {
    const l = { ...emptyLodging(visit()), place: "Hotel Ganjlik" };
    expect(checkLodging(l, null)).toEqual({});
    expect(checkLodging({ ...l, check_out: "2027-04-11" }, null).check_out).toEqual({
      reason: { key: "ends_before_start", start: "2027-04-12" },
    });
    expect(formToLodging({ ...l, address: " " })).toEqual(hotel);
  });

  it("sends the whole journey with a leg or lodging added or left out", () => {
    const travel = { legs: [out], lodging: [hotel] };
    const back = formToLeg({
      ...emptyLeg(visit(), [out]),
      to_place: "Tashkent",
      departs_local: "18:00",
      arrives_local: "21:30",
    });
    const added = withLeg(travel, back);
    expect(added.legs.map((l) => l.departs_local)).toEqual([
      "2027-04-12T08:00",
      "2027-04-16T18:00",
    ]);
    expect(added.lodging).toEqual([hotel]);
    expect(withoutLeg(travel, 0)).toEqual({ legs: [], lodging: [hotel] });
    expect(withLodging(travel, hotel).lodging).toHaveLength(2);
    expect(withoutLodging(travel, 0).lodging).toEqual([]);
  });
});
