import { defaultMobilityFilter, type MobilityFilterValues } from "./filters";

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
