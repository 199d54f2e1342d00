import type { Plural } from "../types";
import type { enTranscript } from "./en";

export const ruTranscript: {
  [K in keyof typeof enTranscript]: (typeof enTranscript)[K] extends string ? string : Plural;
} = {
  "transcript.title": "Выписка о повышении квалификации",
  "transcript.asOf": "По состоянию на {date}",
  "transcript.col.activity": "Мероприятие",
  "transcript.col.days": "Даты",
  "transcript.col.hours": "Часы обучения",
  "transcript.col.rate": "Посещаемость",
  "transcript.col.result": "Результат",
  "transcript.col.certificate": "Номер сертификата",
  "transcript.hoursOfPlanned": "Посещено {hours} ч из {planned} ч по плану",
  "transcript.rate": "{value}\u00a0%",
  "transcript.result.completed": "Завершено",
  "transcript.result.not_completed": "Не завершено",
  "transcript.result.in_progress": "Идёт",
  "transcript.result.upcoming": "Предстоит",
  "transcript.revoked": "отозван",
  "transcript.total": "Всего часов обучения",
  "transcript.completed": "Завершено мероприятий: {count}",
  "transcript.empty": "Мероприятий пока нет.",
  "transcript.print": "Распечатать выписку",
  "transcript.print.options": "Печать выписки о повышении квалификации",
  "transcript.print.locale": "Язык",
  "transcript.print.also": "Второй язык",
  "transcript.print.alsoNone": "Нет",
  "transcript.print.save": "Сохранить PDF…",
  "transcript.print.saving": "Сохранение…",
  "transcript.print.dialog": "Сохранение выписки",
  "transcript.print.filter": "Документы PDF",
  "transcript.print.file": "выписка",
  "transcript.print.done": "Выписка сохранена: {path}",
  "transcript.print.note":
    "В выписку входят мероприятия, начавшиеся по сегодняшний день; она подписывается ключом реестра и проверяется по QR-коду.",
  "transcript.verify.hint": "Токен выписки о повышении квалификации начинается с MLT1.",
  "transcript.verify.valid": "Подлинная выписка о повышении квалификации: подписана нашим ключом.",
  "transcript.verify.validOther": "Подлинная выписка: подписана ключом издателя.",
  "transcript.verify.reference": "Код проверки",
  "transcript.verify.activities": "Число мероприятий",
  "transcript.verify.notInRegister": "Нет в этом реестре",
  "transcript.verify.nameDiffers":
    "Имя в реестре отличается от имени, с которым выписка была распечатана: сверьте напечатанное имя с документами сотрудника.",
  "transcript.verify.registerSame": "Реестр даёт ту же выписку на этот день.",
  "transcript.verify.registerChanged":
    "После печати выписки реестр изменился: отметки, результаты или сертификаты отличаются.",
  "transcript.verify.nameNote": "Проверьте, что имя в выписке совпадает с именем владельца выше.",
};
