import type { Plural } from "../types";
import type { enRoll } from "./en";

export const ruRoll: {
  [K in keyof typeof enRoll]: (typeof enRoll)[K] extends string ? string : Plural;
} = {
  "roll.markAll": "Отметить всех неотмеченных присутствующими",
  "roll.undo": "Отменить",
  "roll.print": "Печать листа регистрации",
  "roll.printing": "Подготовка листа…",
  "roll.openActivity": "Всё мероприятие и итоги",
  "roll.sheetDialog": "Сохранить лист регистрации",
  "roll.sheetFilter": "Документы PDF",
  "roll.sheetFile": "лист регистрации",
  "roll.sheetSaved": "Лист регистрации сохранён: {path}",
  "roll.gridLabel": "Отметка посещаемости",
  "roll.person": "ФИО",
  "roll.keys":
    "Клавиши: P — присутствует, L — опоздание, A — отсутствует, E — уважительная причина (курсор сдвигается вниз); Delete — очистить; стрелки — перемещение; Enter — подробности; Ctrl+Z — отменить.",
  "roll.noPeople": "Пока никто не записан.",
  "roll.noSessions": "Нет запланированных занятий.",
  "roll.locked": "Заблокировано сертификатом {number}",
  "roll.othersSession": "Это занятие другого тренера: отметки можно посмотреть, но не изменить.",
  "roll.othersSessions":
    "Занятия другого тренера здесь открыты только для просмотра: их отметки можно посмотреть, но не изменить.",
  "roll.staleReloaded":
    "Посещаемость перезагружена с чужими изменениями; при необходимости внесите свои снова.",
  "roll.rolledBack": "Последние изменения не сохранены и отменены.",
};
