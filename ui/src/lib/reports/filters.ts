// A report's filters: as the inputs hold them, and as the report commands take them.
import type { ActivityKind, Organisation, ReportFilter, ReportGrouping } from "$lib/api/types";
import { pickedPeriod } from "./period";

/** Every grouping, in the order the select offers them. */
export const GROUPINGS = [
  "person",
  "unit",
  "organisation",
  "programme",
  "activity",
  "month",
  "year",
] as const satisfies readonly ReportGrouping[];

/**
 * The period and scope as the inputs hold them ("" for "any"): shared by the reports, each of
 * which groups its rows its own way.
 */
export type ReportFilterValues = {
  from: string;
  to: string;
  organisation: string;
  programme: string;
  kind: ActivityKind | "";
  /** Two letters. */
  country: string;
};

/** The reports that group their rows, and how each groups them at first. */
export const DEFAULT_GROUPS = {
  hours: "unit",
  completion: "activity",
} as const satisfies Record<string, ReportGrouping>;
export type GroupedReport = keyof typeof DEFAULT_GROUPS;

/** This calendar year, everyone. */
export function defaultReportFilter(today: Date = new Date()): ReportFilterValues {
  return {
    ...pickedPeriod("this-year", today),
    organisation: "",
    programme: "",
    kind: "",
    country: "",
  };
}

/** The filter as the report commands take it, grouped by `group`: every "any" becomes null. */
export function reportFilterToApi(v: ReportFilterValues, group: ReportGrouping): ReportFilter {
  return {
    from: v.from,
    to: v.to,
    organisation_id: v.organisation || null,
    programme_id: v.programme || null,
    kind: v.kind || null,
    country: v.country || null,
    group_by: group,
  };
}

/** Whether a scope filter (organisation, programme, kind, country) narrows the report. */
export function isNarrowed(v: ReportFilterValues): boolean {
  return [v.organisation, v.programme, v.kind, v.country].some((x) => x !== "");
}

/** The countries of the register's organisations, each once, sorted. */
export function reportCountries(orgs: readonly Organisation[]): string[] {
  return [...new Set(orgs.map((o) => o.country.toUpperCase()))].filter(Boolean).sort();
}
