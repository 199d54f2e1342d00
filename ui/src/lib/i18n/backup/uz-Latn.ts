import type { Plural } from "../types";
import type { enBackup } from "./en";

export const uzLatnBackup: {
  [K in keyof typeof enBackup]: (typeof enBackup)[K] extends string ? string : Plural;
} = {
  "backup.title": "Zaxira nusxa va tiklash",
  "backup.hint":
    "Zaxira nusxa — butun reyestrning bitta fayldagi nusxasi. Uni muntazam yarating va boshqa disk yoki kompyuterda saqlang.",
  "backup.save": "Zaxira nusxa yaratish…",
  "backup.saving": "Zaxira nusxa yaratilmoqda…",
  "backup.dialog": "Zaxira nusxani saqlash",
  "backup.filter": "Malaka zaxira nusxalari",
  "backup.saved": "Zaxira nusxa saqlandi: {path} ({size})",
  "backup.sizeKb": "{size} KB",
  "backup.sizeMb": "{size} MB",
  "backup.restoreTitle": "Zaxira nusxadan tiklash",
  "backup.restoreHint":
    "Reyestrni avval yaratilgan zaxira nusxa bilan almashtiradi. Malaka avval zaxira nusxani tekshiradi.",
  "backup.restorePick": "Zaxira nusxadan tiklash…",
  "backup.pickTitle": "Tiklash uchun zaxira nusxani tanlang",
  "backup.confirmTitle": "Reyestr {file} faylidan tiklansinmi?",
  "backup.confirmReplace":
    "Joriy reyestr zaxira nusxa bilan almashtiriladi; zaxira nusxa yaratilgandan keyin kiritilgan maʼlumotlar unda boʻlmaydi.",
  "backup.confirmKept": "Joriy fayl oʻchirilmaydi: u tiklangan faylning yonida saqlab qoʻyiladi.",
  "backup.confirmRestart": "Malaka tiklangan reyestr bilan qayta ishga tushadi.",
  "backup.restore": "Tiklash va qayta ishga tushirish",
  "backup.restoring": "Tekshirilmoqda va tiklanmoqda…",
  "backup.keep": "Joriy reyestrni qoldirish",
};
