import type { PluralKey, TextKey } from "./catalogue";
import { CATALOGUES } from "./catalogues";
import * as fmt from "./format";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./types";

export { LOCALES, LOCALE_NAMES, type Locale } from "./types";

const STORAGE_KEY = "malaka.locale";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage can be disabled; the default is still usable
  }
}

// Reading `state.locale` inside t() makes every message in a template re-render on a switch.
const state = $state({ locale: storedLocale() });

export function currentLocale(): Locale {
  return state.locale;
}

export function setLocale(locale: Locale): void {
  state.locale = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered, but switched for this run
  }
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

/** A message in the current locale. */
export function t(key: TextKey, params?: fmt.Params): string {
  return fmt.render(state.locale, CATALOGUES[state.locale][key], params);
}

/** A counted message in the current locale: "5 человек", "2 человека". */
export function tn(key: PluralKey, count: number, params?: fmt.Params): string {
  return fmt.render(state.locale, CATALOGUES[state.locale][key], params, count);
}

export const formatDate = (value: Date | string, pattern?: string) =>
  fmt.formatDate(state.locale, value, pattern);

/** A run of days ("3 March 2027 – 7 March 2027"): a single date when it is one day. */
export const formatDays = (from: string, to: string, pattern?: string) =>
  from === to
    ? formatDate(from, pattern)
    : `${formatDate(from, pattern)} – ${formatDate(to, pattern)}`;

export const formatNumber = (n: number) => fmt.formatNumber(state.locale, n);

/** A number with at most `digits` decimals in the locale's notation: 72,5 % / 72.5 %. */
export const formatDecimal = (n: number, digits = 1) => fmt.formatDecimal(state.locale, n, digits);
