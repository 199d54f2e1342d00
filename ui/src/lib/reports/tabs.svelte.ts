/**
 * The Reports screen's reports, one tab each, in the order shown. A new report adds its id here,
 * its `report.tab.<id>` words and its component in ReportsPage.
 */
export const REPORT_TABS = [
  "dashboard",
  "hours",
  "completion",
  "attendance",
  "certificates",
  "trainers",
  "mobility",
  "audit",
] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

/** The report shown; kept while the officer visits another screen. */
export const reportTab = $state<{ current: ReportTab }>({ current: "dashboard" });
