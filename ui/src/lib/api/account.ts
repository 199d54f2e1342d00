// Signing in and out, and the accounts an administrator keeps.
import { call } from "./call";
import type { Account, AccountChange, NewAccount, SignedIn } from "./types";

/** Who is signed in and what they may do; code `sign_in` when nobody is. */
export const accountMe = () => call<SignedIn>("account_me");

/** Signs in; a wrong login or password is refused with reason `wrong_sign_in` (which is not said). */
export const accountSignIn = (login: string, password: string) =>
  call<SignedIn>("account_sign_in", { login, password });

/** Signs out; a register that needs a sign-in then answers `sign_in` to everything. */
export const accountSignOut = () => call<null>("account_sign_out");

/** Every account (administrators only). */
export const accountList = () => call<Account[]>("account_list");

/** Adds an account with its first password. */
export const accountCreate = (input: NewAccount) => call<Account>("account_create", { input });

/** Changes an account's name, role, trainer, or whether it is disabled (never its login). */
export const accountUpdate = (id: string, input: AccountChange) =>
  call<Account>("account_update", { id, input });

/** Changes the signed-in account's own password; `current` is "" while it has none. */
export const accountPasswordChange = (current: string, next: string) =>
  call<null>("account_password_change", { current, new: next });

/** An administrator sets someone's password (which also unlocks the account). */
export const accountPasswordReset = (id: string, next: string) =>
  call<null>("account_password_reset", { id, new: next });
