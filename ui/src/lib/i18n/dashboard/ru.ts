import type { Plural } from "../types";
import type { enDashboard } from "./en";

export const ruDashboard: {
  [K in keyof typeof enDashboard]: (typeof enDashboard)[K] extends string ? string : Plural;
} = {
  "dashboard.title": "Сводка",
  "dashboard.year": "Год",
  "dashboard.empty":
    "Пока показывать нечего: за {year} год и предыдущий нет ни посещённых часов, ни итогов, ни сертификатов, и нет предстоящих мероприятий со свободными местами.",
  "dashboard.showTable": "Показать таблицей",
  "dashboard.month": "Месяц",
  "dashboard.percent": "{value}\u00a0%",
  "dashboard.change.up": "Рост на {percent}\u00a0% к {year} году",
  "dashboard.change.down": "Снижение на {percent}\u00a0% к {year} году",
  "dashboard.change.same": "Столько же, сколько в {year} году",
  "dashboard.change.new": "Рост: в {year} году не было",
  "dashboard.change.none": "В {year} году тоже не было",
  "dashboard.lastYear": "В {year} году: {value}",
  "dashboard.hours.title": "Часы обучения в {year} году",
  "dashboard.people.title": "Обучено сотрудников в {year} году",
  "dashboard.people.hint": "Слушатели, у которых было хотя бы одно занятие в году.",
  "dashboard.completion.title": "Завершение обучения в {year} году",
  "dashboard.completion.completed": "Завершено",
  "dashboard.completion.notCompleted": "Не завершено",
  "dashboard.completion.result": "Итог",
  "dashboard.completion.places": "Участники",
  "dashboard.completion.none": "У мероприятий, закончившихся в {year} году, пока нет итогов.",
  "dashboard.completion.summary":
    "Мероприятия, закончившиеся в {year} году: завершили обучение — {completed}, не завершили — {notCompleted}; доля завершивших — {rate}\u00a0%.",
  "dashboard.hoursChart.title": "Часы обучения по месяцам, {year}",
  "dashboard.hoursChart.series": "Часы обучения",
  "dashboard.hoursChart.summary":
    "Столбчатая диаграмма часов обучения по месяцам {year} года: всего {total}; больше всего часов: {month}, {hours}.",
  "dashboard.hoursChart.empty": "В {year} году часов обучения нет.",
  "dashboard.certificates.title": "Сертификаты по месяцам, {year}",
  "dashboard.certificates.issued": "Выдано сертификатов",
  "dashboard.certificates.revoked": "Отозвано сертификатов",
  "dashboard.certificates.summary":
    "Линейный график выданных и отозванных сертификатов по месяцам {year} года: всего выдано {issued}, отозвано {revoked}.",
  "dashboard.certificates.empty": "В {year} году сертификаты не выдавались и не отзывались.",
  "dashboard.programmes.title": "Ведущие программы по часам обучения, {year}",
  "dashboard.programmes.programme": "Программа",
  "dashboard.programmes.hours": "Часы обучения",
  "dashboard.programmes.people": "Сотрудники",
  "dashboard.programmes.summary":
    "Столбчатая диаграмма программ с наибольшим числом часов обучения в {year} году: {list}.",
  "dashboard.programmes.item": "{title} — {hours}\u00a0ч",
  "dashboard.programmes.empty": "В {year} году ни по одной программе нет часов обучения.",
  "dashboard.open.title": "Предстоящие мероприятия со свободными местами",
  "dashboard.open.note":
    "Мероприятия, которые начинаются сегодня или позже и в которых ещё есть места; ближайшие первыми.",
  "dashboard.open.activity": "Мероприятие",
  "dashboard.open.kind": "Вид",
  "dashboard.open.dates": "Даты",
  "dashboard.open.taken": "Занято мест",
  "dashboard.open.free": "Свободных мест",
  "dashboard.open.enrolledOf": "{enrolled} из {capacity}",
  "dashboard.open.noLimit": "Без ограничения",
  "dashboard.open.empty": "Нет предстоящих мероприятий со свободными местами.",
};
