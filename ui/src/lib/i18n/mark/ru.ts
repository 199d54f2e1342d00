import type { Plural } from "../types";
import type { enMark } from "./en";

export const ruMark: {
  [K in keyof typeof enMark]: (typeof enMark)[K] extends string ? string : Plural;
} = {
  "mark.present": "Присутствует",
  "mark.late": "Опоздание",
  "mark.absent": "Отсутствует",
  "mark.excused": "Уваж. причина",
  "mark.none": "Не отмечено",
  "mark.minutesShort": "{minutes} мин",
};
