import { call } from "./call";
import type { FileToken } from "./dialog";
import type { DemoSummary, Stats } from "./types";

/** How much the database holds: the first-run screen asks when it is empty. */
export const appStats = () => call<Stats>("app_stats");

/** Fills an empty database with the demo agencies, people and activities. */
export const demoLoad = () => call<DemoSummary>("demo_load");

/** Tells the shell the first screen is on display (the cold-start measurement). */
export const appFirstPaint = () => call<number>("app_first_paint");

/**
 * Opens a file the app saved (PDF, .ics, XLSX, CSV, the JSON revocation list) in the system's
 * program for it: `file` is the token it was saved with, and only a file already written opens.
 */
export const fileOpen = (file: FileToken) => call<null>("file_open", { path: file });

/**
 * Checks the database file (it reads all of it: seconds on a national register). Rejects with
 * code `damaged` when the file is damaged; resolves at once when opening already checked it.
 */
export const databaseQuickCheck = () => call<null>("database_quick_check");

/** Writes a checked copy of the database to a new file, picked to save; its size in bytes. */
export const databaseBackup = (file: FileToken) => call<number>("database_backup", { path: file });

/**
 * Replaces the database with a backup picked to open (checked first; the replaced file is kept
 * beside it) and restarts the app on it. Resolves only when the backup is refused (the app
 * restarts otherwise).
 */
export const databaseRestore = (file: FileToken) => call<null>("database_restore", { path: file });
