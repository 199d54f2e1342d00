import type { Plural } from "../types";
import type { enVenues } from "./en";

export const uzLatnVenues: {
  [K in keyof typeof enVenues]: (typeof enVenues)[K] extends string ? string : Plural;
} = {
  "venues.title": "Oʻtkazish joylari",
  "venues.intro":
    "Mashgʻulotlar oʻtkaziladigan joylar. Har bir joyning oʻz vaqt mintaqasi bor: mashgʻulot vaqtlari uning soati boʻyicha rejalashtiriladi va koʻrsatiladi.",
  "venues.add": "Joy qoʻshish",
  "venues.empty":
    "Hozircha joylar yoʻq. U yerda mashgʻulotlarni rejalashtirish uchun birinchi joyni qoʻshing.",
  "venues.listLabel": "Oʻtkazish joylari",
  "venues.editOf": "Joyni tahrirlash: {name}",
  "venues.formNew": "Yangi joy",
  "venues.formEdit": "Joyni tahrirlash: {name}",
  "venues.field.name": "Nomi",
  "venues.field.address": "Manzil",
  "venues.field.city": "Shahar",
  "venues.field.country": "Davlat",
  "venues.field.time_zone": "Vaqt mintaqasi",
  "venues.field.capacity": "Oʻrinlar soni",
  "venues.zoneHint": "Vaqt mintaqalari bazasidagidek: Asia/Tashkent, Asia/Samarkand, Asia/Baku…",
  "venues.zoneChanged":
    "Bu yerda allaqachon rejalashtirilgan mashgʻulotlar {zone} mintaqasida qoladi; yangi vaqt mintaqasi bundan keyin rejalashtiriladigan mashgʻulotlarga qoʻllanadi.",
  "venues.zoneUnknown": "Vaqt mintaqasini bazadagi nomi bilan kiriting, masalan Asia/Tashkent.",
  "venues.capacityHint": "Xonaga necha kishi sigʻadi.",
  "venues.seats": { one: "{count} ta oʻrin", other: "{count} ta oʻrin" },
  "venues.saved": "«{name}» joyi saqlandi.",
};
