import type { Plural } from "../types";
import type { enSigningKey } from "./en";

export const uzLatnSigningKey: {
  [K in keyof typeof enSigningKey]: (typeof enSigningKey)[K] extends string ? string : Plural;
} = {
  "signing_key.title": "Imzo kalitlari",
  "signing_key.intro":
    "Sertifikatlar, bekor qilinganlar roʻyxati va zaxira nusxalar shu kalit bilan imzolanadi. Malaka har safar ochilganda kalit bir marta maxfiy ibora bilan qulfdan chiqariladi, shuning uchun sertifikat beradigan xodim uni bilishi kerak; maxfiy ibora yoʻqolsa, ishlatilayotgan kalitni foydalanishdan chiqaring va yangisini yarating: eski kalit bilan imzolangan sertifikatlar tekshiruvdan oʻtaveradi.",
  "signing_key.none":
    "Imzo kaliti hali yoʻq: administrator uni sozlamaguncha sertifikat berib boʻlmaydi.",
  "signing_key.noneInUse":
    "Hech bir kalit ishlatilmayapti: yangi kalit yaratilmaguncha (kalitni almashtiring) sertifikat berib boʻlmaydi.",
  "signing_key.validFrom": "Amal qila boshlagan: {date}",
  "signing_key.inUse": "Ishlatilmoqda",
  "signing_key.retiredOn": "Foydalanishdan chiqarilgan: {date}",
  "signing_key.notInUse": "Ishlatilmaydi",
  "signing_key.unprotected":
    "Maxfiy iborasiz saqlanmoqda: maʼlumotlar bazasi yoki zaxira nusxadan nusxa olgan har kim bu kalit bilan sertifikat imzolay oladi.",
  "signing_key.passphrase": "Maxfiy ibora",
  "signing_key.again": "Maxfiy iborani takrorlang",
  "signing_key.passphraseHint": "Kamida {min} ta belgi.",
  "signing_key.tooShort": "Maxfiy ibora kamida {min} ta belgidan iborat boʻlishi kerak.",
  "signing_key.differ": "Maxfiy iboralar bir-biriga mos kelmaydi.",
  "signing_key.setup.title": "Imzo kalitini sozlash",
  "signing_key.setup.hint":
    "Kamida {min} ta belgidan iborat maxfiy ibora tanlang va uni sertifikat beradigan xodimga ayting.",
  "signing_key.setup.save": "Imzo kalitini sozlash",
  "signing_key.setup.done": "Imzo kaliti sozlandi va Malaka yopilguncha qulfdan chiqarildi.",
  "signing_key.rotate.title": "Kalitni almashtirish",
  "signing_key.rotate.hint":
    "Yangi kalit yaratiladi, ishlatilayotgani esa foydalanishdan chiqariladi; u imzolagan sertifikatlar tekshiruvdan oʻtaveradi. Imzo kalitining maxfiy iborasini kiriting.",
  "signing_key.rotate.save": "Kalitni almashtirish",
  "signing_key.rotate.done":
    "Endi {key_id} kaliti ishlatilmoqda; avvalgi kalitlar bilan imzolangan sertifikatlar tekshiruvdan oʻtaveradi.",
  "signing_key.retire.button": "Foydalanishdan chiqarish",
  "signing_key.retire.label": "{key_id} kalitini foydalanishdan chiqarish",
  "signing_key.retire.question":
    "{key_id} kaliti foydalanishdan chiqarilsinmi? U endi imzolamaydi; u imzolagan sertifikatlar tekshiruvdan oʻtaveradi.",
  "signing_key.retire.inUse":
    "Bu hozir ishlatilayotgan kalit: yangi kalit yaratilmaguncha sertifikat berib boʻlmaydi.",
  "signing_key.retire.confirm": "Kalitni foydalanishdan chiqarish",
  "signing_key.retire.keep": "Qoldirish",
  "signing_key.retire.busy": "Foydalanishdan chiqarilmoqda…",
  "signing_key.retire.done": "{key_id} kaliti foydalanishdan chiqarildi.",
  "signing_key.protect.title": "Maxfiy iborasiz saqlangan kalitlarni himoyalash",
  "signing_key.protect.hint": "Ularni himoyalash uchun imzo kalitining maxfiy iborasini kiriting.",
  "signing_key.protect.hintNew":
    "Hali hech bir kalitda maxfiy ibora yoʻq: shu yerda kiritilgan ibora imzo kalitining maxfiy iborasiga aylanadi. Uni ikki marta kiriting va sertifikat beradigan xodimga ayting.",
  "signing_key.protect.save": "Himoyalash",
  "signing_key.protect.done": {
    one: "{count} ta kalit himoyalandi; maʼlumotlar bazasida uning maxfiy iborasiz nusxasi qolmadi.",
    other:
      "{count} ta kalit himoyalandi; maʼlumotlar bazasida ularning maxfiy iborasiz nusxasi qolmadi.",
  },
  "signing_key.unlock.title": "Imzo kalitini qulfdan chiqarish",
  "signing_key.unlock.why":
    "Imzolash uchun imzo kalitining maxfiy iborasi kerak — Malaka har safar ochilganda bir marta. Uni bilmasangiz, kalitni sozlagan xodimdan soʻrang.",
  "signing_key.unlock.submit": "Qulfdan chiqarish",
  "signing_key.unlock.busy": "Qulfdan chiqarilmoqda…",
};
