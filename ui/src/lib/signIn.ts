// Signing in and out: the calls that change `session` (see $lib/session.svelte).
import { accountMe, accountSignIn, accountSignOut } from "$lib/api/account";
import { onSignInLost } from "$lib/api/call";
import { normaliseError, type ApiError } from "$lib/api/error";
import { session } from "$lib/session.svelte";

// Any call refused with code `sign_in` while someone is signed in (the account was disabled, or
// the register was signed out elsewhere) sends the app back to the sign-in screen, saying why.
// A refused sign-in on that screen changes nothing: nobody is signed in there.
onSignInLost((e) => {
  if (session.status === "in") session.signedOut(e.reason);
});

/** Asks who is signed in (the app does at start): signed in, out, or failed to ask. */
export async function loadSession(): Promise<void> {
  try {
    session.signedIn(await accountMe());
  } catch (e) {
    const error = normaliseError(e);
    if (error.code === "sign_in") session.signedOut(session.notice);
    else session.failed(error);
  }
}

/** Asks again after the signed-in account changed (its password, its name, its role). */
export async function refreshSession(): Promise<void> {
  try {
    session.signedIn(await accountMe());
  } catch {
    // A lost sign-in has already sent the app to the sign-in screen; anything else changes nothing.
  }
}

/** Signs in: null when done, else the refusal (a wrong login or password, a locked account). */
export async function signIn(login: string, password: string): Promise<ApiError | null> {
  try {
    session.signedIn(await accountSignIn(login, password));
    return null;
  } catch (e) {
    return normaliseError(e);
  }
}

/**
 * Signs out. A register that needs no sign-in signs its only administrator in again at once, so
 * the session is asked for afresh rather than assumed empty.
 */
export async function signOut(): Promise<void> {
  try {
    await accountSignOut();
  } catch {
    // Asked for afresh below either way.
  }
  session.signedOut();
  await loadSession();
}
