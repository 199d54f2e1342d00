import { defaultActivityFilter, type ActivityFilterValues } from "./filters";

/**
 * The activity list's filters, kept while the officer opens an activity and comes back, so the
 * list looks as it was left.
 */
export const activityFilter = $state<{ values: ActivityFilterValues }>({
  values: defaultActivityFilter(),
});

export function resetActivityFilter(): void {
  activityFilter.values = defaultActivityFilter();
}
