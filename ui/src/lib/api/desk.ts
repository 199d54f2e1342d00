// This desk's register: its own file or a team database on a PostgreSQL server, which one is
// open, and moving the file onto a server. The password crosses to Rust in the call and is kept
// (if at all) only in the system's keyring there; the UI never stores it.
import { call } from "./call";
import type { TeamDatabase } from "$lib/bindings/TeamDatabase";
import type { TeamProbe } from "$lib/bindings/TeamProbe";
import { normaliseError, type ApiError } from "./error";

export type { TeamDatabase } from "$lib/bindings/TeamDatabase";
export type { TeamDatabaseState } from "$lib/bindings/TeamDatabaseState";
export type { TeamProbe } from "$lib/bindings/TeamProbe";

/** Which register this desk has open, and what it knows about its team database. */
export type DeskStatus = {
  /** `none`: the saved team database is not open yet (see `problem` and `needsPassword`). */
  open: "file" | "team" | "none";
  /** This desk's own register file (its path). */
  file: string;
  /** The saved team database, if any. */
  team: TeamDatabase | null;
  /** A team database is saved but no password is kept for it: ask for one. */
  needsPassword: boolean;
  /** Why the saved team database could not be opened. */
  problem: ApiError | null;
  /** This system can keep passwords (an OS keyring). */
  keyring: boolean;
  /** A password for `team` is in the keyring. */
  passwordKept: boolean;
};

/** One table copied by a move, with what its rows were checked against. */
export type TableMoved = { table: string; rows: number; checksum: string };

/** What a move copied: where to, table by table, and the rows in all. */
export type Moved = { to: string; tables: TableMoved[]; rows: number };

/**
 * Which register is open. Asked before anything else at start: `open` "none" means the desk is
 * set to a team database that could not be opened, and the app shows the connect screen.
 */
export async function deskStatus(): Promise<DeskStatus> {
  const status = await call<DeskStatus>("desk_status");
  // The problem is worded like any failed call, so it gets the same shape as one.
  return { ...status, problem: status.problem ? normaliseError(status.problem) : null };
}

/**
 * Connects to the server, says what it found and disconnects. A missing or malformed setting is
 * refused with code `invalid` and its `field` (host, port, database, user); a server that cannot
 * be reached with reason `server_unreachable` (which says why).
 */
export const deskTest = (team: TeamDatabase, password: string) =>
  call<TeamProbe>("desk_test", { team, password });

/**
 * Opens the team database on this desk and saves the settings (the password in the keyring when
 * `remember` and there is one). Resolves once the team register is open, so the app boots again;
 * when refused, nothing changed and the old register stays open.
 */
export const deskConnect = (team: TeamDatabase, password: string, remember: boolean) =>
  call<DeskStatus>("desk_connect", { team, password, remember });

/**
 * Opens this desk's own register file. With `forgetTeam` the saved team database and its kept
 * password are forgotten too, so the next start opens the file; without, only for this run.
 */
export const deskUseFile = (args: { forgetTeam: boolean }) =>
  call<DeskStatus>("desk_use_file", args);

/**
 * Prepares the empty team database and copies this desk's register file into it in one
 * transaction, checked table by table (seconds to minutes on a large register). Administrators
 * only, and only while the open register is the file; a server that is not empty is refused with
 * reason `team_move_differs`.
 */
export const deskMove = (team: TeamDatabase, password: string) =>
  call<Moved>("desk_move", { team, password });
