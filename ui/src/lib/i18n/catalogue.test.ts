// The CI check that every catalogue has exactly English's keys (`npm run i18n:check`), plus the
// things a type cannot see: plural forms per locale, placeholders, and the Uzbek letters.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogues";
import { en } from "./en";
import { isPlural, LOCALES, type Plural } from "./types";

const enKeys = Object.keys(en).sort();
const placeholders = (m: string | Plural) =>
  [...new Set((isPlural(m) ? Object.values(m) : [m]).join(" ").match(/\{\w+\}/g) ?? [])].sort();

describe.each(LOCALES)("catalogue %s", (locale) => {
  const catalogue = CATALOGUES[locale] as Record<string, string | Plural>;

  it("has every English key", () => {
    const missing = enKeys.filter((k) => !(k in catalogue));
    expect(missing, `missing in ${locale}`).toEqual([]);
  });

  it("has no key English lacks", () => {
    const extra = Object.keys(catalogue).filter((k) => !(k in en));
    expect(extra, `extra in ${locale}`).toEqual([]);
  });

  it("has no empty message", () => {
    const empty = Object.entries(catalogue)
      .filter(([, m]) => (isPlural(m) ? Object.values(m) : [m]).some((s) => !s?.trim()))
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it("gives each counted message every plural form the language uses", () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const incomplete = Object.entries(catalogue)
      .filter(([, m]) => isPlural(m))
      .filter(([, m]) => categories.some((c) => !(m as Plural)[c]))
      .map(([k]) => k);
    expect(incomplete).toEqual([]);
  });

  it("keeps English's placeholders", () => {
    const differ = Object.entries(en)
      .filter(
        ([k, m]) => JSON.stringify(placeholders(m)) !== JSON.stringify(placeholders(catalogue[k])),
      )
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it("keeps counted messages counted and plain ones plain", () => {
    const differ = Object.entries(en)
      .filter(([k, m]) => isPlural(m) !== isPlural(catalogue[k]))
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });
});

describe("script details", () => {
  const text = (locale: (typeof LOCALES)[number]) =>
    Object.values(CATALOGUES[locale])
      .map((m) => (isPlural(m) ? Object.values(m).join(" ") : m))
      .join(" ");

  it("writes Uzbek oʻ and gʻ with U+02BB, never an ASCII or curly apostrophe", () => {
    const uz = text("uz-Latn");
    expect(uz).toMatch(/[og]\u02bb/);
    expect(uz).not.toMatch(/[OoGg]['\u2018\u2019`]/);
  });

  it("writes Uzbek Cyrillic with ў қ ғ ҳ", () => {
    const uz = text("uz-Cyrl");
    for (const letter of ["ў", "қ", "ғ", "ҳ"]) expect(uz).toContain(letter);
  });

  it("writes Azerbaijani with ə ğ ı İ ş", () => {
    const az = text("az");
    for (const letter of ["ə", "ğ", "ı", "İ", "ş"]) expect(az).toContain(letter);
  });
});

describe("where keys are defined", () => {
  // A locale is its main file plus area files spread into it; a key defined in two of them
  // would silently take the last one, so each key lives in exactly one file.
  const dir = join(process.cwd(), "src/lib/i18n");
  const files = Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
  const KEY = /^\s*"([\w.-]+)":/gm;

  it.each(LOCALES)("defines each %s key once", (locale) => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [path, text] of Object.entries(files)) {
      if (path.split("/").pop() !== `${locale}.ts`) continue;
      for (const [, key] of text.matchAll(KEY)) {
        const first = seen.get(key);
        if (first) twice.push(`${key} in ${first} and ${path}`);
        else seen.set(key, path);
      }
    }
    expect(seen.size).toBeGreaterThan(700);
    expect(twice).toEqual([]);
  });
});
