// Only types are imported at the top: the module stands in for Tauri's, which the modules that
// follow changes import, so importing one of them here would wait on itself.
import type { Change } from "$lib/api/types";
import type { Area } from "$lib/changes/follow";

type Handler = (event: { payload: Change }) => void;
const handlers = new Set<Handler>();

/**
 * Tauri's event module for a component test, standing in for the shell's `register-changed`:
 * `vi.mock("@tauri-apps/api/event", async () => (await import("$lib/testing/changes")).fakeEvents)`,
 * then `announce(...)` plays a notice to every screen listening.
 */
export const fakeEvents = {
  listen: async (_event: string, handler: Handler) => {
    handlers.add(handler);
    return () => void handlers.delete(handler);
  },
};

/** A desk committed a change to `area` (record `id`): every screen listening hears it. */
export function announce(area: Area, id: string | null = null): void {
  for (const h of [...handlers]) h({ payload: { area, id } });
}

/** How many screens are listening now. */
export const listeners = (): number => handlers.size;

/** Waits until a burst of notices has been gathered into a reload (or ignored). */
export async function followDelay(): Promise<void> {
  const { FOLLOW_DELAY_MS } = await import("$lib/changes/follow");
  await new Promise((resolve) => setTimeout(resolve, FOLLOW_DELAY_MS + 50));
}
