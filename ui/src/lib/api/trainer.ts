import { call } from "./call";
import type { Trainer } from "./types";

export const trainerList = () => call<Trainer[]>("trainer_list");
