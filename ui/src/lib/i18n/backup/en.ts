import type { Plural } from "../types";

/** `backup.*`: backing the register up and restoring it from a backup; spread into each locale's catalogue. */
export const enBackup = {
  "backup.title": "Backup and restore",
  "backup.hint":
    "A backup is a copy of the whole register in one file. Make one regularly and keep it on another disk or computer.",
  "backup.save": "Back up…",
  "backup.saving": "Backing up…",
  "backup.dialog": "Save the backup",
  "backup.filter": "Malaka backups",
  "backup.saved": "The backup was saved: {path} ({size})",
  "backup.sizeKb": "{size} KB",
  "backup.sizeMb": "{size} MB",
  "backup.restoreTitle": "Restore from a backup",
  "backup.restoreHint":
    "Replaces the register with a backup made earlier. Malaka checks the backup first.",
  "backup.restorePick": "Restore from a backup…",
  "backup.pickTitle": "Choose the backup to restore",
  "backup.confirmTitle": "Restore the register from {file}?",
  "backup.confirmReplace":
    "The current register will be replaced by the backup; anything entered after the backup was made will not be in it.",
  "backup.confirmKept": "The current file is not deleted: it is kept beside the restored one.",
  "backup.confirmRestart": "Malaka will restart on the restored register.",
  "backup.restore": "Restore and restart",
  "backup.restoring": "Checking and restoring…",
  "backup.keep": "Keep the current register",
} as const satisfies Record<string, string | Plural>;
