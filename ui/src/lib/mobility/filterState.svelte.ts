import {
  defaultInternshipFilter,
  defaultMobilityFilter,
  type InternshipFilterValues,
  type MobilityFilterValues,
} from "./filters";

/**
 * The Mobility list's filters, kept while a visit is opened and the officer comes back, so the
 * list looks as it was left.
 */
export const mobilityFilter = $state<{ values: MobilityFilterValues }>({
  values: defaultMobilityFilter(),
});

export function resetMobilityFilter(): void {
  mobilityFilter.values = defaultMobilityFilter();
}

/** The internship list's filters, kept the same way. */
export const internshipFilter = $state<{ values: InternshipFilterValues }>({
  values: defaultInternshipFilter(),
});

export function resetInternshipFilter(): void {
  internshipFilter.values = defaultInternshipFilter();
}

/** The Mobility screen's two lists; the one shown is kept while a record is opened. */
export type MobilityTab = "visits" | "internships";
export const mobilityTab = $state<{ current: MobilityTab }>({ current: "visits" });
