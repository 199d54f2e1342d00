import type { Plural } from "../types";
import type { enVerify } from "./en";

export const uzCyrlVerify: {
  [K in keyof typeof enVerify]: (typeof enVerify)[K] extends string ? string : Plural;
} = {
  "verify.title": "Сертификатни текшириш",
  "verify.hint": "Сертификатдаги QR-коддан токенни қўйинг; у MLK1. билан бошланади.",
  "verify.label": "Токен",
  "verify.submit": "Текшириш",
  "verify.checking": "Текширилмоқда…",
  "verify.valid": "Ҳақиқий: биз берган ва амалда.",
  "verify.revoked": "Бекор қилинган: сертификат асл, лекин энди амалда эмас.",
  "verify.unknown": "Бизнинг калит билан имзоланган, лекин бу реестрда у ҳақида ёзув йўқ.",
  "verify.invalid": "Бу Malaka сертификат токени эмас.",
  "verify.refused": "Имзо тасдиқланмади: токен ўзгартирилган ёки уни бошқа ташкилот имзолаган.",
  "verify.number": "Рақам",
  "verify.issuedOn": "Берилган сана",
  "verify.hours": "Соат",
  "verify.course": "Курс",
  "verify.keyId": "Калит идентификатори",
  "verify.holder": "Реестрдаги эгаси",
  "verify.activity": "Тадбир",
  "verify.nameNote":
    "Сертификатда ёзилган исм юқоридаги эгасининг исми билан бир хил эканини текширинг.",
  "verify.list.date": {
    one: "{date} санали бекор қилинганлар рўйхати бўйича текширилди (рўйхат {count} кунлик).",
    other: "{date} санали бекор қилинганлар рўйхати бўйича текширилди (рўйхат {count} кунлик).",
  },
  "verify.list.stale":
    "Рўйхат 30 кундан эски: шундан кейин бекор қилинган сертификатлар унда йўқ. Берувчидан янгироғини сўранг.",
  "verify.list.old": "Рўйхат эски форматда: берувчидан янги рўйхат сўранг.",
};
