import { Channel } from "@tauri-apps/api/core";
import { open } from "@tauri-apps/plugin-dialog";
import { call } from "./call";
import { normaliseError } from "./error";
import type { ImportInput, ImportPreview, ImportProgress, ImportReport } from "./types";

/** The native open dialog, limited to the table formats the importer reads. Null if cancelled. */
export async function pickImportFile(title: string, filterName: string): Promise<string | null> {
  // WebDriver cannot drive the native GTK dialog: the end-to-end suite names its file here.
  const e2ePick = (globalThis as { __malakaE2ePick?: unknown }).__malakaE2ePick;
  if (typeof e2ePick === "string") return e2ePick;
  try {
    const chosen = await open({
      title,
      multiple: false,
      directory: false,
      filters: [{ name: filterName, extensions: ["csv", "txt", "xlsx", "xls", "ods"] }],
    });
    return typeof chosen === "string" ? chosen : null;
  } catch (e) {
    throw normaliseError(e);
  }
}

export const personImportPreview = (path: string) =>
  call<ImportPreview>("person_import_preview", { path });

/** Runs (or, with dry_run, checks) an import; `onProgress` hears from Rust as rows are written. */
export function personImport(
  input: ImportInput,
  onProgress: (p: ImportProgress) => void = () => {},
): Promise<ImportReport> {
  const channel = new Channel<ImportProgress>();
  channel.onmessage = onProgress;
  return call<ImportReport>("person_import", { input, onProgress: channel });
}
