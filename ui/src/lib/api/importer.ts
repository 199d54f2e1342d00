import { Channel } from "@tauri-apps/api/core";
import { open } from "@tauri-apps/plugin-dialog";
import { call } from "./call";
import { normaliseError } from "./error";
import type { ImportInput, ImportPreview, ImportProgress, ImportReport } from "./types";

/** The native open dialog, limited to the table formats the importer reads. Null if cancelled. */
export async function pickImportFile(title: string, filterName: string): Promise<string | null> {
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
