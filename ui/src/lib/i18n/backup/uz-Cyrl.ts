import type { Plural } from "../types";
import type { enBackup } from "./en";

export const uzCyrlBackup: {
  [K in keyof typeof enBackup]: (typeof enBackup)[K] extends string ? string : Plural;
} = {
  "backup.title": "Захира нусха ва тиклаш",
  "backup.hint":
    "Захира нусха — бутун реестрнинг битта файлдаги нусхаси. Уни мунтазам яратинг ва бошқа диск ёки компьютерда сақланг.",
  "backup.save": "Захира нусха яратиш…",
  "backup.saving": "Захира нусха яратилмоқда…",
  "backup.dialog": "Захира нусхани сақлаш",
  "backup.filter": "Малака захира нусхалари",
  "backup.saved": "Захира нусха сақланди: {path} ({size})",
  "backup.sizeKb": "{size} КБ",
  "backup.sizeMb": "{size} МБ",
  "backup.restoreTitle": "Захира нусхадан тиклаш",
  "backup.restoreHint":
    "Реестрни аввал яратилган захира нусха билан алмаштиради. Малака аввал захира нусхани текширади.",
  "backup.restorePick": "Захира нусхадан тиклаш…",
  "backup.pickTitle": "Тиклаш учун захира нусхани танланг",
  "backup.confirmTitle": "Реестр {file} файлидан тиклансинми?",
  "backup.confirmReplace":
    "Жорий реестр захира нусха билан алмаштирилади; захира нусха яратилгандан кейин киритилган маълумотлар унда бўлмайди.",
  "backup.confirmKept": "Жорий файл ўчирилмайди: у тикланган файлнинг ёнида сақлаб қўйилади.",
  "backup.confirmRestart": "Малака тикланган реестр билан қайта ишга тушади.",
  "backup.restore": "Тиклаш ва қайта ишга тушириш",
  "backup.restoring": "Текширилмоқда ва тикланмоқда…",
  "backup.keep": "Жорий реестрни қолдириш",
};
