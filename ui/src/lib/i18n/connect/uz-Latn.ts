import type { Plural } from "../types";
import type { enConnect } from "./en";

export const uzLatnConnect: {
  [K in keyof typeof enConnect]: (typeof enConnect)[K] extends string ? string : Plural;
} = {
  "connect.title": "Jamoaviy maʼlumotlar bazasiga ulanish",
  "connect.server": "Bu ish joyi {server} jamoaviy maʼlumotlar bazasi bilan ishlaydi.",
  "connect.failed": "Jamoaviy maʼlumotlar bazasi ochilmadi.",
  "connect.needsPassword": "Ulanish uchun serverdagi parolingizni kiriting.",
  "connect.connect": "Ulanish",
  "connect.changeSettings": "Server sozlamalarini oʻzgartirish",
  "connect.useFile": "Ish joyining oʻz reyestrini ochish",
  "connect.useFileHint":
    "Faqat shu safar: keyingi ishga tushishda Malaka jamoaviy maʼlumotlar bazasiga yana ulanib koʻradi.",
};
