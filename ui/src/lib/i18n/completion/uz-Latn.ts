import type { Plural } from "../types";
import type { enCompletion } from "./en";

export const uzLatnCompletion: {
  [K in keyof typeof enCompletion]: (typeof enCompletion)[K] extends string ? string : Plural;
} = {
  "completion.title": "Yakun",
  "completion.rule": "Yakunlash qoidasi",
  "completion.defaultRule": "Tadbirda standart qoida amal qiladi.",
  "completion.basis": "Hisoblash asosi",
  "completion.basis.sessions": "Mashgʻulotlar",
  "completion.basis.hours": "Soatlar",
  "completion.minPercent": "Eng kam davomat, %",
  "completion.late": "Kechikish hisoblanadi",
  "completion.late.full": "Toʻliq",
  "completion.late.half": "Yarim",
  "completion.late.none": "Hisoblanmaydi",
  "completion.excused": "Sababli kelmagan mashgʻulotlar qatnashgan deb hisoblanadi",
  "completion.assessment": "Baholash",
  "completion.assessment.none": "Baholanmaydi",
  "completion.assessment.pass_fail": "Oʻtdi yoki oʻtmadi",
  "completion.assessment.score": "0 dan 100 gacha ball",
  "completion.passMark": "Oʻtish bali",
  "completion.ruleSaved": "Qoida saqlandi.",
  "completion.total": "{sessions} · {hours} soat",
  "completion.col.person": "Ishtirokchi",
  "completion.col.rate": "Davomat",
  "completion.col.result": "Sertifikat",
  "completion.eligible": "Talabga javob beradi",
  "completion.notEligible": "Talabga javob bermaydi",
  "completion.certificate": "Sertifikat {number}",
  "completion.empty": "Ishtirokchilar yozilmagan.",
  "completion.notRecorded": "Kiritilmagan",
  "completion.passed": "Oʻtdi",
  "completion.failed": "Oʻtmadi",
  "completion.resultOf": "{name} natijasi",
};
