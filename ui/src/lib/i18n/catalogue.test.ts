// The CI check that every catalogue has exactly English's keys (`npm run i18n:check`), plus the
// things a type cannot see: plural forms per locale, placeholders, and the Uzbek letters.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "$lib/plan/catalogue/words";
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

  it("writes the Uzbek tutuq belgisi with U+02BC, and no apostrophe of any other kind", () => {
    const uz = text("uz-Latn");
    expect(uz).toMatch(/[a-z]\u02bc[a-z]/);
    expect(uz.match(/.{0,12}['\u2018\u2019`].{0,12}/g) ?? []).toEqual([]);
  });

  it("writes Uzbek Cyrillic with ў қ ғ ҳ", () => {
    const uz = text("uz-Cyrl");
    for (const letter of ["ў", "қ", "ғ", "ҳ"]) expect(uz).toContain(letter);
  });

  it("keeps ь in the Russian loans of Uzbek Cyrillic (Фильтрлар, Табель рақами)", () => {
    expect(text("uz-Cyrl").match(/\S*(?:[Фф]илтр|[Тт]абел(?!ь))\S*/g) ?? []).toEqual([]);
  });

  it.each(["uz-Latn", "uz-Cyrl", "ru", "az"] as const)("quotes with «…» in %s", (locale) => {
    const all = text(locale);
    expect(all.match(/.{0,12}["\u201c\u201d\u201e].{0,12}/g) ?? []).toEqual([]);
    expect(all.split("«").length).toBe(all.split("»").length);
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

  it("keeps each area's keys in the folder named after their prefix", () => {
    const astray = Object.entries(files)
      .filter(([path]) => path.includes("/") && LOCALES.some((l) => path.endsWith(`/${l}.ts`)))
      .flatMap(([path, text]) => {
        const folder = path.split("/")[0];
        return [...text.matchAll(KEY)]
          .map(([, key]) => key)
          .filter((key) => !key.startsWith(`${folder}.`))
          .map((key) => `${key} in ${path}`);
      });
    expect(astray).toEqual([]);
  });
});

describe("one term per concept", () => {
  // Each list below names one set of values, and the screens name those values only through it
  // (a second list of the same kinds once drifted apart: "Amaliy seminar" here, "Amaliy
  // mashgʻulot" there). Lists of different things may share an English word: an activity and an
  // enrolment are both "Cancelled", but in Russian one is "Отменено" and the other "Отменён".
  const TERM_LISTS = [
    "activity.kind.",
    "activity.status.",
    "enrolment.status.",
    "enrolment.role.",
    "cert.status.",
    "mark.",
    "org.kind.",
    "visit.state.",
    "visit.host.",
    "visit.direction.",
    "visit.role.",
    "visit.visa.",
    "visit.mode.",
    "internship.state.",
    "internship.kind.",
    // How an activity ended for a person (a transcript's result, as its PDF prints it), not
    // the activity's own status: ru "Идёт" beside the activity's "Проводится".
    "transcript.result.",
  ];
  const inList = (key: string) =>
    TERM_LISTS.some((p) => key.startsWith(p) && !key.slice(p.length).includes("."));
  const english = en as Record<string, string | Plural>;
  const terms = Object.keys(en).filter((k) => inList(k) && typeof english[k] === "string");

  it("keeps one list of activity kinds and one of activity statuses", () => {
    const kind = new RegExp(`\\.kind\\.(${ACTIVITY_KINDS.join("|")})$`);
    const status = new RegExp(`\\.status\\.(${ACTIVITY_STATUSES.join("|")})$`);
    const stray = Object.keys(en).filter(
      (k) =>
        (kind.test(k) && !k.startsWith("activity.kind.")) ||
        (status.test(k) && !k.startsWith("activity.status.") && !k.startsWith("enrolment.")),
    );
    expect(stray).toEqual([]);
    for (const k of ACTIVITY_KINDS) expect(en).toHaveProperty([`activity.kind.${k}`]);
    for (const s of ACTIVITY_STATUSES) expect(en).toHaveProperty([`activity.status.${s}`]);
  });

  // Headings over a list of people in one state: the term's word, then a plural ending
  // ("Enrolled": uz "Roʻyxatga olingan" → "Roʻyxatga olinganlar", ru "Записан" → "Записаны").
  const PLURAL_OF_TERM = new Set(["enrol.enrolled.title"]);
  // Headings over a count of certificates in one state, as the printed report heads them: the
  // term's word agreeing with the count, its ending changed (ru "Действует" → "Действуют",
  // "Отозван" → "Отозвано"), so only its stem must match.
  const COUNT_OF_TERM = new Set([
    "report.certificates.col.in_force",
    "report.certificates.col.revoked",
  ]);

  it.each(LOCALES)("words a term the same wherever %s names it on its own", (locale) => {
    // Another key whose English is exactly a term's names that term (a column, a badge, a
    // filter option) and must use the list's word. When lists share the English word (an
    // activity and an enrolment are both "Cancelled"), the key names one of them.
    const catalogue = CATALOGUES[locale] as Record<string, string | Plural>;
    const differ: string[] = [];
    for (const [key, m] of Object.entries(english)) {
      if (inList(key) || typeof m !== "string") continue;
      const named = terms.filter((term) => english[term] === m);
      if (named.length === 0) continue;
      const words = named.map((term) => catalogue[term] as string);
      const said = catalogue[key] as string;
      const same = PLURAL_OF_TERM.has(key)
        ? words.some((w) => said.startsWith(w))
        : COUNT_OF_TERM.has(key)
          ? words.some((w) => said.startsWith(w.slice(0, -2)))
          : words.includes(said);
      if (!same) differ.push(`${key} "${said}" ≠ ${named.map((n, i) => `${n} "${words[i]}"`)}`);
    }
    expect(differ).toEqual([]);
  });
});
