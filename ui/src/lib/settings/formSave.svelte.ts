import type { ApiError } from "$lib/api/error";
import type { FieldError, FieldErrors } from "$lib/api/fieldError";
import { describeFieldError } from "$lib/i18n/errors";
import { focusFirstInvalid } from "$lib/util/focus";

/** Where a refusal belongs: beside one of the form's fields, or (null) over the whole form. */
export type PlaceError<F extends string> = (e: ApiError) => { field: F; error: FieldError } | null;

/**
 * The saving of one add-or-edit form: its field errors, the error about the form as a whole, and
 * whether a save is on its way. The form's checks run first; a refusal from the server lands
 * beside the field it names, else over the form; the cursor goes to the first marked field.
 */
export class FormSave<F extends string> {
  errors = $state<FieldErrors<F>>({});
  formError = $state<ApiError | null>(null);
  saving = $state(false);

  constructor(
    private readonly formTestId: string,
    private readonly place: PlaceError<F>,
  ) {}

  get invalid(): boolean {
    return Object.keys(this.errors).length > 0;
  }

  /** A field's error in words, "" for none. */
  message = (field: F): string => describeFieldError(this.errors[field]);

  /** Sends when `found` (the form's own checks) is empty; the saved value, or null when refused. */
  async submit<T>(found: FieldErrors<F>, send: () => Promise<T>): Promise<T | null> {
    this.formError = null;
    this.errors = found;
    let saved: T | null = null;
    if (!this.invalid) {
      this.saving = true;
      saved = await send().catch((e: ApiError) => this.refused(e));
      this.saving = false;
    }
    if (this.invalid) focusFirstInvalid(this.formTestId);
    return saved;
  }

  private refused(e: ApiError): null {
    const placed = this.place(e);
    if (placed) this.errors = { [placed.field]: placed.error } as FieldErrors<F>;
    else this.formError = e;
    return null;
  }
}
