// The Reports screen's dashboard: a year's figures beside the year before's, and apart from them
// its completion (the slow part), so the page paints without waiting for it.
import type { Dashboard } from "$lib/bindings/Dashboard";
import type { DashboardCompletion } from "$lib/bindings/DashboardCompletion";
import { call } from "./call";

export type { Dashboard } from "$lib/bindings/Dashboard";
export type { DashboardCompletion } from "$lib/bindings/DashboardCompletion";
export type { MonthCertificates } from "$lib/bindings/MonthCertificates";
export type { OpenActivity } from "$lib/bindings/OpenActivity";
export type { ProgrammeHours } from "$lib/bindings/ProgrammeHours";
export type { YearOnYear } from "$lib/bindings/YearOnYear";

/**
 * Hours and people of `year` and the year before, hours and certificates by month, the top
 * programmes, and the upcoming activities with seats.
 */
export const dashboard = (year: number) => call<Dashboard>("dashboard", { year });

/**
 * Completion over the activities that ended in `year` (every place weighed by its rule: slower
 * than `dashboard` on a large register, so asked beside it).
 */
export const dashboardCompletion = (year: number) =>
  call<DashboardCompletion>("dashboard_completion", { year });
