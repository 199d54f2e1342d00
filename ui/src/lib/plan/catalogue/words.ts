import type { ActivityKind, ActivityStatus } from "$lib/api/types";
import type { TextKey } from "$lib/i18n/catalogue";

/** Every kind of activity, in the order the pickers offer them. */
export const ACTIVITY_KINDS = [
  "training",
  "seminar",
  "workshop",
  "round_table",
  "conference",
  "study_visit",
  "internship",
  "consultation",
] as const satisfies readonly ActivityKind[];

/** Every status, in lifecycle order. */
export const ACTIVITY_STATUSES = [
  "draft",
  "planned",
  "confirmed",
  "in_progress",
  "completed",
  "cancelled",
] as const satisfies readonly ActivityStatus[];

/** The statuses a new activity may start in (later moves go through the lifecycle). */
export const CREATE_STATUSES = ["draft", "planned"] as const satisfies readonly ActivityStatus[];
export type CreateStatus = (typeof CREATE_STATUSES)[number];

/** The languages of instruction the forms offer. */
export const LANGUAGES = ["uz-Latn", "uz-Cyrl", "ru", "az", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

export const kindKey = (kind: ActivityKind): TextKey => `activity.kind.${kind}`;
export const statusKey = (status: ActivityStatus): TextKey => `activity.status.${status}`;

/** The key naming a language, or null for one the forms do not offer (shown as its code). */
export const languageKey = (code: string): TextKey | null =>
  isLanguage(code) ? `catalogue.lang.${code}` : null;

export function isActivityKind(value: string): value is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(value);
}

export function isActivityStatus(value: string): value is ActivityStatus {
  return (ACTIVITY_STATUSES as readonly string[]).includes(value);
}
