import type { Plural } from "../types";
import type { enSave } from "./en";

export const azSave: {
  [K in keyof typeof enSave]: (typeof enSave)[K] extends string ? string : Plural;
} = {
  "save.saved": "Bütün dəyişikliklər saxlanıldı",
  "save.pending": "Saxlanmağı gözləyir…",
  "save.error": "Saxlanılmadı",
};
