import type { Plural } from "../types";
import type { enDetail } from "./en";

export const uzLatnDetail: {
  [K in keyof typeof enDetail]: (typeof enDetail)[K] extends string ? string : Plural;
} = {
  "detail.title": "{name} — {session}",
  "detail.status": "Belgi",
  "detail.minutes": "Kechikish, daqiqa",
  "detail.note": "Izoh",
  "detail.reason": "Oʻzgartirish sababi",
  "detail.reasonHint": "Belgi tarixida saqlanadi.",
  "detail.apply": "Qoʻllash",
  "detail.close": "Yopish",
  "detail.history": "Tarix",
  "detail.noHistory": "Hozircha oʻzgarish yoʻq.",
  "detail.by": "kim: {who}",
  "detail.because": "Sabab: {reason}",
  "detail.locked":
    "Bu belgilar {number} raqamli sertifikat bilan qulflangan; oʻzgartirish uchun sertifikatni bekor qiling.",
};
