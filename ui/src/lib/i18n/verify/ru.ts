import type { Plural } from "../types";
import type { enVerify } from "./en";

export const ruVerify: {
  [K in keyof typeof enVerify]: (typeof enVerify)[K] extends string ? string : Plural;
} = {
  "verify.title": "Проверить сертификат",
  "verify.hint": "Вставьте токен из QR-кода сертификата; он начинается с MLK1.",
  "verify.label": "Токен",
  "verify.submit": "Проверить",
  "verify.checking": "Проверка…",
  "verify.valid": "Действителен: выдан нами и действует.",
  "verify.revoked": "Отозван: сертификат подлинный, но больше не действует.",
  "verify.unknown": "Подписан нашим ключом, но в этом реестре записи о нём нет.",
  "verify.invalid": "Это не токен сертификата Malaka.",
  "verify.refused": "Подпись не сходится: токен изменён или подписан другим издателем.",
  "verify.number": "Номер",
  "verify.issuedOn": "Дата выдачи",
  "verify.hours": "Часы",
  "verify.course": "Курс",
  "verify.keyId": "Идентификатор ключа",
  "verify.holder": "Владелец по реестру",
  "verify.activity": "Мероприятие",
  "verify.nameNote": "Проверьте, что имя на сертификате совпадает с именем владельца выше.",
  "verify.list.date": {
    one: "Проверено по списку отзыва от {date} (ему {count} день).",
    few: "Проверено по списку отзыва от {date} (ему {count} дня).",
    many: "Проверено по списку отзыва от {date} (ему {count} дней).",
    other: "Проверено по списку отзыва от {date} (ему {count} дня).",
  },
  "verify.list.stale":
    "Списку больше 30 дней: сертификатов, отозванных после его составления, в нём нет. Запросите у издателя более новый.",
  "verify.list.old": "Список в старом формате: запросите у издателя новый список.",
};
