import { emptyAuditFilter, type AuditFilterValues } from "./filters";

/**
 * The audit log's filters, kept while the officer visits another screen (a person opened from
 * a line), so the log looks as it was left.
 */
export const auditFilter = $state<{ values: AuditFilterValues }>({ values: emptyAuditFilter() });

export function resetAuditFilter(): void {
  auditFilter.values = emptyAuditFilter();
}
