import { listen } from "@tauri-apps/api/event";
import type { Change } from "./types";

/** What the shell emits when any desk commits a change to the team register. */
export const REGISTER_CHANGED = "register-changed";

/**
 * Calls `handler` with each change any desk (this one too) commits to a team register; resolves
 * with the function that stops listening. A register file has one desk: no change is announced.
 * Outside the app (a plain browser, a component test) there is no event bridge to listen on, so
 * nothing is followed and the returned function does nothing.
 */
export async function onRegisterChanged(handler: (c: Change) => void): Promise<() => void> {
  try {
    return await listen<Change>(REGISTER_CHANGED, (event) => handler(event.payload));
  } catch {
    return () => {};
  }
}
