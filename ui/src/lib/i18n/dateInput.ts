// Dates as a person types and reads them in a field, in the app's language rather than the
// system's: dd.MM.yyyy in Uzbek, Russian and Azerbaijani; yyyy-MM-dd in English (unambiguous to
// both British and American readers, and the form the API uses). The value behind every field
// stays ISO "YYYY-MM-DD". Arithmetic runs in UTC so a clock change cannot shift a day.
import type { Locale } from "./types";

/** The order a locale writes a date's numbers in: day first, or year first. */
export const DATE_ORDER: Record<Locale, "dmy" | "ymd"> = {
  "uz-Latn": "dmy",
  "uz-Cyrl": "dmy",
  ru: "dmy",
  az: "dmy",
  en: "ymd",
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// Year first is unambiguous in every locale; the separator may be "-", "." or "/".
const YEAR_FIRST = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;
// Day first, for the locales that write it so; "17.12.2026", "17/12/2026", "17-12-2026", "1.2.2026".
const DAY_FIRST = /^(\d{1,2})[-./\s](\d{1,2})[-./\s](\d{4})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" for the day, or null when there is no such day. */
function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True for a real calendar day written "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  return m !== null && isoOf(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** An ISO date as the locale writes it in a field ("17.12.2026"); "" when it is not one. */
export function formatDateInput(locale: Locale, iso: string): string {
  if (!isIsoDate(iso)) return "";
  if (DATE_ORDER[locale] === "ymd") return iso;
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

export type ParsedDate =
  | { kind: "empty" }
  | { kind: "date"; iso: string }
  /** Not written as a date of this locale (nor as ISO). */
  | { kind: "malformed" }
  /** Written as a date, but no such day exists: 31.02.2026. */
  | { kind: "impossible" };

/**
 * What a person typed (or pasted) into a date field: the locale's own form or ISO yyyy-mm-dd,
 * surrounding spaces ignored, day and month with or without a leading zero.
 */
export function parseDateInput(locale: Locale, text: string): ParsedDate {
  const s = text.trim();
  if (s === "") return { kind: "empty" };
  let parts: [string, string, string] | null = null;
  const ymd = YEAR_FIRST.exec(s);
  if (ymd) parts = [ymd[1], ymd[2], ymd[3]];
  else if (DATE_ORDER[locale] === "dmy") {
    const dmy = DAY_FIRST.exec(s);
    if (dmy) parts = [dmy[3], dmy[2], dmy[1]];
  }
  if (!parts) return { kind: "malformed" };
  const [year, month, day] = parts.map(Number);
  if (year < 1000) return { kind: "malformed" };
  const iso = isoOf(year, month, day);
  return iso ? { kind: "date", iso } : { kind: "impossible" };
}

/** Today on this computer's calendar, as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const toUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fromUtc = (d: Date) => d.toISOString().slice(0, 10);

/** The day `days` after (or before) `iso`. */
export function shiftDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The same day `months` later (or earlier), kept within the shorter month: 31 Jan → 28 Feb. */
export function shiftMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysIn(year, month)))}`;
}

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(iso: string): number {
  return (toUtc(iso).getUTCDay() + 6) % 7;
}

/** The Monday of the week holding `iso`. */
export function weekStart(iso: string): string {
  return shiftDays(iso, -weekdayIndex(iso));
}

/** The month holding `iso` as whole weeks, Monday first: each week is seven ISO days. */
export function monthWeeks(iso: string): string[][] {
  const first = `${iso.slice(0, 7)}-01`;
  const [y, m] = iso.split("-").map(Number);
  const last = `${iso.slice(0, 7)}-${pad(daysIn(y, m))}`;
  const weeks: string[][] = [];
  for (let start = weekStart(first); start <= last; start = shiftDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => shiftDays(start, i)));
  }
  return weeks;
}

/** `iso` kept within [min, max] where those are given (ISO strings compare as dates). */
export function clampDate(iso: string, min?: string, max?: string): string {
  if (min && isIsoDate(min) && iso < min) return min;
  if (max && isIsoDate(max) && iso > max) return max;
  return iso;
}
