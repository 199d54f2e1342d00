// Refusals of one item in a list the server takes whole: it names the field `list.N.field`,
// N counted from 1 in the list as sent (`programme.2.starts_local`, `legs.1.arrives_local`).
import type { ApiError } from "$lib/api/error";
import type { FieldError } from "$lib/api/fieldError";

/** `list.N.field` split, or null for a field that is not an item's. */
export function itemField(
  field: string | undefined,
): { list: string; n: number; field: string } | null {
  const m = /^([a-z_]+)\.(\d+)\.([a-z_]+)$/.exec(field ?? "");
  return m ? { list: m[1], n: Number(m[2]), field: m[3] } : null;
}

/**
 * A refusal of the item at `index` (counted from 0) of `list`, placed beside the form's field it
 * names (or one of its `aliases`); null when it is about another item, another list, or no field
 * of this form (the form shows it over its fields).
 */
export function placeItemError<F extends string>(
  e: ApiError,
  list: string,
  index: number,
  fields: readonly F[],
  aliases: Partial<Record<string, F>> = {},
): { field: F; error: FieldError } | null {
  const at = itemField(e.field);
  if (!at || at.list !== list || at.n !== index + 1) return null;
  const field = (fields as readonly string[]).includes(at.field)
    ? (at.field as F)
    : aliases[at.field];
  return field ? { field, error: { reason: e.reason } } : null;
}
