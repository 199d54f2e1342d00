// The trainer form, as the Settings list's Editor: `import * as trainerForm`.
import type { ApiError } from "$lib/api/error";
import { placeFieldError, type FieldErrors } from "$lib/api/fieldError";
import type { NewTrainer, Trainer } from "$lib/api/types";

export { trainerCreate as create, trainerUpdate as update } from "$lib/api/trainer";

/** The trainer form's fields, named as the API names them in `ApiError.field`. */
export const TRAINER_FIELDS = ["person", "name", "affiliation", "expertise"] as const;
export type TrainerField = (typeof TRAINER_FIELDS)[number];

/** A staff member from the register (named by the register) or an external trainer. */
export type TrainerKind = "staff" | "external";
export const TRAINER_KINDS: readonly TrainerKind[] = ["staff", "external"];

/** The staff member chosen in the form: enough to show and to send. */
export type PickedPerson = { id: string; name: string };

export type TrainerFormValues = {
  kind: TrainerKind;
  person: PickedPerson | null;
  /** An external trainer's name; a staff member's comes from the register. */
  name: string;
  affiliation: string;
  expertise: string;
};

/** The form for a new trainer (null) or filled from one. */
export function start(tr: Trainer | null): TrainerFormValues {
  const external = tr !== null && tr.person_id === null;
  return {
    kind: external ? "external" : "staff",
    person: tr?.person_id ? { id: tr.person_id, name: tr.name } : null,
    name: external ? tr.name : "",
    affiliation: tr?.affiliation ?? "",
    expertise: tr?.expertise ?? "",
  };
}

/** Checks made before saving so obvious slips show at once; the server checks again. */
export function check(v: TrainerFormValues): FieldErrors<TrainerField> {
  const errors: FieldErrors<TrainerField> = {};
  if (v.kind === "staff" && !v.person) errors.person = { key: "trainers.pickPerson" };
  if (v.kind === "external" && v.name.trim() === "") errors.name = { key: "validation.required" };
  return errors;
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * The input for `trainerCreate`/`trainerUpdate`. A staff member is sent without a name, so the
 * server takes the register's (and picks up a corrected one on every save).
 */
export function toInput(v: TrainerFormValues): NewTrainer {
  const staff = v.kind === "staff";
  return {
    person_id: staff ? (v.person?.id ?? null) : null,
    name: staff ? null : orNull(v.name),
    affiliation: orNull(v.affiliation),
    expertise: orNull(v.expertise),
  };
}

/** A server error beside its field ("person" also for `person_id`), or null for the form. */
export const place = (e: ApiError) => placeFieldError(e, TRAINER_FIELDS, { person_id: "person" });

/** Trainers as the server lists them: by name. */
export function sortTrainers(list: readonly Trainer[]): Trainer[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name));
}
