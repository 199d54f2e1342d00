import type { Plural } from "../types";
import type { enVenues } from "./en";

export const ruVenues: {
  [K in keyof typeof enVenues]: (typeof enVenues)[K] extends string ? string : Plural;
} = {
  "venues.title": "Места проведения",
  "venues.intro":
    "Места, где проходят занятия. У каждого места свой часовой пояс: время занятий планируется и показывается по его часам.",
  "venues.add": "Добавить место",
  "venues.empty": "Мест пока нет. Добавьте первое, чтобы планировать там занятия.",
  "venues.listLabel": "Места проведения",
  "venues.editOf": "Изменить место: {name}",
  "venues.formNew": "Новое место",
  "venues.formEdit": "Изменение места: {name}",
  "venues.field.name": "Название",
  "venues.field.address": "Адрес",
  "venues.field.city": "Город",
  "venues.field.country": "Страна",
  "venues.field.time_zone": "Часовой пояс",
  "venues.field.capacity": "Количество мест",
  "venues.zoneHint": "Как в базе часовых поясов: Asia/Tashkent, Asia/Samarkand, Asia/Baku…",
  "venues.zoneChanged":
    "Уже запланированные здесь занятия остаются в поясе {zone}; новый часовой пояс действует для занятий, запланированных с этого момента.",
  "venues.zoneUnknown": "Укажите часовой пояс так, как он назван в базе, например Asia/Tashkent.",
  "venues.capacityHint": "Сколько человек вмещает помещение.",
  "venues.seats": {
    one: "{count} место",
    few: "{count} места",
    many: "{count} мест",
    other: "{count} места",
  },
  "venues.saved": "Место «{name}» сохранено.",
};
