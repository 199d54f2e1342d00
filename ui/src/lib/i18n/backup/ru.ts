import type { Plural } from "../types";
import type { enBackup } from "./en";

export const ruBackup: {
  [K in keyof typeof enBackup]: (typeof enBackup)[K] extends string ? string : Plural;
} = {
  "backup.title": "Резервное копирование и восстановление",
  "backup.hint":
    "Резервная копия — это копия всего реестра в одном файле. Делайте её регулярно и храните на другом диске или компьютере.",
  "backup.save": "Создать резервную копию…",
  "backup.saving": "Создаётся резервная копия…",
  "backup.dialog": "Сохранить резервную копию",
  "backup.filter": "Резервные копии Malaka",
  "backup.saved": "Резервная копия сохранена: {path} ({size})",
  "backup.sizeKb": "{size} КБ",
  "backup.sizeMb": "{size} МБ",
  "backup.restoreTitle": "Восстановление из резервной копии",
  "backup.restoreHint":
    "Заменяет реестр созданной ранее резервной копией. Сначала Malaka проверяет копию.",
  "backup.restorePick": "Восстановить из резервной копии…",
  "backup.pickTitle": "Выберите резервную копию для восстановления",
  "backup.confirmTitle": "Восстановить реестр из файла {file}?",
  "backup.confirmReplace":
    "Текущий реестр будет заменён резервной копией; данных, внесённых после её создания, в нём не будет.",
  "backup.confirmKept": "Текущий файл не удаляется: он сохраняется рядом с восстановленным.",
  "backup.confirmRestart": "Malaka перезапустится с восстановленным реестром.",
  "backup.restore": "Восстановить и перезапустить",
  "backup.restoring": "Проверка и восстановление…",
  "backup.keep": "Оставить текущий реестр",
};
