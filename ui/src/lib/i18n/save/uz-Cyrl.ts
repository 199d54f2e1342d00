import type { Plural } from "../types";
import type { enSave } from "./en";

export const uzCyrlSave: {
  [K in keyof typeof enSave]: (typeof enSave)[K] extends string ? string : Plural;
} = {
  "save.saved": "Барча ўзгаришлар сақланди",
  "save.pending": "Сақлаш кутилмоқда…",
  "save.error": "Сақланмади",
};
