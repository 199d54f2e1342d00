// A report's period: from and to, both days included, as ISO dates.
import { isIsoDate } from "$lib/i18n/dateInput";

export type Period = { from: string; to: string };

/** 1 January to 31 December of `year`. */
export function yearPeriod(year: number): Period {
  const y = String(year).padStart(4, "0");
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The quick picks beside the period's fields, in the order shown. */
export const PERIOD_PICKS = ["this-year", "last-year"] as const;
export type PeriodPick = (typeof PERIOD_PICKS)[number];

/** The period a quick pick stands for, seen from `today` (the desk's calendar). */
export function pickedPeriod(pick: PeriodPick, today: Date = new Date()): Period {
  const year = today.getFullYear();
  return yearPeriod(pick === "this-year" ? year : year - 1);
}

/** Whether both ends are real days: a half-typed date is not asked about. */
export function isCompletePeriod(p: Period): boolean {
  return isIsoDate(p.from) && isIsoDate(p.to);
}
