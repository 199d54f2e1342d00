import type { DeskStatus, TeamDatabase } from "$lib/api/desk";

/** A team database as a desk saves it. */
export const TEAM: TeamDatabase = {
  host: "db.agency.uz",
  port: 5432,
  database: "malaka",
  user: "karimova",
  tls: true,
};

/** How the server is named to the user (Rust's `TeamDatabase::label`). */
export const SERVER = "karimova@db.agency.uz:5432/malaka";

/** What `desk_status` answers: by default a desk on its own file, with a keyring. */
export function deskStatusOf(extra: Partial<DeskStatus> = {}): DeskStatus {
  return {
    open: "file",
    file: "/home/u/.local/share/malaka/malaka.db",
    team: null,
    needsPassword: false,
    problem: null,
    keyring: true,
    passwordKept: false,
    ...extra,
  };
}

/** A desk set to the team database, which did not open at start because the server is away. */
export const unreachable = (why = "connection refused"): Partial<DeskStatus> => ({
  open: "none",
  team: TEAM,
  passwordKept: true,
  problem: { code: "refused", reason: { key: "server_unreachable", server: SERVER, why } },
});
