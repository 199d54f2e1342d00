// The account form, as the Settings list's Editor: `import * as accountForm`.
import { accountCreate, accountPasswordReset, accountUpdate } from "$lib/api/account";
import type { ApiError } from "$lib/api/error";
import { placeFieldError, type FieldErrors } from "$lib/api/fieldError";
import type { Account, Role } from "$lib/api/types";

/** The roles in the order the form offers them: from who does most to who only reads. */
export const ROLES: readonly Role[] = [
  "administrator",
  "hr_officer",
  "manager",
  "trainer",
  "viewer",
];

/** A shorter password is refused (as `core::model::account::MIN_PASSWORD`). */
export const PASSWORD_MIN = 8;

/** The account form's fields, named as the API names them in `ApiError.field`. */
export const ACCOUNT_FIELDS = ["login", "name", "role", "trainer_id", "password"] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

export type AccountFormValues = {
  /** Adding an account (login and first password asked) or editing one. */
  adding: boolean;
  login: string;
  name: string;
  role: Role;
  /** The trainer a trainer's account records for; "" for none. */
  trainer_id: string;
  /** A new account's first password, or an edited one's new password ("" keeps it). */
  password: string;
  disabled: boolean;
};

/** What the form sends: a new account, or a change (with a new password when one is typed). */
export type AccountInput = {
  login: string;
  name: string;
  role: Role;
  trainer_id: string | null;
  password: string | null;
  disabled: boolean;
};

/** The form for a new account (null) or filled from one. */
export function start(a: Account | null): AccountFormValues {
  return {
    adding: a === null,
    login: a?.login ?? "",
    name: a?.name ?? "",
    role: a?.role ?? "hr_officer",
    trainer_id: a?.trainer_id ?? "",
    password: "",
    disabled: a?.disabled ?? false,
  };
}

/** A login as the server keeps it: trimmed, lower case. */
const loginOf = (text: string) => text.trim().toLowerCase();

/** Whether `text` makes a login: 2 to 64 of a–z, 0–9, ".", "_", "-" (any case; it is folded). */
export const isLogin = (text: string) => /^[a-z0-9._-]{2,64}$/.test(loginOf(text));

/** Checks made before saving so obvious slips show at once; the server checks again. */
export function check(v: AccountFormValues): FieldErrors<AccountField> {
  const errors: FieldErrors<AccountField> = {};
  if (v.adding && !isLogin(v.login)) {
    errors.login =
      v.login.trim() === ""
        ? { key: "validation.required" }
        : { reason: { key: "login_format", value: v.login.trim() } };
  }
  if (v.name.trim() === "") errors.name = { key: "validation.required" };
  if (v.role === "trainer" && v.trainer_id === "") {
    errors.trainer_id = { reason: { key: "trainer_account_needs_trainer" } };
  }
  if (v.adding || v.password !== "") {
    if ([...v.password].length < PASSWORD_MIN) {
      errors.password = { reason: { key: "password_too_short", min: PASSWORD_MIN } };
    }
  }
  return errors;
}

/** The input for `create`/`update`; sent once `check` found nothing. */
export function toInput(v: AccountFormValues): AccountInput {
  return {
    login: loginOf(v.login),
    name: v.name.trim(),
    role: v.role,
    trainer_id: v.role === "trainer" && v.trainer_id !== "" ? v.trainer_id : null,
    password: v.password === "" ? null : v.password,
    disabled: v.disabled,
  };
}

/** Adds the account with its first password. */
export const create = (i: AccountInput) =>
  accountCreate({
    login: i.login,
    name: i.name,
    role: i.role,
    trainer_id: i.trainer_id,
    password: i.password ?? "",
  });

/**
 * Changes the account; a new password is set first (which also unlocks it), so the account
 * returned shows it unlocked.
 */
export async function update(id: string, i: AccountInput): Promise<Account> {
  if (i.password !== null) await accountPasswordReset(id, i.password);
  return accountUpdate(id, {
    name: i.name,
    role: i.role,
    trainer_id: i.trainer_id,
    disabled: i.disabled,
  });
}

/** A server error beside its field (a reset's `new_password` beside the password), else null. */
export const place = (e: ApiError) =>
  placeFieldError(e, ACCOUNT_FIELDS, { new_password: "password" });

/** Accounts as the server lists them: those in use first, then by name. */
export function sortAccounts(list: readonly Account[]): Account[] {
  return [...list].sort(
    (a, b) => Number(a.disabled) - Number(b.disabled) || a.name.localeCompare(b.name),
  );
}

/** Whether the account is locked out now (after too many wrong passwords). */
export function lockedNow(a: Account, now: Date = new Date()): boolean {
  return a.locked_until !== null && new Date(a.locked_until) > now;
}
