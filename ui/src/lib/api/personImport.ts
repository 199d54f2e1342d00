import { Channel } from "@tauri-apps/api/core";
import { call } from "./call";
import { pickOpenPath } from "./dialog";
import type { ImportInput, ImportPreview, ImportProgress, ImportReport } from "./types";

/** The native open dialog, limited to the table formats the importer reads. Null if cancelled. */
export const pickImportFile = (title: string, filterName: string) =>
  pickOpenPath(title, filterName, ["csv", "txt", "xlsx", "xls", "ods"]);

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
