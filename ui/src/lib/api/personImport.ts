import { call } from "./call";
import { pickOpenPath } from "./dialog";
import { batchArgs, type Batch } from "./job";
import type { ImportInput, ImportPreview, ImportReport } from "./types";

/** The native open dialog, limited to the table formats the importer reads. Null if cancelled. */
export const pickImportFile = (title: string, filterName: string) =>
  pickOpenPath(title, filterName, ["csv", "txt", "xlsx", "xls", "ods"]);

export const personImportPreview = (path: string) =>
  call<ImportPreview>("person_import_preview", { path });

/**
 * Runs (or, with dry_run, checks) an import as a job: `batch.onProgress` hears
 * `{phase: "importing", done, total}` as rows are written, `jobCancel(batch.jobId)` stops it before
 * the end (then nobody is imported and the error's code is `cancelled`).
 */
export const personImport = (input: ImportInput, batch?: Batch) =>
  call<ImportReport>("person_import", { input, ...batchArgs(batch) });
