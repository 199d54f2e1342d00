import type { Plural } from "../types";
import type { enAccounts } from "./en";

export const uzCyrlAccounts: {
  [K in keyof typeof enAccounts]: (typeof enAccounts)[K] extends string ? string : Plural;
} = {
  "accounts.title": "Ҳисоб қайдномалари",
  "accounts.intro":
    "Ушбу реестрга ким ва қайси рол билан кира олади. Реестрни ҳамма кўра олади; нимани ўзгартириш мумкинлигини рол белгилайди.",
  "accounts.add": "Ҳисоб қайдномасини қўшиш",
  "accounts.empty": "Ҳозирча ҳисоб қайдномалари йўқ.",
  "accounts.listLabel": "Ҳисоб қайдномалари",
  "accounts.editOf": "Ҳисоб қайдномасини таҳрирлаш: {name}",
  "accounts.formNew": "Янги ҳисоб қайдномаси",
  "accounts.formEdit": "Ҳисоб қайдномасини таҳрирлаш: {name}",
  "accounts.saved": "{name} ҳисоб қайдномаси сақланди.",
  "accounts.field.login": "Логин",
  "accounts.field.name": "Исм",
  "accounts.field.role": "Рол",
  "accounts.field.trainer": "Тренер",
  "accounts.field.password": "Парол",
  "accounts.field.newPassword": "Янги парол",
  "accounts.field.disabled": "Фаолсизлантирилган: бу ҳисоб қайдномаси билан кириб бўлмайди",
  "accounts.loginHint":
    "Киришда ёзиладиган ном: лотин ҳарфлари, рақамлар, «.», «_» ёки «-». Кейин уни ўзгартириб бўлмайди.",
  "accounts.nameHint": "Экранларда ва ўзгаришлар журналида кўрсатилади.",
  "accounts.passwordHint":
    "Камида {min} та белги. Паролни ҳисоб қайдномаси эгасига айтинг; у уни «Созламалар»да ўзгартира олади.",
  "accounts.resetHint":
    "Жорий паролни сақлаб қолиш учун бўш қолдиринг. Янги парол қулфланган ҳисоб қайдномасини ҳам очади.",
  "accounts.trainerHint": "Бу ҳисоб қайдномаси машғулотларида давоматни қайд этадиган тренер.",
  "accounts.noTrainers": "Ҳозирча тренерлар йўқ: аввал тренерни «Тренерлар» бўлимида қўшинг.",
  "accounts.pickTrainer": "Тренерни танланг…",
  "accounts.you": "сиз",
  "accounts.state.disabled": "Фаолсизлантирилган",
  "accounts.state.locked": "{until} гача қулфланган",
  "accounts.state.noPassword": "Парол йўқ",
  "accounts.ownPasswordFirst":
    "Ҳисоб қайдномаларини қўшишдан олдин қуйидаги «Менинг паролим» бўлимида ўз паролингизни ўрнатинг. Иккинчи ҳисоб қайдномасидан бошлаб ҳамма, сиз ҳам, логин ва парол билан киради.",
};
