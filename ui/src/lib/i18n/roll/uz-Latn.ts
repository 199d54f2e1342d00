import type { Plural } from "../types";
import type { enRoll } from "./en";

export const uzLatnRoll: {
  [K in keyof typeof enRoll]: (typeof enRoll)[K] extends string ? string : Plural;
} = {
  "roll.markAll": "Belgilanmaganlarning hammasini «keldi» deb belgilash",
  "roll.undo": "Bekor qilish",
  "roll.print": "Roʻyxatga olish varaqasini chop etish",
  "roll.printing": "Varaqa tayyorlanmoqda…",
  "roll.openActivity": "Butun tadbir va yakun",
  "roll.sheetDialog": "Roʻyxatga olish varaqasini saqlash",
  "roll.sheetFilter": "PDF hujjatlar",
  "roll.sheetFile": "roʻyxatga olish varaqasi",
  "roll.sheetSaved": "Varaqa saqlandi: {path}",
  "roll.gridLabel": "Davomat",
  "roll.person": "F.I.Sh.",
  "roll.keys":
    "Tugmalar: P — keldi, L — kechikdi, A — kelmadi, E — sababli (kursor pastga tushadi); Delete — tozalash; strelkalar — harakat; Enter — batafsil; Ctrl+Z — bekor qilish.",
  "roll.noPeople": "Hozircha hech kim yozilmagan.",
  "roll.noSessions": "Rejalashtirilgan mashgʻulot yoʻq.",
  "roll.locked": "{number} raqamli sertifikat bilan qulflangan",
  "roll.othersSession":
    "Bu davomat boshqa trenerning mashgʻulotiga tegishli: belgilarni koʻrishingiz mumkin, lekin oʻzgartira olmaysiz.",
  "roll.othersSessions":
    "Boshqa trener oʻtkazadigan mashgʻulotlar bu yerda faqat koʻrish uchun: ularning belgilarini koʻrishingiz mumkin, lekin oʻzgartira olmaysiz.",
  "roll.staleReloaded":
    "Davomat boshqa oʻzgarishlar bilan qayta yuklandi; kerak boʻlsa, oʻzgarishlaringizni qaytadan kiriting.",
  "roll.rolledBack": "Soʻnggi oʻzgarishlar saqlanmadi va bekor qilindi.",
};
