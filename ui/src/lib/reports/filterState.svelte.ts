import type { IdentityColumn, ReportGrouping } from "$lib/api/types";
import {
  DEFAULT_GROUPS,
  defaultReportFilter,
  type GroupedReport,
  type ReportFilterValues,
} from "./filters";
import { DEFAULT_IDENTITY_COLUMNS } from "./identity";

/**
 * The Reports screen's filters, kept while the officer visits another screen, so a report looks
 * as it was left: the period and scope shared by every report, the grouping each report's own.
 */
export const reportFilter = $state<{
  values: ReportFilterValues;
  groups: Record<GroupedReport, ReportGrouping>;
}>({
  values: defaultReportFilter(),
  groups: { ...DEFAULT_GROUPS },
});

/** Back to everyone, keeping the period and the groupings chosen. */
export function clearReportScope(): void {
  reportFilter.values = {
    ...reportFilter.values,
    organisation: "",
    programme: "",
    kind: "",
    country: "",
  };
}

export function resetReportFilter(): void {
  reportFilter.values = defaultReportFilter();
  reportFilter.groups = { ...DEFAULT_GROUPS };
}

/** The identity columns of a file naming people (by person, or one row a person), kept the same way. */
export const reportColumns = $state<{ chosen: IdentityColumn[] }>({
  chosen: [...DEFAULT_IDENTITY_COLUMNS],
});

export function resetReportColumns(): void {
  reportColumns.chosen = [...DEFAULT_IDENTITY_COLUMNS];
}
