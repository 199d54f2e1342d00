import type { Account, Action, Role, SignedIn } from "$lib/api/types";
import { session } from "$lib/session.svelte";

/**
 * What each role may do, as `crates/core/src/access.rs` has it: the server sends the signed-in
 * account's list (`SignedIn.allowed`), so only tests keep a copy.
 */
export const ALLOWED: Record<Role, Action[]> = {
  administrator: [
    "read",
    "person_edit",
    "organisation_edit",
    "plan_edit",
    "nominate",
    "approve",
    "attend",
    "certificate_issue",
    "certificate_revoke",
    "certificate_print",
    "export",
    "account_manage",
    "key_manage",
    "maintain",
    "mobility_edit",
    "travel_documents",
  ],
  hr_officer: [
    "read",
    "person_edit",
    "organisation_edit",
    "plan_edit",
    "nominate",
    "export",
    "mobility_edit",
    "travel_documents",
  ],
  trainer: ["read", "attend", "export"],
  manager: [
    "read",
    "approve",
    "attend",
    "certificate_issue",
    "certificate_revoke",
    "certificate_print",
    "export",
  ],
  viewer: ["read", "export"],
};

/** An account as the server lists it. */
export function account(login: string, role: Role, extra: Partial<Account> = {}): Account {
  return {
    id: `acc-${login}`,
    login,
    name: login === "admin" ? "Administrator" : login,
    role,
    trainer_id: null,
    has_password: true,
    locked_until: null,
    disabled: false,
    ...extra,
  };
}

/** What `account_me` answers for an account of `role`. */
export function signedInAs(
  role: Role,
  extra: Partial<Account> = {},
  signInRequired = role !== "administrator",
): SignedIn {
  const login = role === "administrator" ? "admin" : role.replace("_", ".");
  return {
    account: account(login, role, { has_password: signInRequired, ...extra }),
    allowed: ALLOWED[role],
    sign_in_required: signInRequired,
  };
}

/**
 * Signs `role` in for a component test. Every test starts as a fresh register's administrator
 * (signed in by itself, no password), as the app and its e2e journeys do (see test-setup.ts).
 */
export function signInAs(role: Role, extra: Partial<Account> = {}): SignedIn {
  const who = signedInAs(role, extra);
  session.signedIn(who);
  return who;
}
