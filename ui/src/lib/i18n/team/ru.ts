import type { Plural } from "../types";
import type { enTeam } from "./en";

export const ruTeam: {
  [K in keyof typeof enTeam]: (typeof enTeam)[K] extends string ? string : Plural;
} = {
  "team.title": "Командная база данных",
  "team.intro":
    "Несколько рабочих мест могут работать с одним реестром в базе данных PostgreSQL на сервере. Каждый подключается под своим логином на сервере.",
  "team.currentFile": "Это рабочее место ведёт собственный реестр: {file}",
  "team.currentTeamTls": "Командная база данных: {server} (TLS включён)",
  "team.currentTeamPlain": "Командная база данных: {server} (TLS выключен)",
  "team.host": "Сервер",
  "team.hostHint": "Имя или адрес, например db.agency.uz",
  "team.port": "Порт",
  "team.portRange": "Порт — целое число от 1 до {max}.",
  "team.database": "База данных",
  "team.user": "Пользователь",
  "team.userHint": "Ваш собственный логин на сервере.",
  "team.password": "Пароль",
  "team.tls": "Шифрованное подключение (TLS)",
  "team.remember": "Запомнить пароль в хранилище ключей этого компьютера",
  "team.noKeyring":
    "На этом компьютере нет хранилища ключей для пароля, поэтому Malaka будет спрашивать его при каждом запуске.",
  "team.test": "Проверить подключение",
  "team.testing": "Проверка…",
  "team.connect": "Подключить рабочее место",
  "team.connecting": "Подключение…",
  "team.opening": "Открытие…",
  "team.probe.connected": "Подключено: PostgreSQL {version}.",
  "team.probe.ready": "Реестр на нём готов: это рабочее место можно подключить.",
  "team.probe.empty":
    "База данных пуста: перенесите в неё этот реестр или попросите её владельца подготовить её.",
  "team.probe.behind":
    "Она подготовлена более старой версией Malaka: её владелец должен обновить её (malaka team init).",
  "team.moveTitle": "Перенос реестра на сервер",
  "team.moveHint":
    "Копирует весь реестр из файла этого рабочего места в указанную выше командную базу данных, которая должна быть пустой. Сам файл не меняется.",
  "team.move": "Перенести на сервер…",
  "team.moveQuestion": "Скопировать весь реестр в {server}?",
  "team.moveEmpty":
    "Всё содержимое реестра этого рабочего места копируется за один раз и проверяется по каждой таблице; база данных на сервере должна быть пустой.",
  "team.moveFileStays":
    "Файл этого рабочего места не меняется: рабочее место работает с ним, пока вы не переключите его на командную базу данных.",
  "team.moveTime": "На большом реестре это занимает несколько минут.",
  "team.moveConfirm": "Скопировать реестр",
  "team.moving": "Копирование и проверка…",
  "team.moveKeep": "Не переносить",
  "team.moved": "Реестр скопирован в {server} и проверен по каждой таблице.",
  "team.col.table": "Таблица",
  "team.col.rows": "Строки",
  "team.col.total": "Всего",
  "team.table.organisation": "Организации",
  "team.table.person": "Сотрудники",
  "team.table.person_token": "Индекс поиска по именам",
  "team.table.trainer": "Тренеры",
  "team.table.venue": "Места проведения",
  "team.table.programme": "Программы",
  "team.table.activity": "Мероприятия",
  "team.table.activity_partner": "Партнёры мероприятий",
  "team.table.session": "Занятия",
  "team.table.session_trainer": "Тренеры занятий",
  "team.table.enrolment": "Записи на мероприятия",
  "team.table.attendance_mark": "Отметки посещаемости",
  "team.table.attendance_history": "История отметок посещаемости",
  "team.table.import_batch": "Импортированные файлы",
  "team.table.completion_rule": "Правила завершения",
  "team.table.assessment_result": "Результаты оценки",
  "team.table.certificate_series": "Серии номеров сертификатов",
  "team.table.certificate": "Сертификаты",
  "team.table.organisation_logo": "Логотипы организаций",
  "team.table.account": "Учётные записи",
  "team.table.account_token": "Токены автоматизации",
  "team.table.signing_key": "Ключи подписи",
  "team.table.audit_log": "Записи журнала аудита",
  "team.table.audit_seal": "Подписи журнала аудита",
  "team.switchHint":
    "Это рабочее место пока работает с файлом. Переключите его на командную базу данных, чтобы все рабочие места работали с одним реестром.",
  "team.switch": "Переключить на командную базу",
  "team.useFileTitle": "Собственный реестр рабочего места",
  "team.useFileHint":
    "Снова работать с собственным файлом этого рабочего места ({file}). Настройки командной базы данных и сохранённый пароль на этом рабочем месте будут забыты; реестр на сервере не меняется.",
  "team.useFile": "Вернуться к собственному реестру",
};
