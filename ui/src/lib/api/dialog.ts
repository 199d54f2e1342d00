import { open } from "@tauri-apps/plugin-dialog";
import { normaliseError } from "./error";

/**
 * The native open dialog for one file of the given extensions; null if cancelled.
 * WebDriver cannot drive the native GTK dialog: the end-to-end suite names its file in
 * `globalThis.__malakaE2ePick`.
 */
export async function pickOpenPath(
  title: string,
  filterName: string,
  extensions: string[],
): Promise<string | null> {
  const e2ePick = (globalThis as { __malakaE2ePick?: unknown }).__malakaE2ePick;
  if (typeof e2ePick === "string") return e2ePick;
  try {
    const chosen = await open({
      title,
      multiple: false,
      directory: false,
      filters: [{ name: filterName, extensions }],
    });
    return typeof chosen === "string" ? chosen : null;
  } catch (e) {
    throw normaliseError(e);
  }
}

/** The native dialog for choosing a folder; null if cancelled (e2e: `__malakaE2ePick`). */
export async function pickFolder(title: string): Promise<string | null> {
  const e2ePick = (globalThis as { __malakaE2ePick?: unknown }).__malakaE2ePick;
  if (typeof e2ePick === "string") return e2ePick;
  try {
    const chosen = await open({ title, multiple: false, directory: true });
    return typeof chosen === "string" ? chosen : null;
  } catch (e) {
    throw normaliseError(e);
  }
}
