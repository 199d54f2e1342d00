import type { Plural } from "../types";
import type { enChanges } from "./en";

export const uzCyrlChanges: {
  [K in keyof typeof enChanges]: (typeof enChanges)[K] extends string ? string : Plural;
} = {
  "changes.updated": "Бошқа иш жойидан киритилган ўзгаришлар билан янгиланди.",
};
