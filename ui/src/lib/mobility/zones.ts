// The clocks a visit is kept on: the host's (the programme is written in it) and the visitors'.
import type { Organisation } from "$lib/api/types";
import type { Locale } from "$lib/i18n/types";

/** The zone a country's capital keeps, for the countries Malaka's partners are usually in. */
const CAPITAL_ZONES: Record<string, string> = {
  AZ: "Asia/Baku",
  UZ: "Asia/Tashkent",
  KZ: "Asia/Almaty",
  KG: "Asia/Bishkek",
  TJ: "Asia/Dushanbe",
  TM: "Asia/Ashgabat",
  GE: "Asia/Tbilisi",
  TR: "Europe/Istanbul",
  RU: "Europe/Moscow",
};

/** The zones offered as a zone is typed; any zone of the time zone database is accepted. */
export const VISIT_ZONES = [
  "Asia/Tashkent",
  "Asia/Baku",
  "Asia/Samarkand",
  "Asia/Almaty",
  "Asia/Bishkek",
  "Asia/Dushanbe",
  "Europe/Istanbul",
] as const;

/** The zone of a country's capital, or null for a country not listed. */
export function zoneOfCountry(country: string | null | undefined): string | null {
  return CAPITAL_ZONES[(country ?? "").trim().toUpperCase()] ?? null;
}

/** The zone an organisation keeps, by its country; null when not known. */
export function zoneOfOrg(orgs: readonly Organisation[], id: string): string | null {
  return zoneOfCountry(orgs.find((o) => o.id === id)?.country);
}

/**
 * The clocks of a new visit before its organisations are chosen: an Azerbaijani desk is at home
 * in Baku and most often visits Tashkent; everyone else the other way round.
 */
export function defaultZones(locale: Locale): { home: string; host: string } {
  return locale === "az"
    ? { home: "Asia/Baku", host: "Asia/Tashkent" }
    : { home: "Asia/Tashkent", host: "Asia/Baku" };
}
