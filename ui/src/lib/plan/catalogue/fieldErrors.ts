import type { ApiError } from "$lib/api/error";
import { placeFieldError } from "$lib/api/fieldError";
import type { TextKey } from "$lib/i18n/catalogue";

/** A problem with one field: a catalogue key for checks made here, or the server's words. */
export type FieldError = { key: TextKey } | { message: string };
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/**
 * Places a server error beside one of the form's fields, or null when it is about the whole form.
 * The server words an invalid value as "field: what is wrong"; the field's name is dropped since
 * the message already stands under that field.
 */
export function placeServerError<F extends string>(
  e: ApiError,
  fields: readonly F[],
  aliases: Partial<Record<string, F>> = {},
): { field: F; error: FieldError } | null {
  const placed = placeFieldError(e, fields, aliases);
  if (!placed) return null;
  const m = /^([a-z_]+): (.+)$/s.exec(placed.message);
  const sameField =
    m && (m[1] === placed.field || aliases[m[1]] === placed.field || m[1] === e.field);
  return { field: placed.field, error: { message: sameField ? m[2] : placed.message } };
}

/** The text of a field error, or "" for none. */
export function errorText(e: FieldError | undefined, t: (key: TextKey) => string): string {
  if (!e) return "";
  return "key" in e ? t(e.key) : e.message;
}
