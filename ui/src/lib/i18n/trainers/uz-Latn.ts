import type { Plural } from "../types";
import type { enTrainers } from "./en";

export const uzLatnTrainers: {
  [K in keyof typeof enTrainers]: (typeof enTrainers)[K] extends string ? string : Plural;
} = {
  "trainers.title": "Trenerlar",
  "trainers.intro":
    "Mashgʻulotlarni olib boradigan reyestrdagi xodimlar va tashqi mutaxassislar. Mashgʻulotlar shu yerdagi trenerlar bilan rejalashtiriladi.",
  "trainers.add": "Trener qoʻshish",
  "trainers.empty":
    "Hozircha trenerlar yoʻq. Ular bilan mashgʻulotlarni rejalashtirish uchun birinchi trenerni qoʻshing.",
  "trainers.listLabel": "Trenerlar",
  "trainers.editOf": "Trenerni tahrirlash: {name}",
  "trainers.formNew": "Yangi trener",
  "trainers.formEdit": "Trenerni tahrirlash: {name}",
  "trainers.kind": "Mashgʻulotlarni kim olib boradi",
  "trainers.kind.staff": "Reyestrdagi xodim",
  "trainers.kind.external": "Tashqi trener",
  "trainers.staff": "Xodim",
  "trainers.external": "Tashqi",
  "trainers.field.person": "Xodim",
  "trainers.field.name": "Toʻliq F.I.Sh.",
  "trainers.field.affiliation": "Ish joyi",
  "trainers.field.expertise": "Mutaxassisligi",
  "trainers.personHint":
    "Ismning bir qismini lotin yoki kirill yozuvida kiriting, soʻng xodimni tanlang.",
  "trainers.fromRegister": "F.I.Sh. reyestrdan olinadi.",
  "trainers.results": "Topilgan xodimlar",
  "trainers.noMatch": "Reyestrda mos xodim topilmadi.",
  "trainers.another": "Boshqasini tanlash",
  "trainers.pickPerson": "Reyestrdan xodimni tanlang.",
  "trainers.affiliationHint": "Trener qayerda ishlaydi, masalan universitet yoki vazirlik.",
  "trainers.expertiseHint": "Nimani oʻqitadi, masalan davlat xizmati etikasi.",
  "trainers.saved": "Trener {name} saqlandi.",
};
