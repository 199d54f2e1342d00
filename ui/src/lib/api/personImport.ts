import { call } from "./call";
import { pickOpenFile, type FileToken } from "./dialog";
import { batchArgs, type Batch } from "./job";
import type { ImportInput, ImportPreview, ImportReport } from "./types";

/** The native open dialog, limited to the table formats the importer reads. Null if cancelled. */
export const pickImportFile = (title: string, filterName: string) =>
  pickOpenFile(title, filterName, ["csv", "txt", "xlsx", "xls", "ods"]);

/** Reads the picked file's first rows and guesses its columns' fields. */
export const personImportPreview = (file: FileToken) =>
  call<ImportPreview>("person_import_preview", { path: file });

/**
 * Runs (or, with dry_run, checks) an import of the picked file (`input.path` is its token) as a job: `batch.onProgress` hears
 * `{phase: "importing", done, total}` as rows are written, `jobCancel(batch.jobId)` stops it before
 * the end (then nobody is imported and the error's code is `cancelled`).
 */
export const personImport = (input: ImportInput, batch?: Batch) =>
  call<ImportReport>("person_import", { input, ...batchArgs(batch) });
