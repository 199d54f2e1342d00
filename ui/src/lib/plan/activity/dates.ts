// Calendar dates as the venue writes them ("YYYY-MM-DD"), with no time zone involved: the
// arithmetic runs in UTC so that a daylight-saving change on this computer cannot shift a day.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/;

function toUtc(date: string): Date | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2026-02-31 rolls over to March; such a date is not valid.
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

const fromUtc = (d: Date) => d.toISOString().slice(0, 10);

export function isDate(value: string): boolean {
  return toUtc(value) !== null;
}

/** A time input's value as "HH:MM" (seconds dropped), or null when it is not a time. */
export function normaliseTime(value: string): string | null {
  const m = TIME.exec(value.trim());
  return m ? `${m[1]}:${m[2]}` : null;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday; null for a malformed date. */
export function isoWeekday(date: string): number | null {
  const d = toUtc(date);
  if (!d) return null;
  const day = d.getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string | null {
  const d = toUtc(date);
  if (!d) return null;
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The last day of "for N weeks" from the first day: first day + 7·N − 1 days. */
export function weeksToUntil(firstDay: string, weeks: number): string | null {
  if (!Number.isInteger(weeks) || weeks < 1) return null;
  return addDays(firstDay, 7 * weeks - 1);
}
