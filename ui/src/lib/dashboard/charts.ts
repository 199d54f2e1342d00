// The dashboard's charts as neutral figures (`ChartData`): the chart draws them, the table under
// "Show as table" lists them. Words come in from the catalogue, so this stays plain TS.
import type { Dashboard } from "$lib/api/dashboard";
import type { Locale } from "$lib/i18n/types";
import { type ChartData, type CompletionSplit, monthName, monthNames, wrapLabel } from "./figures";

/** Hours attended each month of the year, January first. */
export function hoursChart(
  locale: Locale,
  d: Pick<Dashboard, "year" | "hours_by_month">,
  words: { month: string; hours: string },
): ChartData {
  return {
    labelHeading: words.month,
    labels: monthNames(locale, d.year),
    axisLabels: monthNames(locale, d.year, true),
    series: [{ label: words.hours, values: d.hours_by_month, unit: "hours", tone: "accent" }],
  };
}

/** Certificates issued and revoked each month, in the order the dashboard lists the months. */
export function certificatesChart(
  locale: Locale,
  d: Pick<Dashboard, "certificates">,
  words: { month: string; issued: string; revoked: string },
): ChartData {
  const months = d.certificates;
  return {
    labelHeading: words.month,
    labels: months.map((m) => monthName(locale, m.month)),
    axisLabels: months.map((m) => monthName(locale, m.month, true)),
    series: [
      { label: words.issued, values: months.map((m) => m.issued), unit: "count", tone: "accent" },
      { label: words.revoked, values: months.map((m) => m.revoked), unit: "count", tone: "danger" },
    ],
  };
}

/** The programmes with the most hours, most first; the people they trained in the table only. */
export function programmesChart(
  d: Pick<Dashboard, "top_programmes">,
  words: { programme: string; hours: string; people: string },
): ChartData {
  const rows = d.top_programmes;
  return {
    labelHeading: words.programme,
    labels: rows.map((p) => p.title),
    axisLabels: rows.map((p) => wrapLabel(p.title, 28)),
    series: [
      { label: words.hours, values: rows.map((p) => p.hours), unit: "hours", tone: "accent" },
      {
        label: words.people,
        values: rows.map((p) => p.people),
        unit: "count",
        tone: "muted",
        tableOnly: true,
      },
    ],
  };
}

/** Completed and not completed, two slices. */
export function completionChart(
  split: CompletionSplit,
  words: { result: string; places: string; completed: string; notCompleted: string },
): ChartData {
  return {
    labelHeading: words.result,
    labels: [words.completed, words.notCompleted],
    series: [
      {
        label: words.places,
        values: [split.completed, split.notCompleted],
        unit: "count",
        tone: "accent",
      },
    ],
  };
}
