import type { enDate } from "./en";

export const uzCyrlDate: Record<keyof typeof enDate, string> = {
  "date.placeholder": "КК.ОО.ЙЙЙЙ",
  "date.hint": "Кун, ой ва йил, масалан {example}",
  "date.invalid": "Санани {format} кўринишида киритинг, масалан {example}.",
  "date.impossible": "Бундай сана йўқ: {value}.",
  "date.pick": "Санани тақвимдан танлаш",
  "date.calendar": "Тақвим",
  "date.prevMonth": "Олдинги ой",
  "date.nextMonth": "Кейинги ой",
  "date.today": "Бугун",
};
