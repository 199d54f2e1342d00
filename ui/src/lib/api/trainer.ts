import { call } from "./call";
import type { NewTrainer, Trainer } from "./types";

export const trainerList = () => call<Trainer[]>("trainer_list");

/** A staff member from the register (`person_id`) or an external trainer (`name`). */
export const trainerCreate = (input: NewTrainer) => call<Trainer>("trainer_create", { input });

export const trainerUpdate = (id: string, input: NewTrainer) =>
  call<Trainer>("trainer_update", { id, input });
