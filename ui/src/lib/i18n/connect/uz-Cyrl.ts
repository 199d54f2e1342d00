import type { Plural } from "../types";
import type { enConnect } from "./en";

export const uzCyrlConnect: {
  [K in keyof typeof enConnect]: (typeof enConnect)[K] extends string ? string : Plural;
} = {
  "connect.title": "Жамоавий маълумотлар базасига уланиш",
  "connect.server": "Бу иш жойи {server} жамоавий маълумотлар базаси билан ишлайди.",
  "connect.failed": "Жамоавий маълумотлар базаси очилмади.",
  "connect.needsPassword": "Уланиш учун сервердаги паролингизни киритинг.",
  "connect.connect": "Уланиш",
  "connect.changeSettings": "Сервер созламаларини ўзгартириш",
  "connect.useFile": "Иш жойининг ўз реестрини очиш",
  "connect.useFileHint":
    "Фақат шу сафар: кейинги ишга тушишда Малака жамоавий маълумотлар базасига яна уланиб кўради.",
};
