import type { Plural } from "../types";
import type { enKey } from "./en";

export const ruKey: {
  [K in keyof typeof enKey]: (typeof enKey)[K] extends string ? string : Plural;
} = {
  "key.title": "Открытый ключ",
  "key.hint": "Опубликуйте этот ключ, чтобы любой мог проверить ваши сертификаты без сети.",
  "key.id": "Идентификатор ключа",
  "key.hex": "Открытый ключ (Ed25519, hex)",
  "key.copy": "Копировать",
  "key.copied": "Скопировано.",
  "key.copyFailed": "Не удалось скопировать; выделите ключ и скопируйте его.",
};
