import type { Plural } from "../types";
import type { enTrainers } from "./en";

export const uzCyrlTrainers: {
  [K in keyof typeof enTrainers]: (typeof enTrainers)[K] extends string ? string : Plural;
} = {
  "trainers.title": "Тренерлар",
  "trainers.intro":
    "Машғулотларни олиб борадиган реестрдаги ходимлар ва ташқи мутахассислар. Машғулотлар шу ердаги тренерлар билан режалаштирилади.",
  "trainers.add": "Тренер қўшиш",
  "trainers.empty":
    "Ҳозирча тренерлар йўқ. Улар билан машғулотларни режалаштириш учун биринчи тренерни қўшинг.",
  "trainers.listLabel": "Тренерлар",
  "trainers.editOf": "Тренерни таҳрирлаш: {name}",
  "trainers.formNew": "Янги тренер",
  "trainers.formEdit": "Тренерни таҳрирлаш: {name}",
  "trainers.kind": "Машғулотларни ким олиб боради",
  "trainers.kind.staff": "Реестрдаги ходим",
  "trainers.kind.external": "Ташқи тренер",
  "trainers.staff": "Ходим",
  "trainers.external": "Ташқи",
  "trainers.field.person": "Ходим",
  "trainers.field.name": "Тўлиқ Ф.И.Ш.",
  "trainers.field.affiliation": "Иш жойи",
  "trainers.field.expertise": "Мутахассислиги",
  "trainers.personHint":
    "Исмнинг бир қисмини лотин ёки кирилл ёзувида киритинг, сўнг ходимни танланг.",
  "trainers.fromRegister": "Ф.И.Ш. реестрдан олинади.",
  "trainers.results": "Топилган ходимлар",
  "trainers.noMatch": "Реестрда мос ходим топилмади.",
  "trainers.another": "Бошқасини танлаш",
  "trainers.pickPerson": "Реестрдан ходимни танланг.",
  "trainers.affiliationHint": "Тренер қаерда ишлайди, масалан университет ёки вазирлик.",
  "trainers.expertiseHint": "Нимани ўқитади, масалан давлат хизмати этикаси.",
  "trainers.saved": "Тренер {name} сақланди.",
};
