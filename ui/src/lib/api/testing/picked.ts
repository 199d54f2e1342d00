import type { Picked } from "$lib/api/dialog";

/** The shape of Tauri's `invoke` (its module is the api wrappers' alone to import). */
type Invoke = (command: string, args?: never, options?: never) => Promise<unknown>;

/**
 * What one of the app's dialogs answers in a test: the path to show, and a token that is not
 * that path, so a test sees which of the two reached a command.
 */
export function picked(path: string): Picked {
  return { token: `token:${path}`, path };
}

/**
 * `@tauri-apps/api/core` for a test that names its file the way the end-to-end suite does
 * (`globalThis.__malakaE2eSave` or `__malakaE2ePick`): `e2e_pick` answers as the suite's build
 * of the shell would, with `picked(path)`; every other command goes to the real `invoke`. In a
 * test file: `vi.mock("@tauri-apps/api/core", async (actual) =>
 * (await import("$lib/api/testing/picked")).withE2ePick(await actual()));`
 */
export function withE2ePick<M extends { invoke: Invoke }>(core: M): M {
  const invoke: Invoke = (command, args, options) =>
    command === "e2e_pick"
      ? Promise.resolve(picked(String((args as { path?: unknown } | undefined)?.path)))
      : core.invoke(command, args, options);
  return { ...core, invoke };
}
