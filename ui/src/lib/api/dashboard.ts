// The Reports screen's dashboard: a year's figures beside the year before's.
import type { Dashboard } from "$lib/bindings/Dashboard";
import { call } from "./call";

export type { Dashboard } from "$lib/bindings/Dashboard";
export type { MonthCertificates } from "$lib/bindings/MonthCertificates";
export type { OpenActivity } from "$lib/bindings/OpenActivity";
export type { ProgrammeHours } from "$lib/bindings/ProgrammeHours";
export type { YearOnYear } from "$lib/bindings/YearOnYear";

/**
 * Hours and people of `year` and the year before, completion over the activities that ended in
 * it, hours and certificates by month, the top programmes, and the upcoming activities with seats.
 */
export const dashboard = (year: number) => call<Dashboard>("dashboard", { year });
