// The calendar: every session in a period, filtered.
import { call } from "./call";
import type { CalendarEntry, CalendarQuery } from "./types";

/** Sessions in a date range as the calendar shows them, filtered; see `CalendarQuery`. */
export const calendar = (query: CalendarQuery) => call<CalendarEntry[]>("calendar", { query });
