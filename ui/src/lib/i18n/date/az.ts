import type { enDate } from "./en";

export const azDate: Record<keyof typeof enDate, string> = {
  "date.placeholder": "GG.AA.İİİİ",
  "date.hint": "Gün, ay və il, məsələn {example}",
  "date.invalid": "Tarixi {format} şəklində daxil edin, məsələn {example}.",
  "date.impossible": "Belə tarix yoxdur: {value}.",
  "date.pick": "Tarixi təqvimdə seçin",
  "date.calendar": "Təqvim",
  "date.prevMonth": "Əvvəlki ay",
  "date.nextMonth": "Növbəti ay",
  "date.today": "Bu gün",
};
