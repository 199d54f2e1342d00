import type { ErrorCode } from "$lib/bindings/ErrorCode";
import type { Reason } from "$lib/bindings/Reason";
import type { NamedConflict, Problem } from "./types";

export type { Reason } from "$lib/bindings/Reason";

/**
 * Every failed call to Rust, in one shape: components branch on `code` and word `reason` through
 * the catalogue (`describeError`); no component reads a message. `invalid_input` and `internal`
 * are failures that never reached the api (Tauri could not deliver the call, or the UI threw).
 */
export type ApiError = {
  code: ErrorCode | "invalid_input" | "internal";
  reason: Reason;
  field?: string;
  problems?: Problem[];
  /** With code `schedule_conflict`: every clash, both sessions named. */
  conflicts?: NamedConflict[];
};

function isReason(r: unknown): r is Reason {
  return typeof r === "object" && r !== null && typeof (r as { key?: unknown }).key === "string";
}

function isProblem(p: unknown): p is Problem {
  if (typeof p !== "object" || p === null) return false;
  const r = p as Record<string, unknown>;
  return typeof r.row === "number" && typeof r.column === "string" && isReason(r.reason);
}

/**
 * Turns whatever `invoke` rejected with into an ApiError. The Rust side sends
 * `{code, reason, field?, problems?, conflicts?}`; Tauri's own argument-deserialisation failures
 * arrive as a plain string, which is always a malformed call, so they become `invalid_input`.
 */
export function normaliseError(e: unknown): ApiError {
  if (typeof e === "object" && e !== null && !(e instanceof Error)) {
    const r = e as Record<string, unknown>;
    if (typeof r.code === "string" && isReason(r.reason)) {
      const out: ApiError = { code: r.code as ApiError["code"], reason: r.reason };
      if (typeof r.field === "string" && r.field !== "") out.field = r.field;
      if (Array.isArray(r.problems)) out.problems = r.problems.filter(isProblem);
      if (Array.isArray(r.conflicts)) out.conflicts = r.conflicts as NamedConflict[];
      return out;
    }
  }
  if (typeof e === "string") return { code: "invalid_input", reason: { key: "malformed_input" } };
  return { code: "internal", reason: { key: "unexpected" } };
}

export function isApiError(e: unknown): e is ApiError {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as ApiError).code === "string" &&
    isReason((e as ApiError).reason)
  );
}
