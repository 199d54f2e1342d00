import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { normaliseError } from "./error";

/**
 * The one place the UI crosses into Rust. Every rejection is rethrown as an ApiError, so callers
 * catch one shape whatever failed.
 */
export async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw normaliseError(e);
  }
}
