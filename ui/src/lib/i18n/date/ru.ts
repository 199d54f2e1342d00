import type { enDate } from "./en";

export const ruDate: Record<keyof typeof enDate, string> = {
  "date.placeholder": "ДД.ММ.ГГГГ",
  "date.hint": "День, месяц и год, например {example}",
  "date.invalid": "Введите дату в виде {format}, например {example}.",
  "date.impossible": "Такой даты нет: {value}.",
  "date.pick": "Выбрать дату в календаре",
  "date.calendar": "Календарь",
  "date.prevMonth": "Предыдущий месяц",
  "date.nextMonth": "Следующий месяц",
  "date.today": "Сегодня",
};
