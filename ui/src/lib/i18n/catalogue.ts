import type { en } from "./en";
import type { Plural } from "./types";

export type MessageKey = keyof typeof en;
/** Keys whose message is one string. */
export type TextKey = { [K in MessageKey]: (typeof en)[K] extends string ? K : never }[MessageKey];
/** Keys whose message changes with a count. */
export type PluralKey = Exclude<MessageKey, TextKey>;

/** The shape every locale must fill: the same keys as English, none missing, none extra. */
export type Catalogue = { [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };
