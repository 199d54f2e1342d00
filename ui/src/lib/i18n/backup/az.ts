import type { Plural } from "../types";
import type { enBackup } from "./en";

export const azBackup: {
  [K in keyof typeof enBackup]: (typeof enBackup)[K] extends string ? string : Plural;
} = {
  "backup.title": "Ehtiyat nüsxə və bərpa",
  "backup.hint":
    "Ehtiyat nüsxə bütün reyestrin bir fayldakı surətidir. Onu mütəmadi olaraq yaradın və başqa diskdə və ya kompüterdə saxlayın.",
  "backup.save": "Ehtiyat nüsxə yarat…",
  "backup.saving": "Ehtiyat nüsxə yaradılır…",
  "backup.dialog": "Ehtiyat nüsxəni yadda saxla",
  "backup.filter": "Malaka ehtiyat nüsxələri",
  "backup.saved": "Ehtiyat nüsxə yadda saxlanıldı: {path} ({size})",
  "backup.sizeKb": "{size} KB",
  "backup.sizeMb": "{size} MB",
  "backup.restoreTitle": "Ehtiyat nüsxədən bərpa",
  "backup.restoreHint":
    "Reyestri əvvəl yaradılmış ehtiyat nüsxə ilə əvəz edir. Malaka əvvəlcə ehtiyat nüsxəni yoxlayır.",
  "backup.restorePick": "Ehtiyat nüsxədən bərpa et…",
  "backup.pickTitle": "Bərpa üçün ehtiyat nüsxəni seçin",
  "backup.confirmTitle": "Reyestr {file} faylından bərpa edilsin?",
  "backup.confirmReplace":
    "Cari reyestr ehtiyat nüsxə ilə əvəz olunacaq; ehtiyat nüsxə yaradıldıqdan sonra daxil edilən məlumatlar orada olmayacaq.",
  "backup.confirmKept": "Cari fayl silinmir: o, bərpa olunmuş faylın yanında saxlanılır.",
  "backup.confirmRestart": "Malaka bərpa olunmuş reyestrlə yenidən başladılacaq.",
  "backup.restore": "Bərpa et və yenidən başlat",
  "backup.restoring": "Yoxlanılır və bərpa olunur…",
  "backup.keep": "Cari reyestri saxla",
};
