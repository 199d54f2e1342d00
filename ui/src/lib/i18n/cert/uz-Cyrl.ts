import type { Plural } from "../types";
import type { enCert } from "./en";

export const uzCyrlCert: {
  [K in keyof typeof enCert]: (typeof enCert)[K] extends string ? string : Plural;
} = {
  "cert.issue": { one: "{count} та сертификат бериш", other: "{count} та сертификат бериш" },
  "cert.issuing": "Сертификатлар берилмоқда…",
  "cert.noneWaiting": "Талабга жавоб берадиган барча иштирокчиларда сертификат бор.",
  "cert.issued": { one: "{count} та сертификат берилди.", other: "{count} та сертификат берилди." },
  "cert.already": {
    one: "{count} нафар иштирокчида сертификат аллақачон бор эди; ҳеч кимга иккинчиси берилмайди.",
    other:
      "{count} нафар иштирокчида сертификат аллақачон бор эди; ҳеч кимга иккинчиси берилмайди.",
  },
  "cert.notEligible": "Талабга жавоб бермагани учун берилмади: {names}",
  "cert.printAll": "Барчасини чоп этиш (PDF)",
  "cert.printing": "PDF тайёрланмоқда…",
  "cert.pdfDialog": "Сертификатларни сақлаш",
  "cert.pdfFilter": "PDF ҳужжатлар",
  "cert.fileAll": "сертификатлар",
  "cert.printed": "PDF сақланди: {path}",
  "cert.searchLabel": "Сертификатларни қидириш",
  "cert.searchPlaceholder": "Рақам ёки эгасининг исми",
  "cert.empty": "Ҳозирча сертификатлар йўқ. Уларни тадбирнинг давомат саҳифасида беринг.",
  "cert.noMatch": "Қидирувга мос сертификат йўқ.",
  "cert.capped":
    "Фақат энг янги {limit} таси кўрсатилган; бошқаларини топиш учун қидирувни аниқлаштиринг.",
  "cert.registerLabel": "Сертификатлар реестри",
  "cert.col.number": "Рақам",
  "cert.col.holder": "Эгаси",
  "cert.col.activity": "Тадбир",
  "cert.col.issued": "Берилган",
  "cert.col.status": "Ҳолати",
  "cert.col.actions": "Амаллар",
  "cert.status.issued": "Амалда",
  "cert.status.revoked": "Бекор қилинган",
  "cert.revokedOn": "{date} да {who} томонидан бекор қилинган",
  "cert.because": "Сабаб: {reason}",
  "cert.replacedBy": "Ўрнига {number} берилган",
  "cert.replaces": "{number} ўрнига берилган",
  "cert.print": "Чоп этиш",
  "cert.printOf": "{number} сертификатини чоп этиш",
  "cert.revoke": "Бекор қилиш",
  "cert.revokeOf": "{number} сертификатини бекор қилиш",
  "cert.reason": "Нима учун бекор қилинмоқда?",
  "cert.reasonHint":
    "Реестрда сақланади ва сертификатни текширган ҳар кимга кўрсатилади. Унинг давомат белгилари қулфдан чиқади.",
  "cert.reasonRequired": "Сабабини ёзинг.",
  "cert.revokeConfirm": "Сертификатни бекор қилиш",
  "cert.revokeKeep": "Бекор қилмаслик",
  "cert.revoking": "Бекор қилинмоқда…",
  "cert.revoked": "{number} сертификати бекор қилинди.",
  "cert.reissue": "Қайта бериш",
  "cert.reissueOf": "{number} сертификатини қайта бериш",
  "cert.reissuing": "Қайта берилмоқда…",
  "cert.reissued": "{old} сертификати ўрнига {number} берилди.",
};
