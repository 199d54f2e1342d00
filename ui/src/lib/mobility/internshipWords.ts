// The values an internship's lists hold, in the order the screens offer them, and the catalogue
// keys that name them (`internship.state.*`, `internship.kind.*`; a placement day's attendance
// is worded as a roll's mark, `mark.*`, one term per concept).
import type { EvaluationKind, InternshipStatus, PlacementDayStatus } from "$lib/api/types";
import type { TextKey } from "$lib/i18n/catalogue";

/** A placement's statuses in lifecycle order, withdrawn last. */
export const INTERNSHIP_STATUSES = [
  "proposed",
  "host_accepted",
  "agreed",
  "under_way",
  "evaluated",
  "closed",
  "withdrawn",
] as const satisfies readonly InternshipStatus[];

/** A placement day's marks, in the order a click walks them. */
export const DAY_STATUSES = [
  "present",
  "absent",
  "excused",
] as const satisfies readonly PlacementDayStatus[];

export const EVALUATION_KINDS = ["mid", "final"] as const satisfies readonly EvaluationKind[];

/** The scores a mentor gives an objective, lowest first. */
export const SCORES = [1, 2, 3, 4, 5] as const;

export const internshipStatusKey = (s: InternshipStatus): TextKey => `internship.state.${s}`;
export const dayStatusKey = (s: PlacementDayStatus): TextKey => `mark.${s}`;
export const evaluationKindKey = (k: EvaluationKind): TextKey => `internship.kind.${k}`;

export function isInternshipStatus(value: string): value is InternshipStatus {
  return (INTERNSHIP_STATUSES as readonly string[]).includes(value);
}
