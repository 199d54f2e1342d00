// A person's record of learning (transcript) on their page, in plain TS: its words and figures,
// the languages it prints in and its file name.
import type { TranscriptEntry, TranscriptResult } from "$lib/api/types";
import { LOCALES, type Locale } from "$lib/i18n/types";
import { exportFileName } from "$lib/plan/enrolment/files";

/** Every result an entry can have, in the order an activity goes through them. */
export const TRANSCRIPT_RESULTS: readonly TranscriptResult[] = [
  "upcoming",
  "in_progress",
  "completed",
  "not_completed",
];

/** The catalogue key naming a result in words. */
export const resultKey = (result: TranscriptResult) => `transcript.result.${result}` as const;

/**
 * Whether an entry's attendance says anything yet: before an activity's first session its rate
 * is a meaningless 0 %, so the cell stays empty.
 */
export const hasRate = (entry: Pick<TranscriptEntry, "result">): boolean =>
  entry.result !== "upcoming";

/** The languages a second language can be: every one but the first. */
export const secondLocales = (first: Locale): Locale[] => LOCALES.filter((l) => l !== first);

/** The second language to print: none when it is the first one again. */
export const secondOrNone = (first: Locale, also: Locale | null): Locale | null =>
  also !== null && also !== first ? also : null;

/** The save dialog's proposed name: `transcript-<family name>.pdf` (the word in the UI's language). */
export const transcriptFileName = (word: string, familyName: string): string =>
  exportFileName([[word, familyName.trim()].filter(Boolean).join("-")], "pdf");
