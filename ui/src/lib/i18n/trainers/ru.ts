import type { Plural } from "../types";
import type { enTrainers } from "./en";

export const ruTrainers: {
  [K in keyof typeof enTrainers]: (typeof enTrainers)[K] extends string ? string : Plural;
} = {
  "trainers.title": "Тренеры",
  "trainers.intro":
    "Сотрудники из реестра и внешние эксперты, которые ведут занятия. Занятия планируются с тренерами из этого списка.",
  "trainers.add": "Добавить тренера",
  "trainers.empty": "Тренеров пока нет. Добавьте первого, чтобы планировать с ним занятия.",
  "trainers.listLabel": "Тренеры",
  "trainers.editOf": "Изменить тренера: {name}",
  "trainers.formNew": "Новый тренер",
  "trainers.formEdit": "Изменение тренера: {name}",
  "trainers.kind": "Кто ведёт занятия",
  "trainers.kind.staff": "Сотрудник из реестра",
  "trainers.kind.external": "Внешний тренер",
  "trainers.staff": "Сотрудник",
  "trainers.external": "Внешний",
  "trainers.field.person": "Сотрудник",
  "trainers.field.name": "ФИО полностью",
  "trainers.field.affiliation": "Место работы",
  "trainers.field.expertise": "Специализация",
  "trainers.personHint": "Введите часть имени латиницей или кириллицей и выберите сотрудника.",
  "trainers.fromRegister": "ФИО берётся из реестра.",
  "trainers.results": "Найденные сотрудники",
  "trainers.noMatch": "В реестре никто не найден.",
  "trainers.another": "Выбрать другого",
  "trainers.pickPerson": "Выберите сотрудника из реестра.",
  "trainers.affiliationHint": "Где работает тренер, например университет или министерство.",
  "trainers.expertiseHint": "Чему обучает, например этике государственной службы.",
  "trainers.saved": "Тренер {name} сохранён.",
};
