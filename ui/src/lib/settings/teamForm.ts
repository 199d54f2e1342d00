// The team database form (Settings and the connect screen): what is typed, checked and sent.
import type { ApiError } from "$lib/api/error";
import type { TeamDatabase } from "$lib/api/desk";
import { placeFieldError, type FieldErrors } from "$lib/api/fieldError";

/** PostgreSQL's own port, which most servers keep. */
export const DEFAULT_PORT = 5432;
const MAX_PORT = 65535;

/** The form's fields, named as the API names them in `ApiError.field`. */
export const TEAM_FIELDS = ["host", "port", "database", "user", "password"] as const;
export type TeamField = (typeof TEAM_FIELDS)[number];

export type TeamFormValues = {
  host: string;
  /** As typed: checked and read as a number before sending. */
  port: string;
  database: string;
  user: string;
  tls: boolean;
  password: string;
  /** Keep the password in the system's keyring (offered only where there is one). */
  remember: boolean;
};

/** The form filled from the saved team database, or empty with the usual port. */
export function start(team: TeamDatabase | null, remember = true): TeamFormValues {
  return {
    host: team?.host ?? "",
    port: String(team?.port ?? DEFAULT_PORT),
    database: team?.database ?? "",
    user: team?.user ?? "",
    // A server reached over a network should be, so a new setting starts encrypted.
    tls: team?.tls ?? true,
    password: "",
    remember,
  };
}

/** The port as a number, or NaN when it is not a whole number. */
const portOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * Checks made before sending. The port is checked here because Rust reads it as a 16-bit number:
 * anything else would not reach the check that names the field. The rest the server checks again.
 */
export function check(v: TeamFormValues): FieldErrors<TeamField> {
  const errors: FieldErrors<TeamField> = {};
  for (const field of ["host", "database", "user"] as const) {
    if (v[field].trim() === "") errors[field] = { key: "validation.required" };
  }
  const port = portOf(v.port);
  if (v.port.trim() === "") errors.port = { key: "validation.required" };
  else if (!(port >= 1 && port <= MAX_PORT)) {
    errors.port = { key: "team.portRange", params: { max: MAX_PORT } };
  }
  return errors;
}

/** The settings to send; `check` found nothing first. */
export function toTeam(v: TeamFormValues): TeamDatabase {
  return {
    host: v.host.trim(),
    port: portOf(v.port),
    database: v.database.trim(),
    user: v.user.trim(),
    tls: v.tls,
  };
}

/** A refusal beside its field, or null for one about the whole connection. */
export const place = (e: ApiError) => placeFieldError(e, TEAM_FIELDS);

/** `user@host:port/database`, as the server names it to the user (Rust's `TeamDatabase::label`). */
export const serverName = (team: TeamDatabase) =>
  `${team.user}@${team.host}:${team.port}/${team.database}`;
