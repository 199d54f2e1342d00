import type { Plural } from "../types";
import type { enCompletion } from "./en";

export const uzCyrlCompletion: {
  [K in keyof typeof enCompletion]: (typeof enCompletion)[K] extends string ? string : Plural;
} = {
  "completion.title": "Якун",
  "completion.rule": "Якунлаш қоидаси",
  "completion.defaultRule": "Тадбирда стандарт қоида амал қилади.",
  "completion.basis": "Ҳисоблаш асоси",
  "completion.basis.sessions": "Машғулотлар",
  "completion.basis.hours": "Соатлар",
  "completion.minPercent": "Энг кам давомат, %",
  "completion.late": "Кечикиш ҳисобланади",
  "completion.late.full": "Тўлиқ",
  "completion.late.half": "Ярим",
  "completion.late.none": "Ҳисобланмайди",
  "completion.excused": "Сабабли келмаган машғулотлар қатнашган деб ҳисобланади",
  "completion.assessment": "Баҳолаш",
  "completion.assessment.none": "Баҳоланмайди",
  "completion.assessment.pass_fail": "Ўтди ёки ўтмади",
  "completion.assessment.score": "0 дан 100 гача балл",
  "completion.passMark": "Ўтиш бали",
  "completion.ruleSaved": "Қоида сақланди.",
  "completion.total": "{sessions} · {hours} соат",
  "completion.col.person": "Иштирокчи",
  "completion.col.rate": "Давомат",
  "completion.col.result": "Сертификат",
  "completion.eligible": "Талабга жавоб беради",
  "completion.notEligible": "Талабга жавоб бермайди",
  "completion.certificate": "Сертификат {number}",
  "completion.empty": "Иштирокчилар ёзилмаган.",
  "completion.notRecorded": "Киритилмаган",
  "completion.passed": "Ўтди",
  "completion.failed": "Ўтмади",
  "completion.resultOf": "{name} натижаси",
};
