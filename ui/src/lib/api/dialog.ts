import { call } from "./call";

/**
 * A file or folder the user chose in one of the app's dialogs. The dialogs open in Rust, so the
 * web view never names a path of its own: it hands `token` to the command that reads or writes
 * the file (a save's token writes once, then only opens the saved file in its viewer). `path` is
 * only for showing the user where the file is.
 */
export type Picked = { token: string; path: string };

/**
 * A picked file's or folder's token (`Picked.token`): what every command that reads or writes a
 * file takes in its `path` (or folder) argument.
 */
export type FileToken = Picked["token"];

/**
 * WebDriver cannot drive a native dialog: the end-to-end suite names its file in
 * `globalThis.__malakaE2ePick` (open and folder dialogs) or `__malakaE2eSave` (save dialog), and
 * the test build's `e2e_pick` takes it as if picked.
 */
function e2ePath(hook: "__malakaE2ePick" | "__malakaE2eSave"): string | null {
  const named = (globalThis as Record<string, unknown>)[hook];
  return typeof named === "string" ? named : null;
}

/** The native open dialog for one file of the given extensions; null if cancelled. */
export async function pickOpenFile(
  title: string,
  filterName: string,
  extensions: string[],
): Promise<Picked | null> {
  const e2e = e2ePath("__malakaE2ePick");
  if (e2e !== null) return call<Picked>("e2e_pick", { path: e2e, purpose: "read" });
  return call<Picked | null>("pick_open_file", { title, filterName, extensions });
}

/** The native dialog for choosing a folder to write into; null if cancelled. */
export async function pickFolder(title: string): Promise<Picked | null> {
  const e2e = e2ePath("__malakaE2ePick");
  if (e2e !== null) return call<Picked>("e2e_pick", { path: e2e, purpose: "folder" });
  return call<Picked | null>("pick_folder", { title });
}

/**
 * The native save dialog proposing `defaultName`, filtered to its file type (`.pdf` when the name
 * has none); null if cancelled. Every file the app writes is named here.
 */
export async function pickSaveFile(
  title: string,
  filterName: string,
  defaultName: string,
): Promise<Picked | null> {
  const e2e = e2ePath("__malakaE2eSave");
  if (e2e !== null) return call<Picked>("e2e_pick", { path: e2e, purpose: "write" });
  return call<Picked | null>("pick_save_file", { title, filterName, defaultName });
}
