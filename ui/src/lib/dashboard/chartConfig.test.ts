import { describe, expect, it } from "vitest";
import { chartConfig, readTheme, type Theme } from "./chartConfig";
import { certificatesChart, programmesChart } from "./charts";
import { formatFigure } from "./figures";
import { busyDashboard } from "./fixtures";

const theme: Theme = {
  accent: "#010101",
  danger: "#020202",
  muted: "#030303",
  text: "#040404",
  axis: "#050505",
  grid: "#060606",
  surface: "#070707",
  font: "Test Sans",
};
const format = (unit: "hours" | "count", n: number) => formatFigure("ru", unit, n);
const d = busyDashboard();

// Chart.js's options are loosely typed; the tests read them as plain objects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

describe("readTheme", () => {
  it("reads the app's CSS variables, falling back to app.css's values", () => {
    const vars: Record<string, string> = { "--accent": " #123456 ", "--danger": "#abcdef" };
    const t = readTheme({ getPropertyValue: (n) => vars[n] ?? "", fontFamily: "Noto Sans" });
    expect(t.accent).toBe("#123456");
    expect(t.danger).toBe("#abcdef");
    expect(t.muted).toBe("#c3ccd6");
    expect(t.font).toBe("Noto Sans");
  });
});

describe("chartConfig", () => {
  it("draws without animation, in the theme's colours, figures in the locale", () => {
    const data = certificatesChart("ru", d, {
      month: "Месяц",
      issued: "Выдано",
      revoked: "Отозвано",
    });
    const config: Loose = chartConfig(data, theme, { kind: "line", format });
    expect(config.type).toBe("line");
    expect(config.options.animation).toBe(false);
    expect(config.data.labels[0]).toBe("Янв.");
    expect(config.data.datasets.map((s: Loose) => s.borderColor)).toEqual(["#010101", "#020202"]);
    // The second line is told apart by more than its colour.
    expect(config.data.datasets[1].borderDash).toEqual([6, 4]);
    expect(config.options.plugins.legend.display).toBe(true);
    expect(config.options.scales.y.ticks.callback(1500)).toBe("1\u00a0500");
    const item = { raw: 1234, datasetIndex: 0, dataIndex: 2, dataset: { label: "Выдано" } };
    expect(config.options.plugins.tooltip.callbacks.label(item)).toBe("Выдано: 1\u00a0234");
    expect(config.options.plugins.tooltip.callbacks.title([item])).toBe("Март");
  });

  it("lays a horizontal bar chart's labels down the side and leaves table-only series out", () => {
    const data = programmesChart(d, { programme: "P", hours: "Hours", people: "People" });
    const config: Loose = chartConfig(data, theme, { kind: "bar", horizontal: true, format });
    expect(config.options.indexAxis).toBe("y");
    expect(config.data.datasets).toHaveLength(1);
    expect(config.options.plugins.legend.display).toBe(false);
    expect(config.options.scales.x.ticks.callback(2500.5)).toBe("2\u00a0500,5");
  });

  it("makes a doughnut without scales, its slices named in the tooltip", () => {
    const data = {
      labelHeading: "Result",
      labels: ["Completed", "Not completed"],
      series: [
        { label: "People", values: [3, 1], unit: "count" as const, tone: "accent" as const },
      ],
    };
    const config: Loose = chartConfig(data, theme, { kind: "doughnut", format });
    expect(config.options.scales).toBeUndefined();
    expect(config.data.datasets[0].backgroundColor.slice(0, 2)).toEqual(["#010101", "#030303"]);
    const item = { raw: 1, datasetIndex: 0, dataIndex: 1, dataset: { label: "People" } };
    expect(config.options.plugins.tooltip.callbacks.label(item)).toBe("Not completed: 1");
  });
});
