import type { Plural } from "../types";
import type { enPassword } from "./en";

export const uzCyrlPassword: {
  [K in keyof typeof enPassword]: (typeof enPassword)[K] extends string ? string : Plural;
} = {
  "password.title": "Менинг паролим",
  "password.intro": "Тизимга кириш учун паролингиз. Бошқалар топа олмайдиган парол танланг.",
  "password.introNone":
    "Ҳисоб қайдномангизда ҳали парол йўқ, шунинг учун реестр тизимга кирмасдан очилади. Бошқалар учун ҳисоб қайдномаси қўшишдан олдин парол ўрнатинг.",
  "password.current": "Жорий парол",
  "password.new": "Янги парол",
  "password.newHint": "Камида {min} та белги.",
  "password.again": "Янги паролни такрорланг",
  "password.change": "Паролни ўзгартириш",
  "password.set": "Парол ўрнатиш",
  "password.saved": "Паролингиз ўзгартирилди.",
};
