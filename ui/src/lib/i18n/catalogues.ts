import type { Catalogue } from "./catalogue";
import { az } from "./az";
import { en } from "./en";
import { ru } from "./ru";
import { uzCyrl } from "./uz-Cyrl";
import { uzLatn } from "./uz-Latn";
import type { Locale } from "./types";

export const CATALOGUES: Record<Locale, Catalogue> = {
  "uz-Latn": uzLatn,
  "uz-Cyrl": uzCyrl,
  ru,
  az,
  en,
};
