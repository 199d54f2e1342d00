import type { Plural } from "../types";
import type { enCompletion } from "./en";

export const ruCompletion: {
  [K in keyof typeof enCompletion]: (typeof enCompletion)[K] extends string ? string : Plural;
} = {
  "completion.title": "Итоги",
  "completion.rule": "Правило завершения",
  "completion.defaultRule": "Для мероприятия действует правило по умолчанию.",
  "completion.basis": "Учитывать",
  "completion.basis.sessions": "Занятия",
  "completion.basis.hours": "Часы",
  "completion.minPercent": "Минимальная посещаемость, %",
  "completion.late": "Опоздание засчитывается",
  "completion.late.full": "Полностью",
  "completion.late.half": "Наполовину",
  "completion.late.none": "Не засчитывается",
  "completion.excused": "Отсутствие по уважительной причине засчитывается",
  "completion.assessment": "Оценка",
  "completion.assessment.none": "Без оценки",
  "completion.assessment.pass_fail": "Зачёт / незачёт",
  "completion.assessment.score": "Балл от 0 до 100",
  "completion.passMark": "Проходной балл",
  "completion.ruleSaved": "Правило сохранено.",
  "completion.total": "{sessions} · {hours} ч",
  "completion.col.person": "Участник",
  "completion.col.rate": "Посещаемость",
  "completion.col.result": "Сертификат",
  "completion.eligible": "Соответствует",
  "completion.notEligible": "Не соответствует",
  "completion.certificate": "Сертификат {number}",
  "completion.empty": "Участники не записаны.",
  "completion.notRecorded": "Нет результата",
  "completion.passed": "Зачёт",
  "completion.failed": "Незачёт",
  "completion.resultOf": "Результат: {name}",
};
