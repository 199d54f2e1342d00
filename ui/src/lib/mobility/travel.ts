// A visit's journey: its legs (each end on its own clock) and lodging, added and removed one at
// a time but saved whole (`visitTravelSet`), so a refusal names `legs.N.field` / `lodging.N.field`.
import type { FieldError, FieldErrors } from "$lib/api/fieldError";
import type {
  Lodging,
  NewLodging,
  NewTravel,
  NewTravelLeg,
  Travel,
  TravelLeg,
  TravelMode,
  Visit,
  VisitStatus,
} from "$lib/api/types";
import { normaliseTime } from "$lib/plan/activity/dates";
import { zoneName } from "$lib/settings/venueForm";
import { toMinute } from "./programme";

export function toNewLeg(l: TravelLeg): NewTravelLeg {
  return {
    mode: l.mode,
    from_place: l.from_place,
    to_place: l.to_place,
    departs_local: toMinute(l.departs_local),
    departs_zone: l.departs_zone,
    arrives_local: toMinute(l.arrives_local),
    arrives_zone: l.arrives_zone,
    carrier: l.carrier,
    booking_ref: l.booking_ref,
  };
}

export function toNewLodging(l: Lodging): NewLodging {
  return { place: l.place, address: l.address, check_in: l.check_in, check_out: l.check_out };
}

/** The journey as the API takes it back. */
export function toNewTravel(t: Travel): NewTravel {
  return { legs: t.legs.map(toNewLeg), lodging: t.lodging.map(toNewLodging) };
}

/** The journey with `leg` added after the others. */
export const withLeg = (t: Travel, leg: NewTravelLeg): NewTravel => {
  const out = toNewTravel(t);
  return { ...out, legs: [...out.legs, leg] };
};

/** The journey without leg `index`. */
export const withoutLeg = (t: Travel, index: number): NewTravel => {
  const out = toNewTravel(t);
  return { ...out, legs: out.legs.filter((_, i) => i !== index) };
};

export const withLodging = (t: Travel, lodging: NewLodging): NewTravel => {
  const out = toNewTravel(t);
  return { ...out, lodging: [...out.lodging, lodging] };
};

export const withoutLodging = (t: Travel, index: number): NewTravel => {
  const out = toNewTravel(t);
  return { ...out, lodging: out.lodging.filter((_, i) => i !== index) };
};

/** The leg form's fields: each end's day, its time (named as the API names the wall time) and zone. */
export const LEG_FIELDS = [
  "mode",
  "from_place",
  "to_place",
  "departs_on",
  "departs_local",
  "departs_zone",
  "arrives_on",
  "arrives_local",
  "arrives_zone",
  "carrier",
  "booking_ref",
  "reason",
] as const;
export type LegField = (typeof LEG_FIELDS)[number];

export type LegFormValues = {
  mode: TravelMode;
  from_place: string;
  to_place: string;
  departs_on: string;
  /** "HH:MM" on the departure's clock. */
  departs_local: string;
  departs_zone: string;
  arrives_on: string;
  arrives_local: string;
  arrives_zone: string;
  carrier: string;
  booking_ref: string;
  reason: string;
};

/**
 * A new leg: the first goes out on the visit's first day from the visitors' clock to the host's;
 * a later one goes on from where the last one arrived, on the last day, back home.
 */
export function emptyLeg(
  v: Pick<Visit, "planned_start" | "planned_end" | "home_time_zone" | "host_time_zone">,
  legs: readonly TravelLeg[],
): LegFormValues {
  const last = legs[legs.length - 1];
  const day = last ? v.planned_end : v.planned_start;
  const from = last ? last.arrives_zone : v.home_time_zone;
  const to = from === v.home_time_zone ? v.host_time_zone : v.home_time_zone;
  return {
    mode: "flight",
    from_place: last?.to_place ?? "",
    to_place: "",
    departs_on: day,
    departs_local: "",
    departs_zone: from,
    arrives_on: day,
    arrives_local: "",
    arrives_zone: to,
    carrier: "",
    booking_ref: "",
    reason: "",
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(value: string): FieldError | undefined {
  const d = value.trim();
  if (d === "") return { key: "validation.required" };
  return DATE.test(d) ? undefined : { key: "validation.date" };
}

/** Checks made before saving; the server checks the order of the two ends (in their zones). */
export function checkLeg(v: LegFormValues, amending: VisitStatus | null): FieldErrors<LegField> {
  const errors: FieldErrors<LegField> = {};
  for (const f of ["from_place", "to_place"] as const) {
    if (v[f].trim() === "") errors[f] = { key: "validation.required" };
  }
  for (const end of ["departs", "arrives"] as const) {
    const day = checkDay(v[`${end}_on`]);
    if (day) errors[`${end}_on`] = day;
    if (!normaliseTime(v[`${end}_local`])) errors[`${end}_local`] = { key: "visit.form.time" };
    const zone = v[`${end}_zone`];
    if (zone.trim() === "") errors[`${end}_zone`] = { key: "validation.required" };
    else if (!zoneName(zone)) errors[`${end}_zone`] = { key: "venues.zoneUnknown" };
  }
  if (amending && v.reason.trim() === "") {
    errors.reason = { reason: { key: "amendment_reason_required", status: amending } };
  }
  return errors;
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

export function formToLeg(v: LegFormValues): NewTravelLeg {
  const at = (day: string, time: string) => `${day.trim()}T${normaliseTime(time) ?? time.trim()}`;
  return {
    mode: v.mode,
    from_place: v.from_place.trim(),
    to_place: v.to_place.trim(),
    departs_local: at(v.departs_on, v.departs_local),
    departs_zone: zoneName(v.departs_zone) ?? v.departs_zone.trim(),
    arrives_local: at(v.arrives_on, v.arrives_local),
    arrives_zone: zoneName(v.arrives_zone) ?? v.arrives_zone.trim(),
    carrier: orNull(v.carrier),
    booking_ref: orNull(v.booking_ref),
  };
}

export const LODGING_FIELDS = ["place", "address", "check_in", "check_out", "reason"] as const;
export type LodgingField = (typeof LODGING_FIELDS)[number];

export type LodgingFormValues = {
  place: string;
  address: string;
  check_in: string;
  check_out: string;
  reason: string;
};

/** New lodging: the whole visit. */
export function emptyLodging(v: Pick<Visit, "planned_start" | "planned_end">): LodgingFormValues {
  return {
    place: "",
    address: "",
    check_in: v.planned_start,
    check_out: v.planned_end,
    reason: "",
  };
}

export function checkLodging(
  v: LodgingFormValues,
  amending: VisitStatus | null,
): FieldErrors<LodgingField> {
  const errors: FieldErrors<LodgingField> = {};
  if (v.place.trim() === "") errors.place = { key: "validation.required" };
  for (const f of ["check_in", "check_out"] as const) {
    const day = checkDay(v[f]);
    if (day) errors[f] = day;
  }
  if (!errors.check_in && !errors.check_out && v.check_out.trim() < v.check_in.trim()) {
    errors.check_out = { reason: { key: "ends_before_start", start: v.check_in.trim() } };
  }
  if (amending && v.reason.trim() === "") {
    errors.reason = { reason: { key: "amendment_reason_required", status: amending } };
  }
  return errors;
}

export function formToLodging(v: LodgingFormValues): NewLodging {
  return {
    place: v.place.trim(),
    address: orNull(v.address),
    check_in: v.check_in.trim(),
    check_out: v.check_out.trim(),
  };
}
