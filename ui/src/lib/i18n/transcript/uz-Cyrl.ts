import type { Plural } from "../types";
import type { enTranscript } from "./en";

export const uzCyrlTranscript: {
  [K in keyof typeof enTranscript]: (typeof enTranscript)[K] extends string ? string : Plural;
} = {
  "transcript.title": "Малака ошириш ҳақида кўчирма",
  "transcript.asOf": "{date} ҳолатига",
  "transcript.col.activity": "Тадбир",
  "transcript.col.days": "Саналар",
  "transcript.col.hours": "Қатнашган соатлар",
  "transcript.col.rate": "Давомат",
  "transcript.col.result": "Натижа",
  "transcript.col.certificate": "Сертификат рақами",
  "transcript.hoursOfPlanned": "{hours} соат қатнашган, режада {planned} соат",
  "transcript.rate": "{value}%",
  "transcript.result.completed": "Якунланган",
  "transcript.result.not_completed": "Якунланмаган",
  "transcript.result.in_progress": "Давом этмоқда",
  "transcript.result.upcoming": "Режалаштирилган",
  "transcript.revoked": "бекор қилинган",
  "transcript.total": "Жами қатнашган соатлар",
  "transcript.completed": "Якунланган тадбирлар: {count}",
  "transcript.empty": "Ҳозирча тадбирлар йўқ.",
  "transcript.print": "Кўчирмани чоп этиш",
  "transcript.print.options": "Малака ошириш ҳақида кўчирмани чоп этиш",
  "transcript.print.locale": "Тил",
  "transcript.print.also": "Иккинчи тил",
  "transcript.print.alsoNone": "Йўқ",
  "transcript.print.save": "PDF сақлаш…",
  "transcript.print.saving": "Сақланмоқда…",
  "transcript.print.dialog": "Кўчирмани сақлаш",
  "transcript.print.filter": "PDF ҳужжатлар",
  "transcript.print.file": "кўчирма",
  "transcript.print.done": "Кўчирма сақланди: {path}",
  "transcript.print.note":
    "Бугунгача бошланган тадбирлар киритилади; кўчирма реестр калити билан имзоланади ва QR-код орқали текширилади.",
  "transcript.verify.hint": "Малака ошириш ҳақида кўчирманинг токени MLT1. билан бошланади.",
  "transcript.verify.valid":
    "Ҳақиқий малака ошириш ҳақида кўчирма: бизнинг калит билан имзоланган.",
  "transcript.verify.validOther": "Асл кўчирма: берувчининг калити билан имзоланган.",
  "transcript.verify.reference": "Текшириш коди",
  "transcript.verify.activities": "Тадбирлар сони",
  "transcript.verify.notInRegister": "Бу реестрда йўқ",
  "transcript.verify.nameDiffers":
    "Реестрдаги исм кўчирма чоп этилгандаги исмдан фарқ қилади: кўчирмадаги исмни ходимнинг ҳужжатлари билан солиштиринг.",
  "transcript.verify.registerSame": "Реестр ўша кун учун худди шу кўчирмани беради.",
  "transcript.verify.registerChanged":
    "Кўчирма чоп этилганидан кейин реестр ўзгарган: давомат, натижалар ёки сертификатлар бошқача.",
  "transcript.verify.nameNote":
    "Кўчирмада ёзилган исм юқоридаги эгасининг исми билан бир хил эканини текширинг.",
};
