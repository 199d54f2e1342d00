import { describe, expect, it } from "vitest";
import { item } from "./fixtures";
import {
  checkItem,
  formToItem,
  itemClock,
  itemToForm,
  nextItemDay,
  programmeByDay,
  withItem,
  withoutItem,
} from "./programme";

const span = { from: "2027-04-12", to: "2027-04-16" };

describe("the programme", () => {
  it("groups items by the host's day, in time order, keeping each one's stored position", () => {
    const items = [
      item("2027-04-13", "14:00", "16:00", "Back office"),
      item("2027-04-12", "10:00", "12:00", "Welcome"),
      item("2027-04-13", "09:30", "12:00", "Front office"),
    ];
    const days = programmeByDay(items);
    expect(days.map((d) => d.day)).toEqual(["2027-04-12", "2027-04-13"]);
    expect(days[1].items.map((p) => [p.index, p.item.topic])).toEqual([
      [2, "Front office"],
      [0, "Back office"],
    ]);
    expect(programmeByDay([])).toEqual([]);
  });

  it("reads an item on both clocks, and only the host's when they agree", () => {
    const baku = item("2027-04-12", "10:00", "12:00", "Welcome");
    expect(itemClock(baku)).toEqual({
      start: "10:00",
      end: "12:00",
      home: { startDate: "2027-04-12", start: "11:00", endDate: "2027-04-12", end: "13:00" },
    });
    const same = { ...baku, starts_home: baku.starts_local, ends_home: baku.ends_local };
    expect(itemClock(same).home).toBeNull();
    expect(itemClock({ ...baku, starts_home: null, ends_home: null }).home).toBeNull();
  });

  it("sends the whole programme with one item replaced, added or left out, to the minute", () => {
    const items = [
      item("2027-04-12", "10:00", "12:00", "Welcome"),
      item("2027-04-13", "09:30", "12:00", "Front office"),
    ];
    const added = formToItem({ ...itemToForm(null, "2027-04-14"), topic: " Lunch " });
    expect(withItem(items, null, added).map((i) => i.topic)).toEqual([
      "Welcome",
      "Front office",
      "Lunch",
    ]);
    expect(withItem(items, 0, added)[0]).toEqual({
      starts_local: "2027-04-14T10:00",
      ends_local: "2027-04-14T12:00",
      place: null,
      institution: null,
      topic: "Lunch",
      contact: null,
    });
    expect(withoutItem(items, 0)).toEqual([
      {
        starts_local: "2027-04-13T09:30",
        ends_local: "2027-04-13T12:00",
        place: "Baku",
        institution: "ASAN xidmət",
        topic: "Front office",
        contact: null,
      },
    ]);
  });

  it("fills the form from an item, and starts a new one on the last day with items", () => {
    const welcome = item("2027-04-13", "10:00", "12:00", "Welcome");
    expect(itemToForm(welcome)).toMatchObject({
      date: "2027-04-13",
      start: "10:00",
      end: "12:00",
      topic: "Welcome",
      place: "Baku",
      contact: "",
    });
    expect(nextItemDay([welcome], "2027-04-12")).toBe("2027-04-13");
    expect(nextItemDay([], "2027-04-12")).toBe("2027-04-12");
  });

  it("checks the day is the visit's, the times run forward, a topic, and a reason once agreed", () => {
    const ok = { ...itemToForm(null, "2027-04-12"), topic: "Welcome" };
    expect(checkItem(ok, span, null)).toEqual({});
    expect(checkItem({ ...ok, date: "2027-04-17" }, span, null).date).toEqual({
      reason: { key: "outside_visit_dates", when: "2027-04-17", from: span.from, to: span.to },
    });
    expect(checkItem({ ...ok, end: "09:00" }, span, null).ends_local).toEqual({
      reason: { key: "end_not_after_start" },
    });
    expect(checkItem({ ...ok, start: "25:00" }, span, null).starts_local).toEqual({
      key: "visit.form.time",
    });
    expect(Object.keys(checkItem({ ...ok, topic: " ", date: "" }, span, null)).sort()).toEqual([
      "date",
      "topic",
    ]);
    expect(checkItem(ok, span, "confirmed").reason).toEqual({
      reason: { key: "amendment_reason_required", status: "confirmed" },
    });
    expect(checkItem({ ...ok, reason: "The minister’s schedule" }, span, "confirmed")).toEqual({});
  });
});
