import { call } from "./call";
import type { NewPerson, Person, PersonDetail, PersonPage, PersonQuery } from "./types";

export const personQuery = (input: PersonQuery) => call<PersonPage>("person_query", { input });

export const personGet = (id: string) => call<PersonDetail>("person_get", { id });

export const personCreate = (input: NewPerson) => call<Person>("person_create", { input });

export const personUpdate = (id: string, input: NewPerson) =>
  call<Person>("person_update", { id, input });
