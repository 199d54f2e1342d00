import type { Plural } from "../types";
import type { enRole } from "./en";

export const ruRole: {
  [K in keyof typeof enRole]: (typeof enRole)[K] extends string ? string : Plural;
} = {
  "role.administrator": "Администратор",
  "role.hr_officer": "Специалист по кадрам",
  "role.trainer": "Тренер",
  "role.manager": "Руководитель",
  "role.viewer": "Наблюдатель",
  "role.about.administrator":
    "Доступно всё: учётные записи и роли, ключи подписи, резервные копии и вся работа остальных ролей.",
  "role.about.hr_officer":
    "Ведёт реестр сотрудников и организаций, планирует программы, мероприятия и занятия, выдвигает участников.",
  "role.about.trainer":
    "Отмечает посещаемость и результаты на занятиях тренера, выбранного для этой учётной записи.",
  "role.about.manager":
    "Утверждает выдвижения, отмечает посещаемость, выдаёт, печатает и отзывает сертификаты.",
  "role.about.viewer":
    "Просматривает планы, посещаемость и сертификаты, сохраняет списки в файлы, но ничего не изменяет.",
};
