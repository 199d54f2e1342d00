// A report's filters: as the inputs hold them, and as the report commands take them.
import type { ActivityKind, Organisation, ReportFilter, ReportGrouping } from "$lib/api/types";
import { ACTIVITY_KINDS } from "$lib/plan/catalogue/words";
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

/**
 * The reports that group their rows, and how each groups them at first. The trainers' load by
 * person is one row a trainer; the mobility report by unit is not split by period.
 */
export const DEFAULT_GROUPS = {
  hours: "unit",
  completion: "activity",
  certificates: "month",
  trainers: "person",
  mobility: "unit",
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

/**
 * Which scope filters a report reads: whether it narrows by programme, and the kinds of activity
 * it can narrow to (the mobility report: study visits or internships; any other kind is nothing).
 */
export type ReportScope = { programme: boolean; kinds: readonly ActivityKind[] };

/** Every filter, every kind. */
export const FULL_SCOPE: ReportScope = { programme: true, kinds: ACTIVITY_KINDS };

/**
 * The values as a report of `scope` reads them: a filter it does not offer counts as "any", so
 * what the screen shows is what is asked (the shared values keep the others' choice).
 */
export function withinScope(v: ReportFilterValues, scope: ReportScope): ReportFilterValues {
  return {
    ...v,
    programme: scope.programme ? v.programme : "",
    kind: v.kind && scope.kinds.includes(v.kind) ? v.kind : "",
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
