import type { Plural } from "../types";
import type { enCompletion } from "./en";

export const azCompletion: {
  [K in keyof typeof enCompletion]: (typeof enCompletion)[K] extends string ? string : Plural;
} = {
  "completion.title": "Yekun",
  "completion.rule": "Başa çatdırma qaydası",
  "completion.defaultRule": "Tədbirdə standart qayda tətbiq olunur.",
  "completion.basis": "Hesablama əsası",
  "completion.basis.sessions": "Məşğələlər",
  "completion.basis.hours": "Saatlar",
  "completion.minPercent": "Minimum davamiyyət, %",
  "completion.late": "Gecikmə hesablanır",
  "completion.late.full": "Tam",
  "completion.late.half": "Yarım",
  "completion.late.none": "Hesablanmır",
  "completion.excused": "Üzrlü səbəbdən iştirak etməmək hesablanır",
  "completion.assessment": "Qiymətləndirmə",
  "completion.assessment.none": "Yoxdur",
  "completion.assessment.pass_fail": "Keçdi və ya keçmədi",
  "completion.assessment.score": "0-dan 100-ə qədər bal",
  "completion.passMark": "Keçid balı",
  "completion.ruleSaved": "Qayda saxlanıldı.",
  "completion.total": "{sessions} · {hours} saat",
  "completion.col.person": "İştirakçı",
  "completion.col.rate": "Davamiyyət",
  "completion.col.result": "Sertifikat",
  "completion.eligible": "Uyğundur",
  "completion.notEligible": "Uyğun deyil",
  "completion.certificate": "Sertifikat {number}",
  "completion.empty": "İştirakçı yazılmayıb.",
  "completion.notRecorded": "Qeyd olunmayıb",
  "completion.passed": "Keçdi",
  "completion.failed": "Keçmədi",
  "completion.resultOf": "{name} nəticəsi",
};
