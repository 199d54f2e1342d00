import type { Plural } from "../types";
import type { enRole } from "./en";

export const uzLatnRole: {
  [K in keyof typeof enRole]: (typeof enRole)[K] extends string ? string : Plural;
} = {
  "role.administrator": "Administrator",
  "role.hr_officer": "Kadrlar boʻyicha mutaxassis",
  "role.trainer": "Trener",
  "role.manager": "Rahbar",
  "role.viewer": "Kuzatuvchi",
  "role.about.administrator":
    "Hamma narsaga ruxsat bor: hisob qaydnomalari va rollar, imzo kalitlari, zaxira nusxalar hamda boshqa rollarning barcha ishlari.",
  "role.about.hr_officer":
    "Xodimlar va tashkilotlar reyestrini yuritadi, dasturlar, tadbirlar va mashgʻulotlarni rejalashtiradi, ishtirokchilarni nomzod qilib koʻrsatadi.",
  "role.about.trainer":
    "Hisob qaydnomasi uchun tanlangan trenerning mashgʻulotlarida davomat va natijalarni qayd etadi.",
  "role.about.manager":
    "Nomzodlarni tasdiqlaydi, davomatni qayd etadi, sertifikatlarni beradi, chop etadi va bekor qiladi.",
  "role.about.viewer":
    "Rejalar, davomat va sertifikatlarni koʻradi, roʻyxatlarni faylga saqlaydi, lekin hech narsani oʻzgartirmaydi.",
};
