import type { AttendanceStatus, NotEligible } from "$lib/api/types";
import { formatDecimal, t, tn } from "$lib/i18n/index.svelte";

/** A mark as a short word in the current locale ("Not marked" for none). */
export function statusWord(status: AttendanceStatus | null): string {
  return status ? t(`mark.${status}`) : t("mark.none");
}

/** Why someone is not eligible, as a sentence in the current locale. */
export function reasonText(r: NotEligible): string {
  switch (r.code) {
    case "below_minimum":
      return t("reason.below_minimum", {
        rate: formatDecimal(r.rate),
        required: formatDecimal(r.required),
      });
    case "marks_missing":
      return tn("reason.marks_missing", r.count);
    case "no_sessions":
      return t("reason.no_sessions");
    case "assessment_missing":
      return t("reason.assessment_missing");
    case "assessment_failed":
      return r.score !== null && r.pass_mark !== null
        ? t("reason.score_below", {
            score: formatDecimal(r.score),
            passMark: formatDecimal(r.pass_mark),
          })
        : t("reason.assessment_failed");
  }
}
