import type { IdentityColumn } from "$lib/api/types";
import { defaultReportFilter, type ReportFilterValues } from "./filters";
import { DEFAULT_IDENTITY_COLUMNS } from "./identity";

/**
 * The Reports screen's filters, kept while the officer visits another screen, so the report
 * looks as it was left.
 */
export const reportFilter = $state<{ values: ReportFilterValues }>({
  values: defaultReportFilter(),
});

/** Back to everyone, keeping the period and the grouping chosen. */
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
}

/** The identity columns of a file grouped by person, kept the same way. */
export const reportColumns = $state<{ chosen: IdentityColumn[] }>({
  chosen: [...DEFAULT_IDENTITY_COLUMNS],
});

export function resetReportColumns(): void {
  reportColumns.chosen = [...DEFAULT_IDENTITY_COLUMNS];
}
