// The venue form, as the Settings list's Editor: `import * as venueForm`.
import type { ApiError } from "$lib/api/error";
import { placeFieldError, type FieldErrors } from "$lib/api/fieldError";
import type { NewVenue, Venue } from "$lib/api/types";
import { currentLocale } from "$lib/i18n/index.svelte";
import type { Locale } from "$lib/i18n/types";
import { isSeats, numberToText, parseNumber } from "$lib/plan/catalogue/numbers";

export { venueCreate as create, venueUpdate as update } from "$lib/api/venue";

/** The venue form's fields in the order they are shown, named as `ApiError.field` names them. */
export const VENUE_FIELDS = [
  "name",
  "address",
  "city",
  "country",
  "time_zone",
  "capacity",
] as const;
export type VenueField = (typeof VENUE_FIELDS)[number];
/** The fields a venue cannot do without. */
export const REQUIRED: ReadonlySet<VenueField> = new Set(["name", "city", "country", "time_zone"]);

/** What the inputs hold: always strings, "" for empty. */
export type VenueFormValues = Record<VenueField, string>;

/** The zones offered as the zone is typed; any zone of the time zone database is accepted. */
export const COMMON_ZONES = ["Asia/Tashkent", "Asia/Samarkand", "Asia/Baku"] as const;

/** A new venue starts in the user's country: Azerbaijan for Azerbaijani, else Uzbekistan. */
export function emptyVenueForm(locale: Locale): VenueFormValues {
  const az = locale === "az";
  const [country, time_zone] = az ? ["AZ", "Asia/Baku"] : ["UZ", "Asia/Tashkent"];
  return { name: "", address: "", city: "", country, time_zone, capacity: "" };
}

/** The form for a new venue (null) or filled from one. */
export function start(v: Venue | null): VenueFormValues {
  if (!v) return emptyVenueForm(currentLocale());
  const { id: _id, address, capacity, ...text } = v;
  return { ...text, address: address ?? "", capacity: numberToText(capacity) };
}

/**
 * A zone as the time zone database spells it ("asia/baku" → "Asia/Baku"), or null when the
 * system does not know it. The server decides in the end.
 */
export function zoneName(text: string): string | null {
  const zone = text.trim();
  if (zone === "") return null;
  try {
    const known = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
    return known.toLowerCase() === zone.toLowerCase() ? known : zone;
  } catch {
    return null;
  }
}

/** Checks made before saving so obvious slips show at once; the server checks again. */
export function check(v: VenueFormValues): FieldErrors<VenueField> {
  const errors: FieldErrors<VenueField> = {};
  for (const f of REQUIRED) if (v[f].trim() === "") errors[f] = { key: "validation.required" };
  if (!/^[A-Za-z]{2}$/.test(v.country.trim())) errors.country = { key: "validation.country" };
  if (!errors.time_zone && !zoneName(v.time_zone)) errors.time_zone = { key: "venues.zoneUnknown" };
  const capacity = parseNumber(v.capacity);
  if (capacity !== null && !isSeats(capacity)) errors.capacity = { key: "activityForm.seats" };
  return errors;
}

/** The input for `venueCreate`/`venueUpdate`; sent once `check` found nothing. */
export function toInput(v: VenueFormValues): NewVenue {
  const address = v.address.trim();
  return {
    name: v.name.trim(),
    address: address === "" ? null : address,
    city: v.city.trim(),
    country: v.country.trim().toUpperCase(),
    time_zone: zoneName(v.time_zone) ?? v.time_zone.trim(),
    capacity: parseNumber(v.capacity),
  };
}

/** Whether saving would move the venue to another zone (which only new sessions follow). */
export function zoneChanged(venue: Venue | null, v: VenueFormValues): boolean {
  if (!venue) return false;
  const zone = zoneName(v.time_zone) ?? v.time_zone.trim();
  return zone !== "" && zone !== venue.time_zone;
}

export const place = (e: ApiError) => placeFieldError(e, VENUE_FIELDS);

/** Venues as the server lists them: by country, city, then name. */
export function sortVenues(list: readonly Venue[]): Venue[] {
  const key = (v: Venue) => [v.country, v.city, v.name];
  return [...list].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x.map((part, i) => part.localeCompare(y[i])).find((c) => c !== 0) ?? 0;
  });
}
