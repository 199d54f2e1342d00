import { call } from "./call";
import type { FileToken } from "./dialog";
import type { NewPerson, Person, PersonDetail, PersonPage, PersonQuery, Transcript } from "./types";

export const personQuery = (input: PersonQuery) => call<PersonPage>("person_query", { input });

export const personGet = (id: string) => call<PersonDetail>("person_get", { id });

export const personCreate = (input: NewPerson) => call<Person>("person_create", { input });

export const personUpdate = (id: string, input: NewPerson) =>
  call<Person>("person_update", { id, input });

/** The person's record of learning as of today: their activities in the order they began. */
export const personTranscript = (id: string) => call<Transcript>("person_transcript", { id });

/**
 * Writes the person's record of learning as a signed PDF to the file picked to save, in `locale`
 * (bilingual when
 * `also` names a second locale); returns its size in bytes. Signing needs the signing key: a
 * locked key is refused with reason `signing_key_locked`.
 */
export const personTranscriptSave = (
  id: string,
  locale: string,
  also: string | null,
  file: FileToken,
) => call<number>("person_transcript_save", { id, locale, also, path: file });
