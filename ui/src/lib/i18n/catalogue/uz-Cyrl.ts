import type { Plural } from "../types";
import type { enCatalogue } from "./en";

export const uzCyrlCatalogue: {
  [K in keyof typeof enCatalogue]: (typeof enCatalogue)[K] extends string ? string : Plural;
} = {
  "catalogue.title": "Дастурлар каталоги",
  "catalogue.intro":
    "Дастур курсни бир марта тавсифлайди — коди, соатлари ва мақсадлари — шунда ундан тадбирлар режалаштирилади.",
  "catalogue.new": "Янги дастур",
  "catalogue.showArchived": "Архивдаги дастурларни кўрсатиш",
  "catalogue.count": { one: "{count} та дастур", other: "{count} та дастур" },
  "catalogue.empty": "Ҳали дастурлар йўқ. Тадбирларни режалаштириш учун биринчи дастурни қўшинг.",
  "catalogue.listLabel": "Дастурлар",
  "catalogue.col.code": "Код",
  "catalogue.col.title": "Номи",
  "catalogue.col.hours": "Режадаги соатлар",
  "catalogue.col.language": "Тил",
  "catalogue.col.actions": "Амаллар",
  "catalogue.archivedBadge": "Архивда",
  "catalogue.hoursValue": "{hours} соат",
  "catalogue.editOf": "{code} дастурини таҳрирлаш",
  "catalogue.archive": "Архивга",
  "catalogue.archiveOf": "{code} дастурини архивга ўтказиш",
  "catalogue.restore": "Қайтариш",
  "catalogue.restoreOf": "{code} дастурини архивдан қайтариш",
  "catalogue.plan": "Тадбир режалаштириш",
  "catalogue.planOf": "{code} дастури бўйича тадбир режалаштириш",
  "catalogue.formNew": "Янги дастур",
  "catalogue.formEdit": "{code} дастурини таҳрирлаш",
  "catalogue.field.code": "Код",
  "catalogue.field.title": "Номи",
  "catalogue.field.planned_hours": "Режадаги соатлар",
  "catalogue.field.language": "Ўқитиш тили",
  "catalogue.field.objectives": "Мақсадлар",
  "catalogue.codeHint":
    "24 тагача лотин ҳарфи, рақам, «-», «_» ёки «.»; бош ҳарфлар билан сақланади.",
  "catalogue.codeFormat": "24 тагача лотин ҳарфи, рақам, «-», «_» ёки «.» ишлатинг.",
  "catalogue.codeTaken": "Бу код бошқа дастурда аллақачон ишлатилган.",
  "catalogue.hoursFormat": "Соатларни 0 дан 10000 гача киритинг, масалан 24 ёки 7,5.",
  "catalogue.saved": "{code} дастури сақланди.",
  "catalogue.archived": "{code} дастури архивга ўтказилди; энди режалаштиришда таклиф қилинмайди.",
  "catalogue.restored": "{code} дастури яна режалаштиришда таклиф қилинади.",
  "catalogue.lang.uz-Latn": "Ўзбекча (лотин)",
  "catalogue.lang.uz-Cyrl": "Ўзбекча (кирилл)",
  "catalogue.lang.ru": "Русча",
  "catalogue.lang.az": "Озарбайжонча",
  "catalogue.lang.en": "Инглизча",
};
