import type { Plural } from "../types";
import type { enAtt } from "./en";

export const ruAtt: {
  [K in keyof typeof enAtt]: (typeof enAtt)[K] extends string ? string : Plural;
} = {
  "att.iAm": "Я",
  "att.allSessions": "Все занятия",
  "att.today": "Сегодня",
  "att.upcoming": "Предстоящие (14 дней)",
  "att.past": "Прошедшие (60 дней)",
  "att.noneToday": "Сегодня занятий нет.",
  "att.noneUpcoming": "В ближайшие две недели занятий нет.",
  "att.nonePast": "За последние 60 дней занятий не было.",
  "att.marked": "Отмечено {marked} из {expected}",
  "att.missing": {
    one: "{count} отметка не проставлена",
    few: "{count} отметки не проставлены",
    many: "{count} отметок не проставлено",
    other: "{count} отметки не проставлено",
  },
  "att.complete": "Отмечены все",
  "att.othersSession": "Занятие другого тренера: отметки только для просмотра.",
  "att.yourTime": "По вашему времени: {time}",
  "att.venue": "Место",
  "att.trainers": "Тренеры",
  "att.zone": "Время на месте проведения ({zone})",
};
