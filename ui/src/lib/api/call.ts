import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { normaliseError, type ApiError } from "./error";

let signInLost: (e: ApiError) => void = () => {};

/**
 * Who hears that a call failed with code `sign_in` (nobody is signed in any more, or a sign-in
 * was refused): the session, which shows the sign-in screen. One listener; a new one replaces it.
 */
export function onSignInLost(listener: (e: ApiError) => void): void {
  signInLost = listener;
}

/**
 * The one place the UI crosses into Rust. Every rejection is rethrown as an ApiError, so callers
 * catch one shape whatever failed; one with code `sign_in` is told to `onSignInLost`'s listener
 * first.
 */
export async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    const error = normaliseError(e);
    if (error.code === "sign_in") signInLost(error);
    throw error;
  }
}
