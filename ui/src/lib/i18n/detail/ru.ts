import type { Plural } from "../types";
import type { enDetail } from "./en";

export const ruDetail: {
  [K in keyof typeof enDetail]: (typeof enDetail)[K] extends string ? string : Plural;
} = {
  "detail.title": "{name} — {session}",
  "detail.status": "Отметка",
  "detail.minutes": "Опоздание, минут",
  "detail.note": "Примечание",
  "detail.reason": "Причина изменения",
  "detail.reasonHint": "Сохраняется в истории отметки.",
  "detail.apply": "Применить",
  "detail.close": "Закрыть",
  "detail.history": "История",
  "detail.noHistory": "Изменений пока нет.",
  "detail.by": "кто: {who}",
  "detail.because": "Причина: {reason}",
  "detail.locked":
    "Отметки заблокированы сертификатом {number}; чтобы изменить их, отзовите сертификат.",
};
