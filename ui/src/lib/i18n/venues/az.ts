import type { Plural } from "../types";
import type { enVenues } from "./en";

export const azVenues: {
  [K in keyof typeof enVenues]: (typeof enVenues)[K] extends string ? string : Plural;
} = {
  "venues.title": "Keçirilmə məkanları",
  "venues.intro":
    "Məşğələlərin keçirildiyi yerlər. Hər məkanın öz saat qurşağı var: məşğələ vaxtları onun saatı ilə planlaşdırılır və göstərilir.",
  "venues.add": "Məkan əlavə et",
  "venues.empty": "Hələ məkan yoxdur. Orada məşğələ planlaşdırmaq üçün ilk məkanı əlavə edin.",
  "venues.listLabel": "Keçirilmə məkanları",
  "venues.editOf": "Məkanı redaktə et: {name}",
  "venues.formNew": "Yeni məkan",
  "venues.formEdit": "Məkanın redaktəsi: {name}",
  "venues.field.name": "Adı",
  "venues.field.address": "Ünvan",
  "venues.field.city": "Şəhər",
  "venues.field.country": "Ölkə",
  "venues.field.time_zone": "Saat qurşağı",
  "venues.field.capacity": "Yer sayı",
  "venues.zoneHint": "Saat qurşaqları bazasındakı kimi: Asia/Baku, Asia/Tashkent, Asia/Samarkand…",
  "venues.zoneChanged":
    "Burada artıq planlaşdırılmış məşğələlər {zone} qurşağında qalır; yeni saat qurşağı bundan sonra planlaşdırılan məşğələlərə aiddir.",
  "venues.zoneUnknown": "Saat qurşağını bazadakı adı ilə yazın, məsələn Asia/Baku.",
  "venues.capacityHint": "Otağa neçə nəfər sığır.",
  "venues.seats": { one: "{count} yer", other: "{count} yer" },
  "venues.saved": "«{name}» məkanı yadda saxlanıldı.",
};
