import type { enDate } from "./en";

export const uzLatnDate: Record<keyof typeof enDate, string> = {
  "date.placeholder": "KK.OO.YYYY",
  "date.hint": "Kun, oy va yil, masalan {example}",
  "date.invalid": "Sanani {format} koʻrinishida kiriting, masalan {example}.",
  "date.impossible": "Bunday sana yoʻq: {value}.",
  "date.pick": "Sanani taqvimdan tanlash",
  "date.calendar": "Taqvim",
  "date.prevMonth": "Oldingi oy",
  "date.nextMonth": "Keyingi oy",
  "date.today": "Bugun",
};
