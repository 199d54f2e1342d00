import type { Plural } from "../types";
import type { enMark } from "./en";

export const uzCyrlMark: {
  [K in keyof typeof enMark]: (typeof enMark)[K] extends string ? string : Plural;
} = {
  "mark.present": "Келди",
  "mark.late": "Кечикди",
  "mark.absent": "Келмади",
  "mark.excused": "Сабабли",
  "mark.none": "Белгиланмаган",
  "mark.minutesShort": "{minutes} дақ",
};
