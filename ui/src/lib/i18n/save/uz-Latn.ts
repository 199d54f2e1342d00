import type { Plural } from "../types";
import type { enSave } from "./en";

export const uzLatnSave: {
  [K in keyof typeof enSave]: (typeof enSave)[K] extends string ? string : Plural;
} = {
  "save.saved": "Barcha oʻzgarishlar saqlandi",
  "save.pending": "Saqlash kutilmoqda…",
  "save.error": "Saqlanmadi",
};
