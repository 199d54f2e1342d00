import type { Plural } from "../types";
import type { enAtt } from "./en";

export const azAtt: {
  [K in keyof typeof enAtt]: (typeof enAtt)[K] extends string ? string : Plural;
} = {
  "att.iAm": "Mən",
  "att.allSessions": "Bütün məşğələlər",
  "att.today": "Bu gün",
  "att.upcoming": "Qarşıdakı (14 gün)",
  "att.past": "Keçmiş (60 gün)",
  "att.noneToday": "Bu gün məşğələ yoxdur.",
  "att.noneUpcoming": "Növbəti iki həftədə məşğələ yoxdur.",
  "att.nonePast": "Son 60 gündə məşğələ olmayıb.",
  "att.marked": "{expected} nəfərdən {marked} nəfər qeyd olunub",
  "att.missing": {
    one: "{count} qeyd çatışmır",
    other: "{count} qeyd çatışmır",
  },
  "att.complete": "Hamısı qeyd olunub",
  "att.othersSession": "Başqa təlimçinin məşğələsi: qeydlərə yalnız baxmaq olar.",
  "att.yourTime": "Sizin vaxtınızla: {time}",
  "att.venue": "Məkan",
  "att.trainers": "Təlimçilər",
  "att.zone": "Keçirildiyi yerin vaxtı ({zone})",
};
