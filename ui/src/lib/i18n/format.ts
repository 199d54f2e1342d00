import { format as formatWithDateFns, parseISO } from "date-fns";
import { az as dfAz } from "date-fns/locale/az";
import { enGB } from "date-fns/locale/en-GB";
import { ru as dfRu } from "date-fns/locale/ru";
import { uz as dfUz } from "date-fns/locale/uz";
import { uzCyrl as dfUzCyrl } from "date-fns/locale/uz-Cyrl";
import type { Locale } from "./types";
import { isPlural, type Plural } from "./types";

export type Params = Record<string, string | number>;

/** Replaces each `{name}` with its parameter; unknown names stay visible so they get noticed. */
export function interpolate(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the plural form Intl.PluralRules names for `count` in `locale` ("other" if absent). */
export function pluralForm(locale: Locale, message: Plural, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return message[category] ?? message.other;
}

export function render(
  locale: Locale,
  message: string | Plural,
  params: Params = {},
  count?: number,
): string {
  if (isPlural(message)) {
    const n = count ?? Number(params.count ?? 0);
    return interpolate(pluralForm(locale, message, n), {
      ...params,
      count: formatNumber(locale, n),
    });
  }
  return interpolate(message, params);
}

// Chromium's Intl has no Uzbek or Azerbaijani date data, so dates go through date-fns locales.
const DATE_LOCALES = { "uz-Latn": dfUz, "uz-Cyrl": dfUzCyrl, ru: dfRu, az: dfAz, en: enGB };

/** A date (Date or ISO text) in the locale's long form, e.g. "10 mart 2025". Empty if invalid. */
export function formatDate(locale: Locale, value: Date | string, pattern = "d MMMM yyyy"): string {
  const date = typeof value === "string" ? parseISO(value) : value;
  if (Number.isNaN(date.getTime())) return "";
  return formatWithDateFns(date, pattern, { locale: DATE_LOCALES[locale] });
}

// Grouping written out for the same reason: uz/az Intl number data is missing in Chromium.
// All but English group thousands with a no-break space.
const GROUP: Record<Locale, string> = {
  "uz-Latn": "\u00a0",
  "uz-Cyrl": "\u00a0",
  ru: "\u00a0",
  az: "\u00a0",
  en: ",",
};

/** An integer with the locale's thousands separator: 200 000 / 200,000. */
export function formatNumber(locale: Locale, n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[locale]);
}

const DECIMAL: Record<Locale, string> = {
  "uz-Latn": ",",
  "uz-Cyrl": ",",
  ru: ",",
  az: ",",
  en: ".",
};

/** A number with at most `digits` decimals, trailing zeros dropped: 72,5 / 72.5 / 80. */
export function formatDecimal(locale: Locale, n: number, digits = 1): string {
  const [whole, fraction = ""] = Math.abs(n).toFixed(digits).split(".");
  const kept = fraction.replace(/0+$/, "");
  const sign = n < 0 && Number(Math.abs(n).toFixed(digits)) !== 0 ? "-" : "";
  return sign + formatNumber(locale, Number(whole)) + (kept ? DECIMAL[locale] + kept : "");
}
