import type { Catalogue } from "./catalogue";
import { uzCyrlCalendar } from "./calendar/uz-Cyrl";
import { uzCyrlPlan } from "./plan/uz-Cyrl";
import { uzCyrlDate } from "./date/uz-Cyrl";
import { uzCyrlActivities } from "./activities/uz-Cyrl";
import { uzCyrlBackup } from "./backup/uz-Cyrl";
import { uzCyrlActivity } from "./activity/uz-Cyrl";
import { uzCyrlActivityForm } from "./activityForm/uz-Cyrl";
import { uzCyrlAtt } from "./att/uz-Cyrl";
import { uzCyrlCatalogue } from "./catalogue/uz-Cyrl";
import { uzCyrlCert } from "./cert/uz-Cyrl";
import { uzCyrlCertbatch } from "./certbatch/uz-Cyrl";
import { uzCyrlCertdesign } from "./certdesign/uz-Cyrl";
import { uzCyrlCompletion } from "./completion/uz-Cyrl";
import { uzCyrlDetail } from "./detail/uz-Cyrl";
import { uzCyrlEnrol } from "./enrol/uz-Cyrl";
import { uzCyrlExport } from "./export/uz-Cyrl";
import { uzCyrlKey } from "./key/uz-Cyrl";
import { uzCyrlMark } from "./mark/uz-Cyrl";
import { uzCyrlReason } from "./reason/uz-Cyrl";
import { uzCyrlRoll } from "./roll/uz-Cyrl";
import { uzCyrlSave } from "./save/uz-Cyrl";
import { uzCyrlChanges } from "./changes/uz-Cyrl";
import { uzCyrlVerify } from "./verify/uz-Cyrl";
import { uzCyrlTrainers } from "./trainers/uz-Cyrl";
import { uzCyrlVenues } from "./venues/uz-Cyrl";
import { uzCyrlSignin } from "./signin/uz-Cyrl";
import { uzCyrlRole } from "./role/uz-Cyrl";
import { uzCyrlAction } from "./action/uz-Cyrl";
import { uzCyrlAccounts } from "./accounts/uz-Cyrl";
import { uzCyrlPassword } from "./password/uz-Cyrl";
import { uzCyrlSigningKey } from "./signing_key/uz-Cyrl";
import { uzCyrlTeam } from "./team/uz-Cyrl";
import { uzCyrlConnect } from "./connect/uz-Cyrl";

export const uzCyrl: Catalogue = {
  "app.name": "Malaka",
  "app.tagline": "Малака ошириш",
  "shell.skip": "Асосий қисмга ўтиш",
  "nav.label": "Асосий меню",
  "nav.people": "Ходимлар",
  "nav.organisations": "Ташкилотлар",
  "nav.plan": "Режа",
  "nav.attendance": "Давомат",
  "nav.certificates": "Сертификатлар",
  "nav.reports": "Ҳисоботлар",
  "nav.settings": "Созламалар",
  "locale.label": "Тил",

  "common.loading": "Юкланмоқда…",
  "common.save": "Сақлаш",
  "common.saving": "Сақланмоқда…",
  "common.cancel": "Бекор қилиш",
  "common.openFile": "Очиш",
  "common.back": "Орқага",
  "common.edit": "Таҳрирлаш",
  "common.retry": "Қайта уриниш",
  "common.optional": "ихтиёрий",

  "placeholder.coming": "Малаканинг бу бўлими кейинги версияда пайдо бўлади.",
  "placeholder.plan":
    "Дастурлар ва тадбирларни — тренинглар, семинарлар, амалий семинарлар, танишув ташрифлари ва стажировкаларни — ҳамда уларнинг машғулотларини тақвимда режалаштириш.",
  "placeholder.attendance":
    "Ҳар бир машғулот давоматини клавиатура орқали ёки босма рўйхатдан тез белгилаш.",
  "placeholder.certificates":
    "QR-код орқали исталган киши текшира оладиган сертификатларни бериш, чоп этиш, қайта бериш ва бекор қилиш.",
  "placeholder.reports":
    "Раҳбарлар ва ҳамкорлар учун ўқитиш, давомат ва сертификатлар бўйича ҳисоботлар.",

  "welcome.title": "Малакага хуш келибсиз",
  "welcome.intro":
    "Маълумотлар базаси бўш. Бўш реестрдан бошланг ёки танишиб чиқиш учун намунавий маълумотларни юкланг.",
  "welcome.startEmpty": "Бўш ҳолда бошлаш",
  "welcome.loadDemo": "Намунавий маълумотларни юклаш",
  "welcome.loadingDemo": "Намунавий маълумотлар юкланмоқда…",
  "welcome.loaded": "Намунавий маълумотлар юкланди",
  "welcome.continue": "Давом этиш",

  "count.organisations": { one: "{count} та ташкилот", other: "{count} та ташкилот" },
  "count.people": { one: "{count} нафар ходим", other: "{count} нафар ходим" },
  "count.activities": { one: "{count} та тадбир", other: "{count} та тадбир" },
  "count.sessions": { one: "{count} та машғулот", other: "{count} та машғулот" },
  "count.marks": { one: "{count} та давомат белгиси", other: "{count} та давомат белгиси" },
  "count.rows": { one: "{count} та қатор", other: "{count} та қатор" },

  "people.searchLabel": "Ходимларни қидириш",
  "people.searchPlaceholder": "Лотин ёки кирилл ёзувидаги исм",
  "people.sortLabel": "Саралаш",
  "people.sort.name": "Исм бўйича",
  "people.sort.personnel_number": "Табель рақами бўйича",
  "people.sort.newest": "Аввал янгилари",
  "people.filterLabel": "Ташкилот",
  "people.allOrgs": "Барча ташкилотлар",
  "people.new": "Ходим қўшиш",
  "people.import": "Импорт",
  "people.searchCapped":
    "Энг мос {count} та натижа кўрсатилмоқда; қидирувни торайтириш учун исмни тўлиқроқ ёзинг.",
  "people.empty": "Ҳозирча ходимлар йўқ. Ходим қўшинг ёки рўйхатни импорт қилинг.",
  "people.noMatches": "Ҳеч ким топилмади.",
  "people.listLabel": "Ходимлар",
  "people.col.name": "Ф.И.Ш.",
  "people.col.number": "Табель №",
  "people.col.position": "Лавозим",
  "people.col.organisation": "Ташкилот",

  "person.details": "Маълумотлар",
  "person.otherScript": "Бошқа ёзувда",
  "person.enrolments": "Тадбирларда иштироки",
  "person.noEnrolments": "Ҳозирча ҳеч қайси тадбирда иштирок этмаган.",
  "person.added": "Қўшилган сана: {date}",
  "person.later":
    "Ходимнинг давомати ва сертификатлари бўйича шахсий маълумотнома «Ҳисоботлар» бўлими билан қўшилади; ҳозирча «Давомат» ва «Сертификатлар» бўлимларига қаранг.",
  "enrolment.activity": "Тадбир",
  "enrolment.role": "Роли",
  "enrolment.status": "Ҳолати",
  "enrolment.since": "Сана",
  "enrolment.role.participant": "Иштирокчи",
  "enrolment.role.trainer": "Тренер",
  "enrolment.role.speaker": "Маърузачи",
  "enrolment.role.delegate": "Делегат",
  "enrolment.role.intern": "Стажёр",
  "enrolment.status.nominated": "Номзоди кўрсатилган",
  "enrolment.status.approved": "Тасдиқланган",
  "enrolment.status.enrolled": "Рўйхатга олинган",
  "enrolment.status.waitlisted": "Кутиш рўйхатида",
  "enrolment.status.cancelled": "Бекор қилинган",
  "enrolment.status.completed": "Якунлаган",
  "enrolment.status.declined": "Рад этилган",

  "field.family_name": "Фамилия",
  "field.given_name": "Исм",
  "field.patronymic": "Отасининг исми",
  "field.full_name": "Тўлиқ Ф.И.Ш.",
  "field.family_name_alt": "Фамилия (бошқа ёзувда)",
  "field.given_name_alt": "Исм (бошқа ёзувда)",
  "field.patronymic_alt": "Отасининг исми (бошқа ёзувда)",
  "field.organisation": "Ташкилот",
  "field.unit": "Бўлинма",
  "field.personnel_number": "Табель рақами",
  "field.position": "Лавозим",
  "field.email": "Электрон почта",
  "field.phone": "Телефон",
  "field.birth_date": "Туғилган сана",

  "form.newPerson": "Янги ходим",
  "form.editPerson": "Таҳрирлаш: {name}",
  "form.names": "Ф.И.Ш.",
  "form.otherScript": "Бошқа ёзувдаги Ф.И.Ш.",
  "form.otherScriptHint":
    "Юқоридаги исм лотинчада бўлса — кириллчада, кириллчада бўлса — лотинчада. Қидирув иккаласини ҳам топади.",
  "form.work": "Иш жойи",
  "form.contact": "Алоқа",
  "form.chooseOrg": "Ташкилотни танланг",
  "form.noUnit": "Бўлинмасиз",
  "form.fixErrors": "Қуйида белгиланган майдонларни тузатинг.",

  "validation.required": "Бу майдонни тўлдириш шарт.",
  "validation.date": "Санани ЙЙЙЙ-ОО-КК кўринишида киритинг.",
  "validation.email": "Электрон почта манзилини киритинг, масалан name@example.uz.",
  "validation.country": "Икки ҳарфли давлат кодини киритинг, масалан UZ.",
  "validation.shortCode": "12 тагача лотин ҳарфи, рақам ёки «-».",

  "error.title": "Нимадир нотўғри кетди",
  "error.invalid": "Баъзи маълумотлар нотўғри.",
  "error.invalid_input": "Сўровни тушуниб бўлмади.",
  "error.not_found": "Топилмади; эҳтимол, ўчирилган.",
  "error.duplicate": "Бундай ёзув аллақачон мавжуд.",
  "error.schedule_conflict": "Вақт тўқнашуви юзага келади: бу вақт аллақачон банд қилинган.",
  "error.stale": "Бу ёзувни бошқа киши ўзгартирди; янгилаб, қайта уриниб кўринг.",
  "error.already_imported": "Бу файл аввал импорт қилинган.",
  "error.import_rejected": "Файлда хатолар бор, шунинг учун ҳеч нарса импорт қилинмади.",
  "error.file": "Файл билан муаммо бор.",
  "error.refused": "Бунга рухсат йўқ.",
  "error.storage": "Маълумотлар базасига уланиб бўлмади.",
  "error.damaged": "Маълумотлар базаси файли шикастланган.",
  "error.cancelled": "Бекор қилинди; ҳеч нарса сақланмади.",
  "error.sign_in": "Сиз тизимга кирмагансиз.",
  "error.forbidden": "Ролингиз бунга рухсат бермайди.",
  "error.unreachable": "Жамоавий маълумотлар базаси серверига уланиб бўлмади.",
  "error.unknown": "Кутилмаган хато юз берди.",

  "orgs.new": "Ташкилот қўшиш",
  "orgs.treeLabel": "Ташкилотлар тузилмаси",
  "orgs.empty": "Ҳозирча ташкилотлар йўқ. Аввал ўз агентлигингизни қўшинг.",
  "orgs.added": "«{name}» қўшилди.",
  "orgs.edit": "«{name}» ташкилотини таҳрирлаш",
  "orgs.saved": "«{name}» сақланди.",
  "orgs.units": { one: "{count} та қуйи бўлинма", other: "{count} та қуйи бўлинма" },
  "org.kind.agency": "Агентлик",
  "org.kind.service_centre": "Хизмат кўрсатиш маркази",
  "org.kind.ministry": "Вазирлик",
  "org.kind.partner": "Ҳамкор агентлик",
  "org.kind.unit": "Бўлинма",
  "org.kind.other": "Бошқа",
  "org.field.name": "Номи",
  "org.field.short_code": "Қисқа код",
  "org.field.country": "Давлат",
  "org.field.kind": "Тури",
  "org.field.parent": "Таркибида",
  "org.noParent": "Ҳеч қайси (юқори даража)",
  "org.countryHint": "Икки ҳарфли код: UZ, AZ, KZ…",

  "import.title": "Ходимларни импорт қилиш",
  "import.intro":
    "Ҳар бир қаторда битта ходим бўлган CSV ёки жадвал файлини танланг. «Импорт қилиш» тугмасини босмагунингизча ҳеч нарса ёзилмайди.",
  "import.pick": "Файлни танлаш…",
  "import.pickAnother": "Бошқа файлни танлаш…",
  "import.pickTitle": "Импорт учун файлни танланг",
  "import.filterName": "Жадваллар (CSV, Excel, OpenDocument)",
  "import.reading": "Файл ўқилмоқда…",
  "import.file": "Файл",
  "import.format": "Формат",
  "import.encoding": "Кодлаш",
  "import.delimiter": "Ажратгич",
  "import.size": "Ҳажми",
  "import.preview": "Дастлабки қаторлар",
  "import.mapping": "Устунлар",
  "import.mappingHint":
    "Ҳар бир устунда нима борлигини кўрсатинг. «Ўтказиб юбориш» деб белгиланган устунлар импорт қилинмайди.",
  "import.column": "Файлдаги устун",
  "import.field": "Қандай импорт қилинади",
  "import.ignore": "Ўтказиб юбориш",
  "import.duplicateField": "«{field}» бир нечта устун учун танланган.",
  "import.noName": "Фамилия ва исм устунларини ёки тўлиқ Ф.И.Ш. устунини танланг.",
  "import.defaultOrg": "Ташкилоти кўрсатилмаган қаторлар учун ташкилот",
  "import.check": "Текшириш",
  "import.checking": "Текширилмоқда…",
  "import.run": "Импорт қилиш",
  "import.running": "Импорт қилинмоқда…",
  "import.progress": "{done} / {total}",
  "import.finishing": "Ходимлар сақланмоқда…",
  "import.checkOk": {
    one: "{count} та қатор тўғри. Ҳали ҳеч нарса ёзилмади.",
    other: "Барча {count} та қатор тўғри. Ҳали ҳеч нарса ёзилмади.",
  },
  "import.problems": {
    one: "{count} та хато; ҳеч нарса ёзилмади.",
    other: "{count} та хато; ҳеч нарса ёзилмади.",
  },
  "import.checkFirst":
    "Аввал «Текшириш»ни босинг; файлда хато бўлмаса, импорт қилиш мумкин бўлади.",
  "import.col.row": "Қатор",
  "import.col.column": "Устун",
  "import.col.problem": "Хато",
  "import.force": "Барибир импорт қилиш",
  "import.done": "Импорт якунланди",
  "import.imported": {
    one: "{count} нафар ходим импорт қилинди.",
    other: "{count} нафар ходим импорт қилинди.",
  },
  "import.toPeople": "Ходимлар рўйхатига",
  "import.another": "Бошқа файлни импорт қилиш",
  "import.units.title": {
    one: "{count} та бўлинма ҳали реестрда йўқ",
    other: "{count} та бўлинма ҳали реестрда йўқ",
  },
  "import.units.hint":
    "Файлда ташкилотида ҳали йўқ бўлинмалар кўрсатилган. Импорт қилишда ҳар бири ўз ташкилоти таркибида яратилади. Хоҳласангиз, унинг қаторларини ташкилотнинг мавжуд бўлинмаларидан бирига бириктиринг.",
  "import.units.rows": {
    one: "{count} та қаторда кўрсатилган",
    other: "{count} та қаторда кўрсатилган",
  },
  "import.units.choice": "«{unit}» билан нима қилинсин",
  "import.units.create": "«{organisation}» таркибида яратиш",
  "import.units.existing": "Ёки қаторларни мавжуд бўлинмага бириктириш",
  "import.units.created": {
    one: "{count} та янги бўлинма яратилди.",
    other: "{count} та янги бўлинма яратилди.",
  },

  "settings.language": "Тил",
  "settings.languageHint": "Малака танловингизни шу компьютерда эслаб қолади.",
  "settings.database": "Маълумотлар базаси",
  "settings.dateExample": "Саналар шундай кўринади: {date}",

  "count.certificates": { one: "{count} та сертификат", other: "{count} та сертификат" },
  "error.locked": "Белгилар берилган сертификат билан қулфланган; аввал уни бекор қилинг.",

  ...uzCyrlActivities,
  ...uzCyrlBackup,
  ...uzCyrlActivity,
  ...uzCyrlActivityForm,
  ...uzCyrlAtt,
  ...uzCyrlCatalogue,
  ...uzCyrlCert,
  ...uzCyrlCertbatch,
  ...uzCyrlCertdesign,
  ...uzCyrlCompletion,
  ...uzCyrlDetail,
  ...uzCyrlEnrol,
  ...uzCyrlExport,
  ...uzCyrlKey,
  ...uzCyrlMark,
  ...uzCyrlReason,
  ...uzCyrlRoll,
  ...uzCyrlSave,
  ...uzCyrlChanges,
  ...uzCyrlVerify,
  ...uzCyrlTrainers,
  ...uzCyrlPassword,
  ...uzCyrlSigningKey,
  ...uzCyrlAccounts,
  ...uzCyrlAction,
  ...uzCyrlRole,
  ...uzCyrlSignin,
  ...uzCyrlVenues,
  ...uzCyrlPlan,
  ...uzCyrlCalendar,
  ...uzCyrlDate,
  ...uzCyrlConnect,
  ...uzCyrlTeam,
};
