import type { Plural } from "../types";
import type { enRoll } from "./en";

export const azRoll: {
  [K in keyof typeof enRoll]: (typeof enRoll)[K] extends string ? string : Plural;
} = {
  "roll.markAll": "Qeyd olunmayanların hamısını «gəldi» kimi qeyd et",
  "roll.undo": "Geri qaytar",
  "roll.print": "Qeydiyyat vərəqəsini çap et",
  "roll.printing": "Vərəqə hazırlanır…",
  "roll.openActivity": "Bütün tədbir və yekun",
  "roll.sheetDialog": "Qeydiyyat vərəqəsini saxla",
  "roll.sheetFilter": "PDF sənədləri",
  "roll.sheetFile": "qeydiyyat vərəqəsi",
  "roll.sheetSaved": "Vərəqə saxlanıldı: {path}",
  "roll.gridLabel": "Davamiyyət",
  "roll.person": "Ad, soyad",
  "roll.keys":
    "Düymələr: P — gəldi, L — gecikdi, A — gəlmədi, E — üzrlü (kursor aşağı düşür); Delete — təmizlə; oxlar — hərəkət; Enter — ətraflı; Ctrl+Z — geri qaytar.",
  "roll.noPeople": "Hələ heç kim yazılmayıb.",
  "roll.noSessions": "Planlaşdırılmış məşğələ yoxdur.",
  "roll.locked": "{number} nömrəli sertifikatla kilidlənib",
  "roll.othersSession":
    "Bu, başqa təlimçinin məşğələsidir: qeydlərə baxa bilərsiniz, amma onları dəyişə bilməzsiniz.",
  "roll.othersSessions":
    "Başqa təlimçinin keçirdiyi məşğələlər burada yalnız baxış üçündür: onların qeydlərinə baxa bilərsiniz, amma dəyişə bilməzsiniz.",
  "roll.staleReloaded":
    "Davamiyyət digər dəyişikliklərlə yenidən yükləndi; lazımdırsa, dəyişikliklərinizi yenidən edin.",
  "roll.rolledBack": "Son dəyişikliklər saxlanılmadı və geri qaytarıldı.",
};
