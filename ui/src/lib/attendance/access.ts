import type { Session } from "$lib/api/types";
import { session as signedIn } from "$lib/session.svelte";

/**
 * Whether `s` is another trainer's session to the signed-in account: a trainer's account records
 * marks only in the sessions its trainer gives (the server refuses the rest as
 * `not_your_session`), and reads the others. Never for the other roles.
 */
export function othersSession(s: Session): boolean {
  const account = signedIn.account;
  if (account?.role !== "trainer") return false;
  return account.trainer_id === null || !s.trainer_ids.includes(account.trainer_id);
}

/** Whether the signed-in account may record marks in `s`. */
export const mayMark = (s: Session): boolean => signedIn.can("attend") && !othersSession(s);

/**
 * Whether the signed-in account may note assessment results in an activity of `sessions`: a
 * trainer's account only where its trainer gives at least one of them.
 */
export const mayAssess = (sessions: Session[]): boolean =>
  signedIn.can("attend") &&
  (signedIn.account?.role !== "trainer" || sessions.some((s) => !othersSession(s)));
