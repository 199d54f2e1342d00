import type { FieldErrors } from "$lib/api/fieldError";
import type { PlaceError } from "./formSave.svelte";

/**
 * How a Settings list adds and edits one kind of item: the form's values (`V`) from an item or
 * for a new one, the form's own checks, the input (`I`) the API takes, where a refusal belongs,
 * and the calls that add and change an item.
 */
export type Editor<T extends { id: string }, V, F extends string, I> = {
  start: (item: T | null) => V;
  check: (values: V) => FieldErrors<F>;
  toInput: (values: V) => I;
  place: PlaceError<F>;
  create: (input: I) => Promise<T>;
  update: (id: string, input: I) => Promise<T>;
};
