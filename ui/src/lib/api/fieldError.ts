import type { TextKey } from "$lib/i18n/catalogue";
import type { Params } from "$lib/i18n/format";
import type { ApiError, Reason } from "./error";

/**
 * A problem with one form field: a catalogue key (with what it fills in) for a check the form made
 * itself, or the server's reason. The one shape every form uses; `describeFieldError` words it.
 */
export type FieldError = { key: TextKey; params?: Params } | { reason: Reason };
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/**
 * Places a server error beside the form field it names (its `field`, or an alias of it), or
 * returns null when it is about the whole form.
 */
export function placeFieldError<F extends string>(
  e: ApiError,
  fields: readonly F[],
  aliases: Partial<Record<string, F>> = {},
): { field: F; error: FieldError } | null {
  if (!e.field) return null;
  const field = (fields as readonly string[]).includes(e.field) ? (e.field as F) : aliases[e.field];
  return field ? { field, error: { reason: e.reason } } : null;
}
