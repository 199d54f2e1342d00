import type { Plural } from "../types";

/** `mark.*`: attendance marks; spread into each locale's catalogue. */
export const enMark = {
  "mark.present": "Present",
  "mark.late": "Late",
  "mark.absent": "Absent",
  "mark.excused": "Excused",
  "mark.none": "Not marked",
  "mark.minutesShort": "{minutes} min",
} as const satisfies Record<string, string | Plural>;
