import type { Plural } from "../types";
import type { enChanges } from "./en";

export const uzLatnChanges: {
  [K in keyof typeof enChanges]: (typeof enChanges)[K] extends string ? string : Plural;
} = {
  "changes.updated": "Boshqa ish joyidan kiritilgan oʻzgarishlar bilan yangilandi.",
};
