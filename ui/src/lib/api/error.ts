import type { NamedConflict, Problem } from "./types";

/** Every failed call to Rust, in one shape: components branch on `code`. */
export type ApiError = {
  code: string;
  message: string;
  field?: string;
  problems?: Problem[];
  /** With code `schedule_conflict`: every clash, both sessions named. */
  conflicts?: NamedConflict[];
};

function isProblem(p: unknown): p is Problem {
  if (typeof p !== "object" || p === null) return false;
  const r = p as Record<string, unknown>;
  return typeof r.row === "number" && typeof r.column === "string" && typeof r.message === "string";
}

/** Tauri reports a bad argument object ("missing field `x`") as a bare string; name the field. */
function fieldFromSerdeMessage(message: string): string | undefined {
  const m = /(?:missing|unknown) field `([a-z_]+)`/.exec(message);
  return m?.[1];
}

/**
 * Turns whatever `invoke` rejected with into an ApiError. The Rust side sends
 * `{code, message, field?, problems?}`; Tauri's own argument-deserialisation failures arrive as a
 * plain string, which is always a malformed input, so they become `invalid_input`.
 */
export function normaliseError(e: unknown): ApiError {
  if (typeof e === "string") {
    const field = fieldFromSerdeMessage(e);
    return field
      ? { code: "invalid_input", message: e, field }
      : { code: "invalid_input", message: e };
  }
  if (typeof e === "object" && e !== null) {
    const r = e as Record<string, unknown>;
    if (typeof r.code === "string") {
      const out: ApiError = {
        code: r.code,
        message: typeof r.message === "string" ? r.message : r.code,
      };
      if (typeof r.field === "string" && r.field !== "") out.field = r.field;
      if (Array.isArray(r.problems)) out.problems = r.problems.filter(isProblem);
      if (Array.isArray(r.conflicts)) out.conflicts = r.conflicts as NamedConflict[];
      return out;
    }
    if (e instanceof Error) return { code: "internal", message: e.message };
  }
  return { code: "unknown", message: String(e) };
}

export function isApiError(e: unknown): e is ApiError {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as ApiError).code === "string" &&
    typeof (e as ApiError).message === "string"
  );
}
