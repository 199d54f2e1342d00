// The programme catalogue: list, add, edit, archive and restore.
import { call } from "./call";
import type { NewProgramme, Programme } from "./types";

export const programmeList = (includeArchived: boolean) =>
  call<Programme[]>("programme_list", { includeArchived });

export const programmeCreate = (input: NewProgramme) =>
  call<Programme>("programme_create", { input });

export const programmeUpdate = (id: string, input: NewProgramme) =>
  call<Programme>("programme_update", { id, input });

/** Archives (or brings back) a programme; archived ones are hidden from planning. */
export const programmeArchive = (id: string, archived: boolean) =>
  call<Programme>("programme_archive", { id, archived });
