import type { ApiError, Reason } from "$lib/api/error";
import type { Account, Action, SignedIn } from "$lib/api/types";

/**
 * Who is signed in, and what their role lets them do: the screens hide the rest (`can`), and
 * the app shows the sign-in screen while nobody is. The calls that change it are in
 * `$lib/signIn` (this module imports no API, so tests can set it freely).
 *
 * - `loading`: not asked yet (the app starts here);
 * - `in`: `current` is the signed-in account;
 * - `out`: nobody is signed in; `notice` says why when a signed-in user was sent back here;
 * - `failed`: asking failed for another reason (`error`), and the app cannot start.
 */
class Session {
  status = $state<"loading" | "in" | "out" | "failed">("loading");
  current = $state.raw<SignedIn | null>(null);
  notice = $state.raw<Reason | null>(null);
  error = $state.raw<ApiError | null>(null);

  /** The signed-in account, or null. */
  get account(): Account | null {
    return this.current?.account ?? null;
  }

  /** Whether the signed-in account's role allows `action` (nobody signed in may do nothing). */
  can = (action: Action): boolean => this.current?.allowed.includes(action) ?? false;

  signedIn(who: SignedIn): void {
    this.current = who;
    this.notice = null;
    this.error = null;
    this.status = "in";
  }

  /** Nobody is signed in now; `notice` says why, when someone was and is no longer. */
  signedOut(notice: Reason | null = null): void {
    this.current = null;
    this.notice = notice;
    this.error = null;
    this.status = "out";
  }

  failed(error: ApiError): void {
    this.current = null;
    this.error = error;
    this.status = "failed";
  }
}

export const session = new Session();
