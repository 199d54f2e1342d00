/** The locales Malaka speaks; the first is the default. */
export const LOCALES = ["uz-Latn", "uz-Cyrl", "ru", "az", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "uz-Latn";

/**
 * Each language named in itself, so a user who cannot read the current one still finds theirs.
 * That is why these few words stay outside the per-locale catalogues.
 */
export const LOCALE_NAMES: Record<Locale, string> = {
  "uz-Latn": "Oʻzbekcha",
  "uz-Cyrl": "Ўзбекча",
  ru: "Русский",
  az: "Azərbaycanca",
  en: "English",
};

/** A message that changes with a count; the keys are Intl.PluralRules categories. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function isPlural(m: string | Plural): m is Plural {
  return typeof m === "object";
}
