import type { Plural } from "../types";
import type { enAction } from "./en";

export const ruAction: {
  [K in keyof typeof enAction]: (typeof enAction)[K] extends string ? string : Plural;
} = {
  "action.read": "просмотр реестра",
  "action.person_edit": "добавление и изменение сотрудников",
  "action.organisation_edit": "добавление и изменение организаций",
  "action.plan_edit": "планирование программ, мероприятий и занятий",
  "action.nominate": "выдвижение участников",
  "action.approve": "утверждение выдвижений",
  "action.attend": "отметка посещаемости и результатов",
  "action.certificate_issue": "выдача сертификатов",
  "action.certificate_revoke": "отзыв сертификатов",
  "action.certificate_print": "печать сертификатов",
  "action.export": "сохранение списков в файлы",
  "action.account_manage": "управление учётными записями",
  "action.key_manage": "управление ключами подписи",
  "action.maintain": "резервное копирование и восстановление реестра",
  "action.mobility_edit": "организация ознакомительных визитов",
  "action.travel_documents": "просмотр и учёт паспортов и виз",
};
