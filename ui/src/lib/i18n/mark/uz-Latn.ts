import type { Plural } from "../types";
import type { enMark } from "./en";

export const uzLatnMark: {
  [K in keyof typeof enMark]: (typeof enMark)[K] extends string ? string : Plural;
} = {
  "mark.present": "Keldi",
  "mark.late": "Kechikdi",
  "mark.absent": "Kelmadi",
  "mark.excused": "Sababli",
  "mark.none": "Belgilanmagan",
  "mark.minutesShort": "{minutes} daq",
};
