import type { Plural } from "../types";
import type { enDetail } from "./en";

export const azDetail: {
  [K in keyof typeof enDetail]: (typeof enDetail)[K] extends string ? string : Plural;
} = {
  "detail.title": "{name} — {session}",
  "detail.status": "Qeyd",
  "detail.minutes": "Gecikmə, dəqiqə",
  "detail.note": "Şərh",
  "detail.reason": "Dəyişikliyin səbəbi",
  "detail.reasonHint": "Qeydin tarixçəsində saxlanılır.",
  "detail.apply": "Tətbiq et",
  "detail.close": "Bağla",
  "detail.history": "Tarixçə",
  "detail.noHistory": "Hələ dəyişiklik yoxdur.",
  "detail.by": "kim: {who}",
  "detail.because": "Səbəb: {reason}",
  "detail.locked":
    "Bu qeydlər {number} nömrəli sertifikatla kilidlənib; dəyişmək üçün sertifikatı ləğv edin.",
};
