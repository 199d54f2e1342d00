import type { PersonSort } from "$lib/api/types";

/**
 * The people list's search, sort and filter. Kept outside the page so that opening a person and
 * coming back finds the list as it was left.
 */
export const peopleQuery = $state<{ search: string; sort: PersonSort; organisationId: string }>({
  search: "",
  sort: "name",
  organisationId: "",
});

/** The server returns at most this many search results (crates/api person::MAX_PAGE). */
export const SEARCH_LIMIT = 1000;
