// A visit's programme: shown day by day on the host's clock (and the visitors'), edited one item
// at a time but saved whole (`visitProgrammeSet`), so an item's refusal names its position.
import type { FieldErrors } from "$lib/api/fieldError";
import type { NewProgrammeItem, ProgrammeItem, VisitStatus } from "$lib/api/types";
import { normaliseTime } from "$lib/plan/activity/dates";

/** "YYYY-MM-DDTHH:MM[:SS]" as the API takes it: to the minute. */
export const toMinute = (local: string): string => local.slice(0, 16);

/** One item with its position in the programme as stored (counted from 0). */
export type PlacedItem = { item: ProgrammeItem; index: number };
/** One day of the programme, its items in time order. */
export type ProgrammeDay = { day: string; items: PlacedItem[] };

/** The programme grouped by the host's calendar day, days and items in time order. */
export function programmeByDay(items: readonly ProgrammeItem[]): ProgrammeDay[] {
  const placed = items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        a.item.starts_local.localeCompare(b.item.starts_local) ||
        a.item.ends_local.localeCompare(b.item.ends_local) ||
        a.index - b.index,
    );
  const days: ProgrammeDay[] = [];
  for (const p of placed) {
    const day = p.item.starts_local.slice(0, 10);
    const last = days[days.length - 1];
    if (last && last.day === day) last.items.push(p);
    else days.push({ day, items: [p] });
  }
  return days;
}

/** An item's times: "HH:MM" on the host's clock, and on the visitors' when it reads otherwise. */
export type ItemClock = {
  start: string;
  end: string;
  /** The visitors' clock; null when it reads the same (or is not known). */
  home: { startDate: string; start: string; endDate: string; end: string } | null;
};

export function itemClock(item: ProgrammeItem): ItemClock {
  const out: ItemClock = {
    start: item.starts_local.slice(11, 16),
    end: item.ends_local.slice(11, 16),
    home: null,
  };
  if (!item.starts_home || !item.ends_home) return out;
  if (toMinute(item.starts_home) === toMinute(item.starts_local)) return out;
  out.home = {
    startDate: item.starts_home.slice(0, 10),
    start: item.starts_home.slice(11, 16),
    endDate: item.ends_home.slice(0, 10),
    end: item.ends_home.slice(11, 16),
  };
  return out;
}

/** A stored item as the API takes it back. */
export function toNewItem(i: ProgrammeItem): NewProgrammeItem {
  return {
    starts_local: toMinute(i.starts_local),
    ends_local: toMinute(i.ends_local),
    place: i.place,
    institution: i.institution,
    topic: i.topic,
    contact: i.contact,
  };
}

/** The programme to send with item `index` replaced by `item`, or `item` added (index null). */
export function withItem(
  items: readonly ProgrammeItem[],
  index: number | null,
  item: NewProgrammeItem,
): NewProgrammeItem[] {
  const list = items.map(toNewItem);
  if (index === null) return [...list, item];
  list[index] = item;
  return list;
}

/** The programme to send without item `index`. */
export function withoutItem(items: readonly ProgrammeItem[], index: number): NewProgrammeItem[] {
  return items.filter((_, i) => i !== index).map(toNewItem);
}

/** The item form's fields; the start and end times are named as the API names them. */
export const ITEM_FIELDS = [
  "date",
  "starts_local",
  "ends_local",
  "topic",
  "place",
  "institution",
  "contact",
  "reason",
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

export type ItemFormValues = {
  /** The host's calendar day, ISO. */
  date: string;
  /** "HH:MM" on the host's clock. */
  start: string;
  end: string;
  topic: string;
  place: string;
  institution: string;
  contact: string;
  reason: string;
};

/** The form for an item (null: a new one on `day`). */
export function itemToForm(item: ProgrammeItem | null, day = ""): ItemFormValues {
  return {
    date: item ? item.starts_local.slice(0, 10) : day,
    start: item ? item.starts_local.slice(11, 16) : "10:00",
    end: item ? item.ends_local.slice(11, 16) : "12:00",
    topic: item?.topic ?? "",
    place: item?.place ?? "",
    institution: item?.institution ?? "",
    contact: item?.contact ?? "",
    reason: "",
  };
}

/** The day a new item starts on: the last day with items, else the visit's first day. */
export function nextItemDay(items: readonly ProgrammeItem[], firstDay: string): string {
  const days = items.map((i) => i.starts_local.slice(0, 10)).sort();
  return days[days.length - 1] ?? firstDay;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks made before saving: a day within the visit (`span`, ISO days), times that end after
 * they start, a topic; and a reason while `amending`.
 */
export function checkItem(
  v: ItemFormValues,
  span: { from: string; to: string },
  amending: VisitStatus | null,
): FieldErrors<ItemField> {
  const errors: FieldErrors<ItemField> = {};
  const date = v.date.trim();
  if (date === "") errors.date = { key: "validation.required" };
  else if (!DATE.test(date)) errors.date = { key: "validation.date" };
  else if (date < span.from || date > span.to) {
    errors.date = {
      reason: { key: "outside_visit_dates", when: date, from: span.from, to: span.to },
    };
  }
  const start = normaliseTime(v.start);
  const end = normaliseTime(v.end);
  if (!start) errors.starts_local = { key: "visit.form.time" };
  if (!end) errors.ends_local = { key: "visit.form.time" };
  else if (start && end <= start) errors.ends_local = { reason: { key: "end_not_after_start" } };
  if (v.topic.trim() === "") errors.topic = { key: "validation.required" };
  if (amending && v.reason.trim() === "") {
    errors.reason = { reason: { key: "amendment_reason_required", status: amending } };
  }
  return errors;
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

/** The item as the API takes it; call once `checkItem` found nothing. */
export function formToItem(v: ItemFormValues): NewProgrammeItem {
  const date = v.date.trim();
  return {
    starts_local: `${date}T${normaliseTime(v.start) ?? v.start.trim()}`,
    ends_local: `${date}T${normaliseTime(v.end) ?? v.end.trim()}`,
    place: orNull(v.place),
    institution: orNull(v.institution),
    topic: v.topic.trim(),
    contact: orNull(v.contact),
  };
}
