import type { Plural } from "../types";
import type { enVenues } from "./en";

export const uzCyrlVenues: {
  [K in keyof typeof enVenues]: (typeof enVenues)[K] extends string ? string : Plural;
} = {
  "venues.title": "Ўтказиш жойлари",
  "venues.intro":
    "Машғулотлар ўтказиладиган жойлар. Ҳар бир жойнинг ўз вақт минтақаси бор: машғулот вақтлари унинг соати бўйича режалаштирилади ва кўрсатилади.",
  "venues.add": "Жой қўшиш",
  "venues.empty":
    "Ҳозирча жойлар йўқ. У ерда машғулотларни режалаштириш учун биринчи жойни қўшинг.",
  "venues.listLabel": "Ўтказиш жойлари",
  "venues.editOf": "Жойни таҳрирлаш: {name}",
  "venues.formNew": "Янги жой",
  "venues.formEdit": "Жойни таҳрирлаш: {name}",
  "venues.field.name": "Номи",
  "venues.field.address": "Манзил",
  "venues.field.city": "Шаҳар",
  "venues.field.country": "Давлат",
  "venues.field.time_zone": "Вақт минтақаси",
  "venues.field.capacity": "Ўринлар сони",
  "venues.zoneHint": "Вақт минтақалари базасидагидек: Asia/Tashkent, Asia/Samarkand, Asia/Baku…",
  "venues.zoneChanged":
    "Бу ерда аллақачон режалаштирилган машғулотлар {zone} минтақасида қолади; янги вақт минтақаси бундан кейин режалаштириладиган машғулотларга қўлланади.",
  "venues.zoneUnknown": "Вақт минтақасини базадаги номи билан киритинг, масалан Asia/Tashkent.",
  "venues.capacityHint": "Хонага неча киши сиғади.",
  "venues.seats": { one: "{count} та ўрин", other: "{count} та ўрин" },
  "venues.saved": "«{name}» жойи сақланди.",
};
