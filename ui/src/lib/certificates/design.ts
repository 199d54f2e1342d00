// The certificate design screen's logic in plain TS: which organisations issue certificates,
// which one to show first, and which second languages a preview can add.
import type { Organisation } from "$lib/api/types";
import { LOCALES, type Locale } from "$lib/i18n/types";

/** Only organisations with a short code issue certificates (it starts their numbers). */
export function issuers(orgs: Organisation[]): Organisation[] {
  return orgs.filter((o) => (o.short_code ?? "").trim() !== "");
}

/** The first agency or service centre, else the first issuer; null when there is none. */
export function defaultIssuer(orgs: Organisation[]): Organisation | null {
  return orgs.find((o) => o.kind === "agency" || o.kind === "service_centre") ?? orgs[0] ?? null;
}

/** The languages a bilingual certificate can add to `locale`. */
export function secondLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}
