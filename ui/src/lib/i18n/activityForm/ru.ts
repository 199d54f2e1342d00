import type { Plural } from "../types";
import type { enActivityForm } from "./en";

export const ruActivityForm: {
  [K in keyof typeof enActivityForm]: (typeof enActivityForm)[K] extends string ? string : Plural;
} = {
  "activityForm.new": "Планирование мероприятия",
  "activityForm.edit": "Изменение: {title}",
  "activityForm.section.what": "Мероприятие",
  "activityForm.section.when": "Даты и место",
  "activityForm.section.who": "Организации",
  "activityForm.field.kind": "Вид",
  "activityForm.field.title": "Название",
  "activityForm.field.programme": "Программа",
  "activityForm.field.starts_on": "Начало",
  "activityForm.field.ends_on": "Окончание",
  "activityForm.field.host": "Организатор",
  "activityForm.field.partner": "Организации-партнёры",
  "activityForm.field.venue": "Место",
  "activityForm.field.capacity": "Количество мест",
  "activityForm.field.language": "Язык обучения",
  "activityForm.field.planned_hours": "Плановые часы",
  "activityForm.field.description": "Описание",
  "activityForm.field.status": "Статус",
  "activityForm.noProgramme": "Без программы",
  "activityForm.programmeHint":
    "Программа заполнит название, часы, описание и язык; их можно изменить.",
  "activityForm.titleHint": "Оставьте пустым, чтобы взять название программы.",
  "activityForm.programmeOption": "{code} — {title}",
  "activityForm.archivedProgramme": "{title} (в архиве)",
  "activityForm.chooseHost": "Выберите организацию",
  "activityForm.noPartners": "Других организаций для выбора нет.",
  "activityForm.noVenue": "Место пока не выбрано",
  "activityForm.venueOption": "{name}, {city} ({zone})",
  "activityForm.capacityHint": "Оставьте пустым, если число мест не ограничено.",
  "activityForm.statusHint":
    "Черновик можно дополнить позже; запланированное мероприятие готово к выдвижению участников.",
  "activityForm.seats": "Укажите целое число мест, не меньше 1.",
  "activityForm.endsBeforeStarts": "Окончание не может быть раньше начала.",
  "activityForm.hostIsPartner": "Организатор не может быть одновременно партнёром.",
};
