import type { Plural } from "../types";
import type { enChanges } from "./en";

export const azChanges: {
  [K in keyof typeof enChanges]: (typeof enChanges)[K] extends string ? string : Plural;
} = {
  "changes.updated": "Başqa iş yerindən edilən dəyişikliklərlə yeniləndi.",
};
