import type { Plural } from "../types";
import type { enTranscript } from "./en";

export const azTranscript: {
  [K in keyof typeof enTranscript]: (typeof enTranscript)[K] extends string ? string : Plural;
} = {
  "transcript.title": "İxtisasartırma haqqında çıxarış",
  "transcript.asOf": "{date} tarixinə",
  "transcript.col.activity": "Tədbir",
  "transcript.col.days": "Tarixlər",
  "transcript.col.hours": "İştirak saatları",
  "transcript.col.rate": "Davamiyyət",
  "transcript.col.result": "Nəticə",
  "transcript.col.certificate": "Sertifikat nömrəsi",
  "transcript.hoursOfPlanned": "{hours} saat iştirak, planda {planned} saat",
  "transcript.rate": "{value}%",
  "transcript.result.completed": "Tamamlanıb",
  "transcript.result.not_completed": "Tamamlanmayıb",
  "transcript.result.in_progress": "Davam edir",
  "transcript.result.upcoming": "Planlaşdırılıb",
  "transcript.revoked": "ləğv edilib",
  "transcript.total": "Cəmi iştirak saatları",
  "transcript.completed": "Tamamlanmış tədbirlər: {count}",
  "transcript.empty": "Hələ tədbir yoxdur.",
  "transcript.print": "Çıxarışı çap et",
  "transcript.print.options": "İxtisasartırma haqqında çıxarışın çapı",
  "transcript.print.locale": "Dil",
  "transcript.print.also": "İkinci dil",
  "transcript.print.alsoNone": "Yoxdur",
  "transcript.print.save": "PDF-i yadda saxla…",
  "transcript.print.saving": "Saxlanılır…",
  "transcript.print.dialog": "Çıxarışı yadda saxla",
  "transcript.print.filter": "PDF sənədləri",
  "transcript.print.file": "çıxarış",
  "transcript.print.done": "Çıxarış saxlanıldı: {path}",
  "transcript.print.note":
    "Bu günədək başlamış tədbirlər daxil edilir; çıxarış reyestrin açarı ilə imzalanır və QR-kod vasitəsilə yoxlanılır.",
  "transcript.verify.hint": "İxtisasartırma haqqında çıxarışın tokeni MLT1. ilə başlayır.",
  "transcript.verify.valid": "Həqiqi ixtisasartırma çıxarışı: bizim açarımızla imzalanıb.",
  "transcript.verify.validOther": "Həqiqi çıxarış: verənin açarı ilə imzalanıb.",
  "transcript.verify.reference": "Yoxlama kodu",
  "transcript.verify.activities": "Tədbirlərin sayı",
  "transcript.verify.notInRegister": "Bu reyestrdə yoxdur",
  "transcript.verify.nameDiffers":
    "Reyestrdəki ad çıxarış çap olunarkən olan addan fərqlənir: çıxarışdakı adı əməkdaşın sənədləri ilə tutuşdurun.",
  "transcript.verify.registerSame": "Reyestr həmin gün üçün eyni çıxarışı verir.",
  "transcript.verify.registerChanged":
    "Çıxarış çap olunandan sonra reyestr dəyişib: davamiyyət, nəticələr və ya sertifikatlar fərqlənir.",
  "transcript.verify.nameNote":
    "Çıxarışda yazılmış adın yuxarıdakı sahibin adı ilə eyni olduğunu yoxlayın.",
};
