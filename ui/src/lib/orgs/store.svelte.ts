import type { ApiError } from "$lib/api/error";
import { organisationList } from "$lib/api/organisation";
import type { Organisation } from "$lib/api/types";

/**
 * The organisation list, shared by every screen that shows or picks one. It changes only when
 * an organisation is added, edited or moved, or the demo is loaded, and those call
 * `loadOrganisations` again.
 */
export const orgs = $state<{ list: Organisation[]; loaded: boolean; error: ApiError | null }>({
  list: [],
  loaded: false,
  error: null,
});

export async function loadOrganisations(): Promise<void> {
  try {
    orgs.list = await organisationList();
    orgs.error = null;
  } catch (e) {
    orgs.error = e as ApiError;
  } finally {
    orgs.loaded = true;
  }
}

export function organisationName(id: string | null | undefined): string {
  if (!id) return "";
  return orgs.list.find((o) => o.id === id)?.name ?? "";
}
