import type { Plural } from "../types";
import type { enInternship } from "./en";

export const ruInternship: {
  [K in keyof typeof enInternship]: (typeof enInternship)[K] extends string ? string : Plural;
} = {
  "internship.state.proposed": "Предложена",
  "internship.state.host_accepted": "Принята принимающей стороной",
  "internship.state.agreed": "Согласована",
  "internship.state.under_way": "Проходит",
  "internship.state.evaluated": "Оценена",
  "internship.state.closed": "Закрыта",
  "internship.state.withdrawn": "Отозвана",
  "internship.kind.mid": "Промежуточная оценка",
  "internship.kind.final": "Итоговая оценка",

  "internship.title": "Стажировки",
  "internship.count": {
    one: "{count} стажировка",
    few: "{count} стажировки",
    many: "{count} стажировок",
    other: "{count} стажировки",
  },
  "internship.new": "Новая стажировка",
  "internship.filters": "Фильтры стажировок",
  "internship.empty": "Стажировок пока нет. Добавьте первую кнопкой «Новая стажировка».",
  "internship.noMatches": "Нет стажировок, подходящих под эти фильтры.",
  "internship.listLabel": "Стажировки",
  "internship.col.title": "Стажировка",
  "internship.col.host": "Принимающая сторона",

  "internship.back": "Все стажировки",
  "internship.status": "Статус",
  "internship.facts": "О стажировке",
  "internship.since": "Началась: {date}",
  "internship.hoursEarned": "Набрано часов",
  "internship.hoursEarnedHint":
    "Дни присутствия по недельной норме часов; пока ни один день не отмечен — плановые недели.",
  "internship.withdrawnBecause": "Отозвана: {reason}",
  "internship.nextSteps": "Следующие шаги",
  "internship.next.host_accepted": "Принимающая сторона согласна",
  "internship.next.proposed": "Вернуть в «Предложена»",
  "internship.next.agreed": "Согласовать стажировку",
  "internship.next.under_way": "Отметить начало стажировки",
  "internship.next.closed": "Закрыть стажировку",
  "internship.next.withdrawn": "Отозвать стажировку",
  "internship.withdrawReason": "Почему стажировка отзывается?",
  "internship.withdrawConfirm": "Отозвать стажировку",
  "internship.reasonKept": "Причина сохраняется вместе со стажировкой.",
  "internship.keep": "Не отзывать",
  "internship.amendingNote":
    "Стажировка согласована: теперь каждое изменение её плана вносится с указанием причины и попадает в список «Изменения».",
  "internship.closedNote": "Стажировка закрыта; её план больше не меняется.",
  "internship.withdrawnNote": "Стажировка отозвана; изменить её больше нельзя.",
  "internship.editDetails": "Изменить план",
  "internship.amendmentsNone": "С момента согласования стажировки изменений не было.",

  "internship.objectives": "Учебные цели",
  "internship.noObjectives": "Учебные цели пока не указаны.",
  "internship.units": "Подразделения принимающей стороны",
  "internship.noUnits": "Подразделения пока не указаны.",
  "internship.mentor": "Наставник",
  "internship.noMentor": "Наставник пока не назначен.",
  "internship.fromRegister": "из реестра",

  "internship.form.new": "Новая стажировка",
  "internship.form.edit": "План стажировки",
  "internship.form.who": "Стажёр и принимающая сторона",
  "internship.form.when": "Даты и часы",
  "internship.form.internHint":
    "Сотрудник, направляемый на стажировку; его направляет своё ведомство.",
  "internship.form.titlePlaceholder":
    "Если не заполнено, составляется из имени стажёра и принимающей стороны",
  "internship.form.hoursHint": "От 1 до 60; набранные часы считаются по дням присутствия.",
  "internship.form.hoursRange": "Укажите часы в неделю, от 1 до 60.",
  "internship.form.actualHint": "После начала стажировки.",
  "internship.form.unitsHint":
    "Подразделения принимающей стороны, в которых стажёр работает поочерёдно, в пределах дней стажировки.",
  "internship.form.unit": "Подразделение {n}",
  "internship.form.addUnit": "Добавить подразделение",
  "internship.form.mentorHint": "Нужен до согласования стажировки.",
  "internship.form.mentorKind": "Наставник",
  "internship.form.mentorKind.register": "Сотрудник из реестра",
  "internship.form.mentorKind.outsider": "Внешний человек",
  "internship.form.objectivesHint":
    "По одной цели в строке; до согласования стажировки нужна хотя бы одна.",
  "internship.form.objective": "Цель {n}",
  "internship.form.addObjective": "Добавить цель",
  "internship.form.reasonRequired":
    "Стажировка согласована: укажите, почему меняется её план (изменение сохраняется в списке изменений).",

  "internship.weeks": "Еженедельный дневник",
  "internship.weeksHint":
    "Стажёр описывает каждую неделю, наставник даёт комментарий. Дневник ведётся, пока стажировка проходит.",
  "internship.week": "Неделя {n}: {days}",
  "internship.weekEmpty": "Пока ничего не записано.",
  "internship.weekWrite": "Написать",
  "internship.weekSave": "Сохранить неделю",
  "internship.internEntryHint": "Что стажёр сделал и чему научился за неделю.",

  "internship.days": "Посещаемость",
  "internship.daysHint":
    "Нажмите на день, чтобы отметить его: присутствует, затем отсутствует, затем уважительная причина.",
  "internship.daysWhen": "Дни отмечаются, пока стажировка проходит.",
  "internship.dayCounts": "Присутствовал(а) {present} из {days} рабочих дней (отмечено: {marked}).",
  "internship.weekCol": "Неделя",
  "internship.weekPresent": "Отметить присутствие за неделю",
  "internship.dayOutside": "Не день стажировки",

  "internship.evaluations": "Оценки наставника",
  "internship.evaluation.none": "Пока не внесена.",
  "internship.evaluation.by": "Оценил(а) {name}, {date}",
  "internship.evaluation.fromPaper": "внесена с бумажного бланка",
  "internship.evaluation.fromPaperBox":
    "Внесена с бумажного бланка, заполненного и подписанного наставником",
  "internship.evaluation.record": "Внести оценку",
  "internship.evaluation.correct": "Исправить",
  "internship.evaluation.evaluatorHint": "Наставник, как он(а) подписался(ась).",
  "internship.evaluation.scale":
    "По каждой цели: 1 — значительно ниже ожиданий … 5 — значительно выше.",
  "internship.evaluation.pickScore": "Выберите оценку от 1 до 5.",
  "internship.evaluation.overall": "Общий комментарий",
  "internship.evaluation.noObjectives":
    "Наставник оценивает каждую учебную цель: сначала согласуйте цели.",
  "internship.evaluation.print": "Распечатать бланк",
  "internship.evaluation.printing": "Формирование бланка…",
  "internship.evaluation.formDialog": "Сохранить бланк оценки",
  "internship.evaluation.printed": "Бланк «{kind}» сохранён: {path}",
  "internship.pdfFilter": "Документы PDF",

  "internship.report": "Отчёт стажёра",
  "internship.report.text": "Отчёт",
  "internship.report.hint": "Чему стажёр научился и что применит в своей работе.",
  "internship.report.save": "Сохранить отчёт",
  "internship.report.saved": "Отчёт сохранён.",
  "internship.report.submitted": "Сдан {date}",
  "internship.report.none": "Отчёта пока нет.",

  "internship.certificate": "Сертификат",
  "internship.certificate.number": "Номер сертификата",
  "internship.certificate.register": "К сертификатам",
  "internship.certificate.issue": "Выдать сертификат",
  "internship.certificate.issuing": "Выдача сертификата…",
  "internship.certificate.needs":
    "Сертификат выдаётся после того, как внесена итоговая оценка наставника.",
  "internship.certificate.none": "Сертификат пока не выдан.",

  "internship.ofPerson": "Стажировки",
  "internship.ofPersonNone": "На стажировках не был(а).",
};
