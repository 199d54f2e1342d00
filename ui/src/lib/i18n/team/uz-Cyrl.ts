import type { Plural } from "../types";
import type { enTeam } from "./en";

export const uzCyrlTeam: {
  [K in keyof typeof enTeam]: (typeof enTeam)[K] extends string ? string : Plural;
} = {
  "team.title": "Жамоавий маълумотлар базаси",
  "team.intro":
    "Бир нечта иш жойи сервердаги PostgreSQL маълумотлар базасида сақланадиган битта реестр билан ишлаши мумкин. Ҳар ким серверга ўз логини билан уланади.",
  "team.currentFile": "Бу иш жойи ўз реестрини юритади: {file}",
  "team.currentTeamTls": "Жамоавий маълумотлар базаси: {server} (TLS ёқилган)",
  "team.currentTeamPlain": "Жамоавий маълумотлар базаси: {server} (TLS ўчирилган)",
  "team.host": "Сервер",
  "team.hostHint": "Номи ёки манзили, масалан db.agency.uz",
  "team.port": "Порт",
  "team.portRange": "Порт 1 дан {max} гача бутун сон бўлиши керак.",
  "team.database": "Маълумотлар базаси",
  "team.user": "Фойдаланувчи",
  "team.userHint": "Сервердаги ўз логинингиз.",
  "team.password": "Парол",
  "team.tls": "Шифрланган уланиш (TLS)",
  "team.remember": "Паролни шу компьютернинг калитлар омборида сақлаш",
  "team.noKeyring":
    "Бу компьютерда паролни сақлайдиган калитлар омбори йўқ, шунинг учун Малака уни ҳар сафар ишга тушганда сўрайди.",
  "team.test": "Уланишни текшириш",
  "team.testing": "Текширилмоқда…",
  "team.connect": "Иш жойини улаш",
  "team.connecting": "Уланмоқда…",
  "team.opening": "Очилмоқда…",
  "team.probe.connected": "Уланди: PostgreSQL {version}.",
  "team.probe.ready": "Ундаги реестр тайёр: бу иш жойини улаш мумкин.",
  "team.probe.empty":
    "Маълумотлар базаси бўш: бу реестрни унга кўчиринг ёки эгасидан уни тайёрлашни сўранг.",
  "team.probe.behind":
    "У Малаканинг эскироқ версиясида тайёрланган: уни эгаси янгилаши керак (malaka team init).",
  "team.moveTitle": "Реестрни серверга кўчириш",
  "team.moveHint":
    "Бу иш жойи файлидаги бутун реестрни юқоридаги жамоавий маълумотлар базасига нусхалайди; у бўш бўлиши керак. Файлнинг ўзи ўзгармайди.",
  "team.move": "Серверга кўчириш…",
  "team.moveQuestion": "Бутун реестр {server} серверига нусхалансинми?",
  "team.moveEmpty":
    "Бу иш жойи реестридаги ҳамма нарса бир йўла нусхаланади ва ҳар бир жадвал текширилади; сервердаги маълумотлар базаси бўш бўлиши керак.",
  "team.moveFileStays":
    "Бу иш жойининг файли ўзгармайди: уни жамоавий маълумотлар базасига ўтказмагунингизча иш жойи файл билан ишлашда давом этади.",
  "team.moveTime": "Катта реестрда бу бир неча дақиқа давом этади.",
  "team.moveConfirm": "Реестрни нусхалаш",
  "team.moving": "Нусхаланмоқда ва текширилмоқда…",
  "team.moveKeep": "Кўчирмаслик",
  "team.moved": "Реестр {server} серверига нусхаланди ва ҳар бир жадвал текширилди.",
  "team.col.table": "Жадвал",
  "team.col.rows": "Қаторлар",
  "team.col.total": "Жами",
  "team.table.organisation": "Ташкилотлар",
  "team.table.person": "Ходимлар",
  "team.table.person_token": "Исм бўйича қидирув индекси",
  "team.table.trainer": "Тренерлар",
  "team.table.venue": "Ўтказиш жойлари",
  "team.table.programme": "Дастурлар",
  "team.table.activity": "Тадбирлар",
  "team.table.activity_partner": "Тадбир ҳамкорлари",
  "team.table.session": "Машғулотлар",
  "team.table.session_trainer": "Машғулот тренерлари",
  "team.table.enrolment": "Рўйхатга олишлар",
  "team.table.attendance_mark": "Давомат белгилари",
  "team.table.attendance_history": "Давомат белгилари тарихи",
  "team.table.import_batch": "Импорт қилинган файллар",
  "team.table.completion_rule": "Якунлаш қоидалари",
  "team.table.assessment_result": "Баҳолаш натижалари",
  "team.table.certificate_series": "Сертификат рақамлари сериялари",
  "team.table.certificate": "Сертификатлар",
  "team.table.organisation_logo": "Ташкилот логотиплари",
  "team.table.account": "Ҳисоб қайдномалари",
  "team.table.account_token": "Автоматлаштириш токенлари",
  "team.table.signing_key": "Имзо калитлари",
  "team.table.audit_log": "Аудит журнали ёзувлари",
  "team.table.audit_seal": "Аудит журнали имзолари",
  "team.switchHint":
    "Бу иш жойи ҳали ҳам файл билан ишлаяпти. Барча иш жойлари битта реестр билан ишлаши учун уни жамоавий маълумотлар базасига ўтказинг.",
  "team.switch": "Иш жойини жамоавий базага ўтказиш",
  "team.useFileTitle": "Иш жойининг ўз реестри",
  "team.useFileHint":
    "Яна шу иш жойининг ўз файли ({file}) билан ишлаш. Жамоавий маълумотлар базаси созламалари ва сақланган парол бу иш жойида унутилади; сервердаги реестр ўзгармайди.",
  "team.useFile": "Ўз реестрига қайтиш",
};
