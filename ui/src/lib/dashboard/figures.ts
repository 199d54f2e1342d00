// The dashboard's figures shaped for its tiles, charts and tables, in plain TS (no Chart.js, no
// DOM): what changed since last year, month names, the completion split, seats in words, and
// the charts' data as neutral series that both the chart and its table read.
import type { Dashboard, DashboardCompletion, OpenActivity, YearOnYear } from "$lib/api/dashboard";
import { formatDate, formatDecimal, formatNumber } from "$lib/i18n/format";
import type { Locale } from "$lib/i18n/types";

/** How a figure moved since last year. `new`: none last year, some now; `none`: none in either. */
export type Change =
  { direction: "up" | "down"; percent: number } | { direction: "same" | "new" | "none" };

/** The change from last year to this year, in percent of last year's figure (one decimal). */
export function yearChange({ this_year, last_year }: YearOnYear): Change {
  if (last_year === 0) return { direction: this_year === 0 ? "none" : "new" };
  const percent = Math.round(((this_year - last_year) / last_year) * 1000) / 10;
  if (percent === 0) return { direction: "same" };
  return { direction: percent > 0 ? "up" : "down", percent: Math.abs(percent) };
}

/** The years the picker offers: `current` first, then the `count - 1` before it. */
export function yearChoices(current: number, count = 10): number[] {
  return Array.from({ length: count }, (_, i) => current - i);
}

// A month on its own starts with a small letter in most of these languages ("mart"); as a label
// it is capitalised, as the calendar's heading and the hours report's month rows are.
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * A month (`2026-03`) as the locale names it: in full ("Mart") or short ("Mar") for an axis.
 * Through date-fns, as every date in the app (Chromium has no Uzbek or Azerbaijani month names).
 */
export function monthName(locale: Locale, month: string, short = false): string {
  return capitalise(formatDate(locale, `${month}-01`, short ? "LLL" : "LLLL"));
}

/** `2026-03` for March 2026 (month 1–12). */
export const monthKey = (year: number, month: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;

/** The twelve months of `year`, January first, named as `monthName` names them. */
export function monthNames(locale: Locale, year: number, short = false): string[] {
  return Array.from({ length: 12 }, (_, i) => monthName(locale, monthKey(year, i + 1), short));
}

/** Places decided in the activities that ended in the year: completed or not. */
export type CompletionSplit = {
  completed: number;
  notCompleted: number;
  decided: number;
  /** Percent completed of those decided; null when none is. */
  rate: number | null;
};

/** The completion answer (`dashboard_completion`) as the tile and its doughnut read it. */
export function completionSplit(
  d: Pick<DashboardCompletion, "completed" | "not_completed" | "completion_rate">,
): CompletionSplit {
  const decided = d.completed + d.not_completed;
  const rate = decided === 0 ? null : (d.completion_rate ?? (d.completed / decided) * 100);
  return { completed: d.completed, notCompleted: d.not_completed, decided, rate };
}

/** How a figure is written: hours with a decimal, counts whole. */
export type Unit = "hours" | "count";

/** A figure in the locale's notation: hours with at most one decimal, counts whole. */
export function formatFigure(locale: Locale, unit: Unit, n: number): string {
  return unit === "hours" ? formatDecimal(locale, n, 1) : formatNumber(locale, n);
}

/** The words seats are told in (from the catalogue). */
export type SeatWords = {
  /** "12 of 20" */
  enrolledOf: (enrolled: string, capacity: string) => string;
  /** The activity has no limit. */
  noLimit: string;
};

/** Enrolled against the seats ("12 of 20"), or just the enrolled when there is no limit. */
export function enrolledText(locale: Locale, a: OpenActivity, words: SeatWords): string {
  const enrolled = formatNumber(locale, a.enrolled);
  return a.capacity === null
    ? enrolled
    : words.enrolledOf(enrolled, formatNumber(locale, a.capacity));
}

/** The seats left, or "no limit". */
export function freeText(locale: Locale, a: OpenActivity, words: SeatWords): string {
  return a.free === null ? words.noLimit : formatNumber(locale, a.free);
}

/**
 * A register (or a year of it) with nothing to chart and no activity to offer. The completion
 * comes apart: while it is not known (`null`: on its way, or failed) the year is not called
 * empty, as it may yet have results.
 */
export function isEmptyDashboard(
  d: Dashboard,
  completion: Pick<DashboardCompletion, "completed" | "not_completed"> | null,
): boolean {
  const none = (ns: number[]) => ns.every((n) => n === 0);
  return (
    none([d.hours.this_year, d.hours.last_year, d.people.this_year, d.people.last_year]) &&
    completion !== null &&
    completion.completed + completion.not_completed === 0 &&
    none(d.hours_by_month) &&
    none(d.certificates.flatMap((m) => [m.issued, m.revoked])) &&
    d.top_programmes.length === 0 &&
    d.open_activities.length === 0
  );
}

/** The colours a series is drawn in, named as the theme's CSS variables are. */
export type Tone = "accent" | "danger" | "muted";

/** One series of figures: a bar colour, a line, or (for a doughnut) the slices. */
export type Series = {
  label: string;
  values: number[];
  unit: Unit;
  tone: Tone;
  /** Shown in the table only (a figure the chart does not draw, e.g. people beside hours). */
  tableOnly?: boolean;
};

/** A chart's figures: a label a bar, point or slice, and the series drawn over them. */
export type ChartData = {
  /** Named as the table's first column ("Month", "Programme"). */
  labelHeading: string;
  /** As the table names them, in full. */
  labels: string[];
  /** As the chart's axis names them, when shorter than `labels` ("Mar"; a title on two lines). */
  axisLabels?: (string | string[])[];
  series: Series[];
};

export const total = (values: number[]) => values.reduce((sum, n) => sum + n, 0);

/** The index of the largest figure (the first of equals); -1 for none or all zero. */
export function peakIndex(values: number[]): number {
  let best = -1;
  values.forEach((n, i) => {
    if (n > 0 && (best < 0 || n > values[best])) best = i;
  });
  return best;
}

/** Every figure of the drawn series is zero: nothing to draw. */
export const isBlank = (data: ChartData) =>
  data.series.filter((s) => !s.tableOnly).every((s) => s.values.every((n) => n === 0));

/**
 * A long label cut into at most `lines` lines of about `width` characters at spaces (a word
 * longer than the line is cut), the last ending in "…" when the rest did not fit. For the
 * programmes' axis: a long Uzbek or Azerbaijani title must not squeeze the bars.
 */
export function wrapLabel(text: string, width = 24, lines = 2): string[] {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    line = word;
    while (line.length > width) {
      out.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = kept[lines - 1];
  kept[lines - 1] = (last.length >= width ? last.slice(0, width - 1) : last) + "…";
  return kept;
}
