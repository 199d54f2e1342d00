import type { Plural } from "../types";
import type { enAccounts } from "./en";

export const uzLatnAccounts: {
  [K in keyof typeof enAccounts]: (typeof enAccounts)[K] extends string ? string : Plural;
} = {
  "accounts.title": "Hisob qaydnomalari",
  "accounts.intro":
    "Ushbu reyestrga kim va qaysi rol bilan kira oladi. Reyestrni hamma koʻra oladi; nimani oʻzgartirish mumkinligini rol belgilaydi.",
  "accounts.add": "Hisob qaydnomasini qoʻshish",
  "accounts.empty": "Hozircha hisob qaydnomalari yoʻq.",
  "accounts.listLabel": "Hisob qaydnomalari",
  "accounts.editOf": "Hisob qaydnomasini tahrirlash: {name}",
  "accounts.formNew": "Yangi hisob qaydnomasi",
  "accounts.formEdit": "Hisob qaydnomasini tahrirlash: {name}",
  "accounts.saved": "{name} hisob qaydnomasi saqlandi.",
  "accounts.field.login": "Login",
  "accounts.field.name": "Ism",
  "accounts.field.role": "Rol",
  "accounts.field.trainer": "Trener",
  "accounts.field.password": "Parol",
  "accounts.field.newPassword": "Yangi parol",
  "accounts.field.disabled": "Faolsizlantirilgan: bu hisob qaydnomasi bilan kirib boʻlmaydi",
  "accounts.loginHint":
    "Kirishda yoziladigan nom: lotin harflari, raqamlar, «.», «_» yoki «-». Keyin uni oʻzgartirib boʻlmaydi.",
  "accounts.nameHint": "Ekranlarda va oʻzgarishlar jurnalida koʻrsatiladi.",
  "accounts.passwordHint":
    "Kamida {min} ta belgi. Parolni hisob qaydnomasi egasiga ayting; u uni «Sozlamalar»da oʻzgartira oladi.",
  "accounts.resetHint":
    "Joriy parolni saqlab qolish uchun boʻsh qoldiring. Yangi parol qulflangan hisob qaydnomasini ham ochadi.",
  "accounts.trainerHint": "Bu hisob qaydnomasi mashgʻulotlarida davomatni qayd etadigan trener.",
  "accounts.noTrainers": "Hozircha trenerlar yoʻq: avval trenerni «Trenerlar» boʻlimida qoʻshing.",
  "accounts.pickTrainer": "Trenerni tanlang…",
  "accounts.you": "siz",
  "accounts.state.disabled": "Faolsizlantirilgan",
  "accounts.state.locked": "{until} gacha qulflangan",
  "accounts.state.noPassword": "Parol yoʻq",
  "accounts.ownPasswordFirst":
    "Hisob qaydnomalarini qoʻshishdan oldin quyidagi «Mening parolim» boʻlimida oʻz parolingizni oʻrnating. Ikkinchi hisob qaydnomasidan boshlab hamma, siz ham, login va parol bilan kiradi.",
};
