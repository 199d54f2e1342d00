// A dashboard chart's Chart.js configuration from its neutral figures and the app's theme. Pure
// (no canvas): the wrapper component hands the result to Chart.js.
import type { ChartConfiguration, ChartDataset, TooltipItem } from "chart.js";
import type { ChartData, Series, Tone, Unit } from "./figures";

export type ChartKind = "bar" | "line" | "doughnut";

/** The colours and font a chart is drawn in: the app's CSS variables, read when it is made. */
export type Theme = Record<Tone, string> & {
  text: string;
  axis: string;
  grid: string;
  surface: string;
  font: string;
};

/** What a stylesheet answers for a property (`getComputedStyle(document.documentElement)`). */
export type StyleSource = { getPropertyValue(name: string): string; fontFamily?: string };

// The values of app.css, should a variable be missing (a test, a stylesheet not yet loaded).
const FALLBACK: Theme = {
  accent: "#1f6f78",
  danger: "#b3261e",
  muted: "#c3ccd6",
  text: "#1d2a36",
  axis: "#5d6b79",
  grid: "#dde3ea",
  surface: "#ffffff",
  font: "system-ui, sans-serif",
};

/** The theme from the app's CSS variables (`--accent`, `--danger`, `--border-strong`, …). */
export function readTheme(style: StyleSource): Theme {
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    accent: v("--accent", FALLBACK.accent),
    danger: v("--danger", FALLBACK.danger),
    muted: v("--border-strong", FALLBACK.muted),
    text: v("--text", FALLBACK.text),
    axis: v("--muted", FALLBACK.axis),
    grid: v("--border", FALLBACK.grid),
    surface: v("--surface", FALLBACK.surface),
    font: style.fontFamily?.trim() || FALLBACK.font,
  };
}

export type ChartOptions = {
  kind: ChartKind;
  /** Bars along the vertical axis, labels down the side (the programmes). */
  horizontal?: boolean;
  /** A figure in the locale's notation, for the axis and the tooltips. */
  format: (unit: Unit, n: number) => string;
};

const drawn = (data: ChartData) => data.series.filter((s) => !s.tableOnly);

function dataset(kind: ChartKind, s: Series, index: number, theme: Theme): ChartDataset {
  const colour = theme[s.tone];
  switch (kind) {
    case "doughnut":
      return {
        label: s.label,
        data: s.values,
        backgroundColor: [theme.accent, theme.muted, theme.danger],
        borderColor: theme.surface,
        borderWidth: 2,
      } as ChartDataset<"doughnut">;
    case "line":
      // Told apart by more than colour: the second line is dashed, with square points.
      return {
        label: s.label,
        data: s.values,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2,
        borderDash: index === 0 ? [] : [6, 4],
        pointStyle: index === 0 ? "circle" : "rect",
        pointRadius: 3,
        tension: 0,
      } as ChartDataset<"line">;
    case "bar":
      return {
        label: s.label,
        data: s.values,
        backgroundColor: colour,
        borderRadius: 3,
        maxBarThickness: 36,
      } as ChartDataset<"bar">;
  }
}

/**
 * The configuration of a chart: no animation (deterministic screenshots and tests, kinder to slow
 * machines), the figures in the locale's notation on the axis and in the tooltips, the legend
 * only when there is more than one thing to tell apart.
 */
export function chartConfig(
  data: ChartData,
  theme: Theme,
  options: ChartOptions,
): ChartConfiguration {
  const { kind, horizontal = false, format } = options;
  const series = drawn(data);
  const font = { family: theme.font, size: 12 };
  const valueOf = (item: TooltipItem<ChartKind>) => Number(item.raw);
  const unitOf = (item: TooltipItem<ChartKind>) => series[item.datasetIndex]?.unit ?? "count";
  const valueUnit = series[0]?.unit ?? "count";
  const valueAxis = {
    beginAtZero: true,
    ticks: {
      color: theme.axis,
      font,
      precision: valueUnit === "count" ? 0 : undefined,
      callback: (value: number | string) => format(valueUnit, Number(value)),
    },
    grid: { color: theme.grid },
    border: { display: false },
  };
  const labelAxis = {
    ticks: { color: theme.axis, font, autoSkip: false },
    grid: { display: false },
  };
  const config = {
    type: kind,
    data: {
      labels: data.axisLabels ?? data.labels,
      datasets: series.map((s, i) => dataset(kind, s, i, theme)),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: theme.text,
      font,
      indexAxis: horizontal ? "y" : "x",
      plugins: {
        legend: {
          display: kind === "doughnut" ? false : series.length > 1,
          position: "bottom",
          labels: { color: theme.text, font, usePointStyle: kind === "line", boxHeight: 9 },
        },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: {
            // The full label (not the axis's short or wrapped one).
            title: (items: TooltipItem<ChartKind>[]) =>
              items.length ? data.labels[items[0].dataIndex] : "",
            label: (item: TooltipItem<ChartKind>) =>
              `${kind === "doughnut" ? data.labels[item.dataIndex] : item.dataset.label}: ${format(unitOf(item), valueOf(item))}`,
          },
        },
      },
      ...(kind === "doughnut"
        ? { cutout: "62%" }
        : {
            scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
          }),
    },
  };
  return config as ChartConfiguration;
}
