import type { Plural } from "../types";
import type { enSave } from "./en";

export const ruSave: {
  [K in keyof typeof enSave]: (typeof enSave)[K] extends string ? string : Plural;
} = {
  "save.saved": "Все изменения сохранены",
  "save.pending": "Ожидает сохранения…",
  "save.error": "Не сохранено",
};
