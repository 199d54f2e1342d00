import type { Plural } from "../types";
import type { enPassword } from "./en";

export const uzLatnPassword: {
  [K in keyof typeof enPassword]: (typeof enPassword)[K] extends string ? string : Plural;
} = {
  "password.title": "Mening parolim",
  "password.intro": "Tizimga kirish uchun parolingiz. Boshqalar topa olmaydigan parol tanlang.",
  "password.introNone":
    "Hisob qaydnomangizda hali parol yoʻq, shuning uchun reyestr tizimga kirmasdan ochiladi. Boshqalar uchun hisob qaydnomasi qoʻshishdan oldin parol oʻrnating.",
  "password.current": "Joriy parol",
  "password.new": "Yangi parol",
  "password.newHint": "Kamida {min} ta belgi.",
  "password.again": "Yangi parolni takrorlang",
  "password.change": "Parolni oʻzgartirish",
  "password.set": "Parol oʻrnatish",
  "password.saved": "Parolingiz oʻzgartirildi.",
};
