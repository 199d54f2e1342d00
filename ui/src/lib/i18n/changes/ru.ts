import type { Plural } from "../types";
import type { enChanges } from "./en";

export const ruChanges: {
  [K in keyof typeof enChanges]: (typeof enChanges)[K] extends string ? string : Plural;
} = {
  "changes.updated": "Обновлено с учётом изменений с другого рабочего места.",
};
