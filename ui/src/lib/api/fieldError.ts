import type { ApiError } from "./error";

/**
 * Finds which of a form's fields a server error is about: its `field` (or an alias of it), or —
 * for a duplicate, which the API words as "short_code: already used…" — the message's leading
 * field name. Returns null when the error belongs to the whole form.
 */
export function placeFieldError<F extends string>(
  e: ApiError,
  fields: readonly F[],
  aliases: Partial<Record<string, F>> = {},
): { field: F; message: string } | null {
  const known = (name: string | undefined): F | undefined => {
    if (!name) return undefined;
    if ((fields as readonly string[]).includes(name)) return name as F;
    return aliases[name];
  };
  const named = known(e.field);
  if (named) return { field: named, message: e.message };
  const m = /^([a-z_]+): (.+)$/s.exec(e.message);
  const fromMessage = known(m?.[1]);
  if (m && fromMessage) return { field: fromMessage, message: m[2] };
  return null;
}
