// The calendar: every session in a period, and the visits and internships across it, filtered.
import { call } from "./call";
import type { CalendarEntry, CalendarQuery, CalendarSpan } from "./types";

/** Sessions in a date range as the calendar shows them, filtered; see `CalendarQuery`. */
export const calendar = (query: CalendarQuery) => call<CalendarEntry[]>("calendar", { query });

/** Study visits and internships with a day in the range, by first day; same filters. */
export const calendarSpans = (query: CalendarQuery) =>
  call<CalendarSpan[]>("calendar_spans", { query });
