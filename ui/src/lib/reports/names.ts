// A report row's group in words.
import type { HoursRow, ReportGrouping } from "$lib/api/types";

export type GroupWords = {
  /** The row of activities outside any programme. */
  noProgramme: string;
  /** A month, given its first day ("2027-03-01"), as the locale names it with its year. */
  month: (firstDay: string) => string;
};

const MONTH_KEY = /^\d{4}-\d{2}$/;

// A month on its own starts with a small letter in most of these languages ("mart 2026");
// at the start of a cell it is capitalised, as the calendar's heading is.
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The row's name: a person, unit, organisation or programme as labelled; a month in words. */
export function groupName(
  row: Pick<HoursRow, "key" | "label">,
  group: ReportGrouping,
  words: GroupWords,
): string {
  if (group === "programme" && row.key === null) return words.noProgramme;
  if (group === "month" && row.key && MONTH_KEY.test(row.key)) {
    return capitalise(words.month(`${row.key}-01`)) || row.label;
  }
  return row.label;
}

/**
 * What a group's name sorts by: as shown (`shownName`), except months and years, which sort by
 * their key ("2027-03") so that they stay in the calendar's order.
 */
export function groupSortName<R extends Pick<HoursRow, "key" | "label">>(
  row: R,
  group: ReportGrouping,
  shownName: (row: R) => string,
): string | null {
  return group === "month" || group === "year" ? row.key : shownName(row);
}
