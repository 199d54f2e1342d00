import { describe, expect, it } from "vitest";
import { certificatesChart, completionChart, hoursChart, programmesChart } from "./charts";
import { completionSplit } from "./figures";
import { busyCompletion, busyDashboard } from "./fixtures";

const d = busyDashboard(2026);

describe("the dashboard's charts", () => {
  it("lays the hours out by month, January first, named in the locale", () => {
    const chart = hoursChart("ru", d, { month: "Месяц", hours: "Часы" });
    expect(chart.labelHeading).toBe("Месяц");
    expect(chart.labels).toHaveLength(12);
    expect(chart.labels[2]).toBe("Март");
    expect(chart.axisLabels?.[2]).toBe("Март");
    expect(chart.axisLabels?.[0]).toBe("Янв.");
    expect(chart.series).toEqual([
      { label: "Часы", values: d.hours_by_month, unit: "hours", tone: "accent" },
    ]);
  });

  it("draws certificates issued and revoked, a line each", () => {
    const chart = certificatesChart("az", d, { month: "Ay", issued: "Verilib", revoked: "Ləğv" });
    expect(chart.labels[0]).toBe("Yanvar");
    expect(chart.series.map((s) => [s.label, s.tone, s.unit])).toEqual([
      ["Verilib", "accent", "count"],
      ["Ləğv", "danger", "count"],
    ]);
    expect(chart.series[0].values[2]).toBe(30);
    expect(chart.series[1].values[2]).toBe(2);
  });

  it("ranks programmes by hours; people go to the table only; long titles wrap", () => {
    const chart = programmesChart(d, { programme: "P", hours: "H", people: "N" });
    expect(chart.labels).toEqual(["Davlat xaridlari toʻgʻrisidagi qonunchilik", "Public finance"]);
    expect(chart.axisLabels?.[0]).toEqual(["Davlat xaridlari", "toʻgʻrisidagi qonunchilik"]);
    expect(chart.series[0]).toMatchObject({ values: [5000, 2500.5], unit: "hours" });
    expect(chart.series[1]).toMatchObject({ values: [400, 210], tableOnly: true });
  });

  it("splits completion into two slices", () => {
    const chart = completionChart(completionSplit(busyCompletion(2026)), {
      result: "Result",
      places: "Participants",
      completed: "Completed",
      notCompleted: "Not completed",
    });
    expect(chart.labels).toEqual(["Completed", "Not completed"]);
    expect(chart.series[0].values).toEqual([870, 130]);
  });
});
