import type { Plural } from "../types";
import type { enCatalogue } from "./en";

export const ruCatalogue: {
  [K in keyof typeof enCatalogue]: (typeof enCatalogue)[K] extends string ? string : Plural;
} = {
  "catalogue.title": "Каталог программ",
  "catalogue.intro":
    "Программа описывает курс один раз — код, часы и цели, — чтобы по ней можно было планировать мероприятия.",
  "catalogue.new": "Новая программа",
  "catalogue.showArchived": "Показывать архивные программы",
  "catalogue.count": {
    one: "{count} программа",
    few: "{count} программы",
    many: "{count} программ",
    other: "{count} программы",
  },
  "catalogue.empty": "Программ пока нет. Добавьте первую, чтобы планировать по ней мероприятия.",
  "catalogue.listLabel": "Программы",
  "catalogue.col.code": "Код",
  "catalogue.col.title": "Название",
  "catalogue.col.hours": "Плановые часы",
  "catalogue.col.language": "Язык",
  "catalogue.col.actions": "Действия",
  "catalogue.archivedBadge": "В архиве",
  "catalogue.hoursValue": "{hours} ч",
  "catalogue.editOf": "Изменить программу {code}",
  "catalogue.archive": "В архив",
  "catalogue.archiveOf": "Отправить программу {code} в архив",
  "catalogue.restore": "Вернуть",
  "catalogue.restoreOf": "Вернуть программу {code} из архива",
  "catalogue.plan": "Запланировать мероприятие",
  "catalogue.planOf": "Запланировать мероприятие по программе {code}",
  "catalogue.formNew": "Новая программа",
  "catalogue.formEdit": "Изменение программы {code}",
  "catalogue.field.code": "Код",
  "catalogue.field.title": "Название",
  "catalogue.field.planned_hours": "Плановые часы",
  "catalogue.field.language": "Язык обучения",
  "catalogue.field.objectives": "Цели",
  "catalogue.codeHint": "До 24 латинских букв, цифр, «-», «_» или «.»; сохраняется заглавными.",
  "catalogue.codeFormat": "Используйте до 24 латинских букв, цифр, «-», «_» или «.».",
  "catalogue.codeTaken": "Этот код уже занят другой программой.",
  "catalogue.hoursFormat": "Укажите часы от 0 до 10000, например 24 или 7,5.",
  "catalogue.saved": "Программа {code} сохранена.",
  "catalogue.archived":
    "Программа {code} отправлена в архив и больше не предлагается при планировании.",
  "catalogue.restored": "Программа {code} снова предлагается при планировании.",
  "catalogue.lang.uz-Latn": "Узбекский (латиница)",
  "catalogue.lang.uz-Cyrl": "Узбекский (кириллица)",
  "catalogue.lang.ru": "Русский",
  "catalogue.lang.az": "Азербайджанский",
  "catalogue.lang.en": "Английский",
};
