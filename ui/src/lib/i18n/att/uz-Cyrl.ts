import type { Plural } from "../types";
import type { enAtt } from "./en";

export const uzCyrlAtt: {
  [K in keyof typeof enAtt]: (typeof enAtt)[K] extends string ? string : Plural;
} = {
  "att.iAm": "Мен",
  "att.allSessions": "Барча машғулотлар",
  "att.today": "Бугун",
  "att.upcoming": "Яқин кунларда (14 кун)",
  "att.past": "Ўтганлар (60 кун)",
  "att.noneToday": "Бугун машғулот йўқ.",
  "att.noneUpcoming": "Кейинги икки ҳафтада машғулот йўқ.",
  "att.nonePast": "Сўнгги 60 кунда машғулот бўлмаган.",
  "att.marked": "{expected} тадан {marked} таси белгиланган",
  "att.missing": {
    one: "{count} та белги қўйилмаган",
    other: "{count} та белги қўйилмаган",
  },
  "att.complete": "Ҳаммаси белгиланган",
  "att.othersSession": "Бошқа тренернинг машғулоти: давоматини фақат кўриш мумкин.",
  "att.yourTime": "Сизнинг вақтингиз билан: {time}",
  "att.venue": "Жой",
  "att.trainers": "Тренерлар",
  "att.zone": "Ўтказиладиган жой вақти ({zone})",
};
