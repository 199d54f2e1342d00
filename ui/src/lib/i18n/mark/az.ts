import type { Plural } from "../types";
import type { enMark } from "./en";

export const azMark: {
  [K in keyof typeof enMark]: (typeof enMark)[K] extends string ? string : Plural;
} = {
  "mark.present": "Gəldi",
  "mark.late": "Gecikdi",
  "mark.absent": "Gəlmədi",
  "mark.excused": "Üzrlü",
  "mark.none": "Qeyd olunmayıb",
  "mark.minutesShort": "{minutes} dəq",
};
