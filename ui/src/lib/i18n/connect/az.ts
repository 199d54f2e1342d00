import type { Plural } from "../types";
import type { enConnect } from "./en";

export const azConnect: {
  [K in keyof typeof enConnect]: (typeof enConnect)[K] extends string ? string : Plural;
} = {
  "connect.title": "Komanda verilənlər bazasına qoşulma",
  "connect.server": "Bu iş yeri {server} komanda verilənlər bazası ilə işləyir.",
  "connect.failed": "Komanda verilənlər bazası açılmadı.",
  "connect.needsPassword": "Qoşulmaq üçün serverdəki şifrənizi daxil edin.",
  "connect.connect": "Qoşul",
  "connect.changeSettings": "Server parametrlərini dəyiş",
  "connect.useFile": "İş yerinin öz reyestrini aç",
  "connect.useFileHint":
    "Yalnız bu dəfə: növbəti başlanğıcda Malaka yenidən komanda verilənlər bazasına qoşulmağa çalışacaq.",
};
