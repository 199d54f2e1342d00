import { normaliseError, type ApiError } from "$lib/api/error";
import { databaseQuickCheck } from "$lib/api/maintenance";

/**
 * The verdict of the integrity check run once after the first screen. Opening does not check
 * the file (a national register takes seconds to read), so damage is reported here, loudly.
 */
export const integrity = $state<{ damage: ApiError | null }>({ damage: null });

/** Runs the check (the app does once per run); only damage is shown, other failures are logged. */
export async function checkIntegrity(): Promise<void> {
  try {
    await databaseQuickCheck();
  } catch (e) {
    const error = normaliseError(e);
    if (error.code === "damaged") integrity.damage = error;
  }
}
