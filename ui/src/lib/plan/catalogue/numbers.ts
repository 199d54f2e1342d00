/**
 * Reads a number typed by a person: spaces and no-break spaces between digit groups are ignored
 * and a comma may be the decimal mark ("1 200", "7,5"). Empty text is null; anything that is not
 * a number is NaN, so a check can tell "left blank" from "mistyped".
 */
export function parseNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;
  const normal = compact.replace(",", ".");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normal)) return Number.NaN;
  return Number(normal);
}

/** Planned hours are 0 to 10 000, as the server accepts them. */
export const MAX_HOURS = 10_000;

export function isHours(n: number): boolean {
  return Number.isFinite(n) && n >= 0 && n <= MAX_HOURS;
}

/** A capacity is a whole number of seats, at least one (the server caps it at a million). */
export function isSeats(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n <= 1_000_000;
}

/** A number as the form shows it for editing: plain digits, a dot for decimals, no grouping. */
export function numberToText(n: number | null | undefined): string {
  return n === null || n === undefined ? "" : String(n);
}
