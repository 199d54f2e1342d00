import type { Catalogue } from "./catalogue";
import { ruCalendar } from "./calendar/ru";
import { ruPlan } from "./plan/ru";
import { ruDate } from "./date/ru";
import { ruActivities } from "./activities/ru";
import { ruBackup } from "./backup/ru";
import { ruActivity } from "./activity/ru";
import { ruActivityForm } from "./activityForm/ru";
import { ruAtt } from "./att/ru";
import { ruCatalogue } from "./catalogue/ru";
import { ruCert } from "./cert/ru";
import { ruCertbatch } from "./certbatch/ru";
import { ruCertdesign } from "./certdesign/ru";
import { ruCompletion } from "./completion/ru";
import { ruDetail } from "./detail/ru";
import { ruEnrol } from "./enrol/ru";
import { ruExport } from "./export/ru";
import { ruKey } from "./key/ru";
import { ruMark } from "./mark/ru";
import { ruReason } from "./reason/ru";
import { ruRoll } from "./roll/ru";
import { ruSave } from "./save/ru";
import { ruChanges } from "./changes/ru";
import { ruVerify } from "./verify/ru";
import { ruTrainers } from "./trainers/ru";
import { ruVenues } from "./venues/ru";
import { ruSignin } from "./signin/ru";
import { ruRole } from "./role/ru";
import { ruAction } from "./action/ru";
import { ruAccounts } from "./accounts/ru";
import { ruPassword } from "./password/ru";
import { ruSigningKey } from "./signing_key/ru";
import { ruTeam } from "./team/ru";
import { ruConnect } from "./connect/ru";

export const ru: Catalogue = {
  "app.name": "Malaka",
  "app.tagline": "Повышение квалификации",
  "shell.skip": "Перейти к содержимому",
  "nav.label": "Главное меню",
  "nav.people": "Сотрудники",
  "nav.organisations": "Организации",
  "nav.plan": "План",
  "nav.attendance": "Посещаемость",
  "nav.certificates": "Сертификаты",
  "nav.reports": "Отчёты",
  "nav.settings": "Настройки",
  "locale.label": "Язык",

  "common.loading": "Загрузка…",
  "common.save": "Сохранить",
  "common.saving": "Сохранение…",
  "common.cancel": "Отмена",
  "common.openFile": "Открыть",
  "common.back": "Назад",
  "common.edit": "Изменить",
  "common.retry": "Повторить",
  "common.optional": "необязательно",

  "placeholder.coming": "Этот раздел Malaka появится в следующей версии.",
  "placeholder.plan":
    "Планирование программ и мероприятий — тренингов, семинаров, практикумов, ознакомительных визитов и стажировок — и их занятий в календаре.",
  "placeholder.attendance":
    "Быстрая отметка посещаемости каждого занятия — с клавиатуры или по распечатанному листу регистрации.",
  "placeholder.certificates":
    "Выдача, печать, перевыпуск и отзыв сертификатов, которые любой может проверить по QR-коду.",
  "placeholder.reports":
    "Отчёты об обучении, посещаемости и сертификатах для руководителей и партнёров.",

  "welcome.title": "Добро пожаловать в Malaka",
  "welcome.intro":
    "База данных пуста. Начните с пустого реестра или загрузите демонстрационные данные, чтобы осмотреться.",
  "welcome.startEmpty": "Начать с пустой базы",
  "welcome.loadDemo": "Загрузить демо-данные",
  "welcome.loadingDemo": "Загрузка демо-данных…",
  "welcome.loaded": "Демо-данные загружены",
  "welcome.continue": "Продолжить",

  "count.organisations": {
    one: "{count} организация",
    few: "{count} организации",
    many: "{count} организаций",
    other: "{count} организации",
  },
  "count.people": {
    one: "{count} человек",
    few: "{count} человека",
    many: "{count} человек",
    other: "{count} человека",
  },
  "count.activities": {
    one: "{count} мероприятие",
    few: "{count} мероприятия",
    many: "{count} мероприятий",
    other: "{count} мероприятия",
  },
  "count.sessions": {
    one: "{count} занятие",
    few: "{count} занятия",
    many: "{count} занятий",
    other: "{count} занятия",
  },
  "count.marks": {
    one: "{count} отметка посещаемости",
    few: "{count} отметки посещаемости",
    many: "{count} отметок посещаемости",
    other: "{count} отметки посещаемости",
  },
  "count.rows": {
    one: "{count} строка",
    few: "{count} строки",
    many: "{count} строк",
    other: "{count} строки",
  },

  "people.searchLabel": "Поиск сотрудников",
  "people.searchPlaceholder": "Имя латиницей или кириллицей",
  "people.sortLabel": "Сортировка",
  "people.sort.name": "По имени",
  "people.sort.personnel_number": "По табельному номеру",
  "people.sort.newest": "Сначала новые",
  "people.filterLabel": "Организация",
  "people.allOrgs": "Все организации",
  "people.new": "Добавить сотрудника",
  "people.import": "Импорт",
  "people.searchCapped": "Показаны {count} лучших совпадений; уточните имя, чтобы сузить поиск.",
  "people.empty": "Сотрудников пока нет. Добавьте сотрудника или импортируйте список.",
  "people.noMatches": "Никто не найден.",
  "people.listLabel": "Сотрудники",
  "people.col.name": "ФИО",
  "people.col.number": "Таб. №",
  "people.col.position": "Должность",
  "people.col.organisation": "Организация",

  "person.details": "Сведения",
  "person.otherScript": "В другой графике",
  "person.enrolments": "Участие в мероприятиях",
  "person.noEnrolments": "Участия в мероприятиях пока нет.",
  "person.added": "Добавлен(а) {date}",
  "person.later":
    "Личная выписка о посещаемости и сертификатах сотрудника появится вместе с разделом «Отчёты»; пока смотрите разделы «Посещаемость» и «Сертификаты».",
  "enrolment.activity": "Мероприятие",
  "enrolment.role": "Роль",
  "enrolment.status": "Статус",
  "enrolment.since": "Дата",
  "enrolment.role.participant": "Участник",
  "enrolment.role.trainer": "Тренер",
  "enrolment.role.speaker": "Докладчик",
  "enrolment.role.delegate": "Делегат",
  "enrolment.role.intern": "Стажёр",
  "enrolment.status.nominated": "Выдвинут",
  "enrolment.status.approved": "Утверждён",
  "enrolment.status.enrolled": "Записан",
  "enrolment.status.waitlisted": "В листе ожидания",
  "enrolment.status.cancelled": "Отменён",
  "enrolment.status.completed": "Завершил обучение",
  "enrolment.status.declined": "Отклонён",

  "field.family_name": "Фамилия",
  "field.given_name": "Имя",
  "field.patronymic": "Отчество",
  "field.full_name": "ФИО полностью",
  "field.family_name_alt": "Фамилия в другой графике",
  "field.given_name_alt": "Имя в другой графике",
  "field.patronymic_alt": "Отчество в другой графике",
  "field.organisation": "Организация",
  "field.unit": "Подразделение",
  "field.personnel_number": "Табельный номер",
  "field.position": "Должность",
  "field.email": "Эл. почта",
  "field.phone": "Телефон",
  "field.birth_date": "Дата рождения",

  "form.newPerson": "Новый сотрудник",
  "form.editPerson": "Изменить: {name}",
  "form.names": "ФИО",
  "form.otherScript": "ФИО в другой графике",
  "form.otherScriptHint":
    "Кириллицей, если выше латиница, и латиницей, если выше кириллица. Поиск находит оба написания.",
  "form.work": "Работа",
  "form.contact": "Контакты",
  "form.chooseOrg": "Выберите организацию",
  "form.noUnit": "Без подразделения",
  "form.fixErrors": "Исправьте отмеченные ниже поля.",

  "validation.required": "Обязательное поле.",
  "validation.date": "Введите дату в виде ГГГГ-ММ-ДД.",
  "validation.email": "Введите адрес эл. почты, например name@example.uz.",
  "validation.country": "Введите двухбуквенный код страны, например UZ.",
  "validation.shortCode": "До 12 латинских букв, цифр или «-».",

  "error.title": "Что-то пошло не так",
  "error.invalid": "Некоторые данные неверны.",
  "error.invalid_input": "Запрос не удалось разобрать.",
  "error.not_found": "Не найдено; возможно, запись удалена.",
  "error.duplicate": "Такая запись уже есть.",
  "error.schedule_conflict": "Пересекается с другим бронированием.",
  "error.stale": "Кто-то уже изменил эту запись; обновите и повторите.",
  "error.already_imported": "Этот файл уже был импортирован.",
  "error.import_rejected": "В файле есть ошибки, поэтому ничего не импортировано.",
  "error.file": "Проблема с файлом.",
  "error.refused": "Это действие запрещено.",
  "error.storage": "Нет доступа к базе данных.",
  "error.damaged": "Файл базы данных повреждён.",
  "error.cancelled": "Отменено; ничего не сохранено.",
  "error.sign_in": "Вы не вошли в систему.",
  "error.forbidden": "Для вашей роли это недоступно.",
  "error.unreachable": "Не удалось связаться с сервером командной базы данных.",
  "error.unknown": "Непредвиденная ошибка.",

  "orgs.new": "Добавить организацию",
  "orgs.treeLabel": "Организации по подчинённости",
  "orgs.empty": "Организаций пока нет. Сначала добавьте своё агентство.",
  "orgs.added": "Организация «{name}» добавлена.",
  "orgs.edit": "Изменить организацию «{name}»",
  "orgs.saved": "Организация «{name}» сохранена.",
  "orgs.units": {
    one: "{count} подразделение",
    few: "{count} подразделения",
    many: "{count} подразделений",
    other: "{count} подразделения",
  },
  "org.kind.agency": "Агентство",
  "org.kind.service_centre": "Центр услуг",
  "org.kind.ministry": "Министерство",
  "org.kind.partner": "Агентство-партнёр",
  "org.kind.unit": "Подразделение",
  "org.kind.other": "Другое",
  "org.field.name": "Название",
  "org.field.short_code": "Краткий код",
  "org.field.country": "Страна",
  "org.field.kind": "Тип",
  "org.field.parent": "Входит в",
  "org.noParent": "Нет (верхний уровень)",
  "org.countryHint": "Двухбуквенный код: UZ, AZ, KZ…",

  "import.title": "Импорт сотрудников",
  "import.intro":
    "Выберите файл CSV или таблицу, где каждая строка — один сотрудник. Ничего не записывается, пока вы не нажмёте «Импортировать».",
  "import.pick": "Выбрать файл…",
  "import.pickAnother": "Выбрать другой файл…",
  "import.pickTitle": "Выберите файл для импорта",
  "import.filterName": "Таблицы (CSV, Excel, OpenDocument)",
  "import.reading": "Чтение файла…",
  "import.file": "Файл",
  "import.format": "Формат",
  "import.encoding": "Кодировка",
  "import.delimiter": "Разделитель",
  "import.size": "Объём",
  "import.preview": "Первые строки",
  "import.mapping": "Столбцы",
  "import.mappingHint":
    "Укажите, что содержит каждый столбец. Столбцы с пометкой «Пропустить» не импортируются.",
  "import.column": "Столбец файла",
  "import.field": "Импортировать как",
  "import.ignore": "Пропустить",
  "import.duplicateField": "«{field}» выбрано для нескольких столбцов.",
  "import.noName": "Укажите столбцы фамилии и имени или столбец с полным ФИО.",
  "import.defaultOrg": "Организация для строк без неё",
  "import.check": "Проверить",
  "import.checking": "Проверка…",
  "import.run": "Импортировать",
  "import.running": "Импорт…",
  "import.progress": "{done} из {total}",
  "import.finishing": "Сохранение сотрудников…",
  "import.checkOk": {
    one: "{count} строка в порядке. Пока ничего не записано.",
    few: "Все {count} строки в порядке. Пока ничего не записано.",
    many: "Все {count} строк в порядке. Пока ничего не записано.",
    other: "Все {count} строки в порядке. Пока ничего не записано.",
  },
  "import.problems": {
    one: "{count} ошибка; ничего не записано.",
    few: "{count} ошибки; ничего не записано.",
    many: "{count} ошибок; ничего не записано.",
    other: "{count} ошибки; ничего не записано.",
  },
  "import.checkFirst":
    "Сначала нажмите «Проверить»; импорт станет доступен, когда в файле не будет ошибок.",
  "import.col.row": "Строка",
  "import.col.column": "Столбец",
  "import.col.problem": "Ошибка",
  "import.force": "Всё равно импортировать",
  "import.done": "Импорт завершён",
  "import.imported": {
    one: "Импортирован {count} человек.",
    few: "Импортировано {count} человека.",
    many: "Импортировано {count} человек.",
    other: "Импортировано {count} человека.",
  },
  "import.toPeople": "К списку сотрудников",
  "import.another": "Импортировать другой файл",
  "import.units.title": {
    one: "{count} подразделение ещё не заведено в реестре",
    few: "{count} подразделения ещё не заведены в реестре",
    many: "{count} подразделений ещё не заведено в реестре",
    other: "{count} подразделения ещё не заведено в реестре",
  },
  "import.units.hint":
    "В файле указаны подразделения, которых у организации ещё нет. При импорте каждое будет создано в своей организации. Если нужно, отнесите его строки к одному из существующих подразделений организации.",
  "import.units.rows": {
    one: "указано в {count} строке",
    few: "указано в {count} строках",
    many: "указано в {count} строках",
    other: "указано в {count} строки",
  },
  "import.units.choice": "Что сделать с «{unit}»",
  "import.units.create": "Создать в «{organisation}»",
  "import.units.existing": "Или отнести строки к существующему подразделению",
  "import.units.created": {
    one: "Создано {count} новое подразделение.",
    few: "Создано {count} новых подразделения.",
    many: "Создано {count} новых подразделений.",
    other: "Создано {count} нового подразделения.",
  },

  "settings.language": "Язык",
  "settings.languageHint": "Malaka запомнит ваш выбор на этом компьютере.",
  "settings.database": "База данных",
  "settings.dateExample": "Даты выглядят так: {date}",

  "count.certificates": {
    one: "{count} сертификат",
    few: "{count} сертификата",
    many: "{count} сертификатов",
    other: "{count} сертификата",
  },
  "error.locked": "Отметки заблокированы выданным сертификатом; сначала отзовите его.",

  ...ruActivities,
  ...ruBackup,
  ...ruActivity,
  ...ruActivityForm,
  ...ruAtt,
  ...ruCatalogue,
  ...ruCert,
  ...ruCertbatch,
  ...ruCertdesign,
  ...ruCompletion,
  ...ruDetail,
  ...ruEnrol,
  ...ruExport,
  ...ruKey,
  ...ruMark,
  ...ruReason,
  ...ruRoll,
  ...ruSave,
  ...ruChanges,
  ...ruVerify,
  ...ruTrainers,
  ...ruPassword,
  ...ruSigningKey,
  ...ruAccounts,
  ...ruAction,
  ...ruRole,
  ...ruSignin,
  ...ruVenues,
  ...ruPlan,
  ...ruCalendar,
  ...ruDate,
  ...ruConnect,
  ...ruTeam,
};
