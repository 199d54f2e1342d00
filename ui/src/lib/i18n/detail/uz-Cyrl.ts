import type { Plural } from "../types";
import type { enDetail } from "./en";

export const uzCyrlDetail: {
  [K in keyof typeof enDetail]: (typeof enDetail)[K] extends string ? string : Plural;
} = {
  "detail.title": "{name} — {session}",
  "detail.status": "Белги",
  "detail.minutes": "Кечикиш, дақиқа",
  "detail.note": "Изоҳ",
  "detail.reason": "Ўзгартириш сабаби",
  "detail.reasonHint": "Белги тарихида сақланади.",
  "detail.apply": "Қўллаш",
  "detail.close": "Ёпиш",
  "detail.history": "Тарих",
  "detail.noHistory": "Ҳозирча ўзгариш йўқ.",
  "detail.by": "ким: {who}",
  "detail.because": "Сабаб: {reason}",
  "detail.locked":
    "Бу белгилар {number} рақамли сертификат билан қулфланган; ўзгартириш учун сертификатни бекор қилинг.",
};
