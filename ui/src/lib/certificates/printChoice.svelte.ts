import { currentLocale, type Locale } from "$lib/i18n/index.svelte";

/**
 * The languages certificates print in, remembered for the session and shared by the activity
 * page's "Print all" and the register's per-row print. Until the user picks one, the first
 * language follows the UI's; the second is none.
 */
const choice = $state<{ locale: Locale | null; also: Locale | null }>({
  locale: null,
  also: null,
});

/** The certificate's language: the one chosen this session, else the UI's. */
export function printLocale(): Locale {
  return choice.locale ?? currentLocale();
}

/** The second language printed beside the first, or null; never the first one again. */
export function printAlso(): Locale | null {
  return choice.also !== null && choice.also !== printLocale() ? choice.also : null;
}

export function setPrintLocale(locale: Locale): void {
  choice.locale = locale;
}

export function setPrintAlso(locale: Locale | null): void {
  choice.also = locale;
}

/** Back to following the UI's language with no second one (tests start from here). */
export function resetPrintChoice(): void {
  choice.locale = null;
  choice.also = null;
}
