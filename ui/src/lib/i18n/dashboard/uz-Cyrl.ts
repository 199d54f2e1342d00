import type { Plural } from "../types";
import type { enDashboard } from "./en";

export const uzCyrlDashboard: {
  [K in keyof typeof enDashboard]: (typeof enDashboard)[K] extends string ? string : Plural;
} = {
  "dashboard.title": "Умумий кўрсаткичлар",
  "dashboard.year": "Йил",
  "dashboard.empty":
    "Ҳозирча кўрсатиш учун маълумот йўқ: {year} йилда ҳам, ундан олдинги йилда ҳам қатнашган соатлар, натижалар ва сертификатлар йўқ, бўш ўринли яқин тадбирлар ҳам йўқ.",
  "dashboard.showTable": "Жадвал кўринишида",
  "dashboard.month": "Ой",
  "dashboard.percent": "{value}%",
  "dashboard.change.up": "{year} йилга нисбатан {percent}% ошди",
  "dashboard.change.down": "{year} йилга нисбатан {percent}% камайди",
  "dashboard.change.same": "{year} йилдаги билан бир хил",
  "dashboard.change.new": "Ўсиш: {year} йилда йўқ эди",
  "dashboard.change.none": "{year} йилда ҳам йўқ эди",
  "dashboard.lastYear": "{year} йилда: {value}",
  "dashboard.hours.title": "{year} йилда қатнашган соатлар",
  "dashboard.people.title": "{year} йилда ўқиган ходимлар",
  "dashboard.people.hint": "Йил давомида камида битта машғулотда қатнашган тингловчилар.",
  "dashboard.completion.title": "{year} йилда ўқишни якунлаш",
  "dashboard.completion.completed": "Якунланган",
  "dashboard.completion.notCompleted": "Якунланмаган",
  "dashboard.completion.result": "Натижа",
  "dashboard.completion.places": "Иштирокчилар",
  "dashboard.completion.none": "{year} йилда тугаган тадбирларнинг ҳали натижалари йўқ.",
  "dashboard.completion.summary":
    "{year} йилда тугаган тадбирлар: якунлаган иштирокчилар — {completed}, якунламаганлар — {notCompleted}; якунлаганлар улуши {rate}%.",
  "dashboard.hoursChart.title": "Ойлар бўйича қатнашган соатлар, {year}",
  "dashboard.hoursChart.series": "Қатнашган соатлар",
  "dashboard.hoursChart.summary":
    "{year} йилда ойлар бўйича қатнашган соатлар устунли диаграммаси: жами {total}; энг кўп соатли ой: {month}, {hours}.",
  "dashboard.hoursChart.empty": "{year} йилда қатнашган соатлар йўқ.",
  "dashboard.certificates.title": "Ойлар бўйича сертификатлар, {year}",
  "dashboard.certificates.issued": "Берилган сертификатлар",
  "dashboard.certificates.revoked": "Бекор қилинган сертификатлар",
  "dashboard.certificates.summary":
    "{year} йилда ойлар бўйича берилган ва бекор қилинган сертификатлар чизиқли диаграммаси: жами {issued} та берилган, {revoked} та бекор қилинган.",
  "dashboard.certificates.empty": "{year} йилда сертификат берилмаган ва бекор қилинмаган.",
  "dashboard.programmes.title": "Қатнашган соатлар бўйича етакчи дастурлар, {year}",
  "dashboard.programmes.programme": "Дастур",
  "dashboard.programmes.hours": "Қатнашган соатлар",
  "dashboard.programmes.people": "Ходимлар",
  "dashboard.programmes.summary":
    "{year} йилда қатнашган соатлари энг кўп дастурлар устунли диаграммаси: {list}.",
  "dashboard.programmes.item": "{title} — {hours} соат",
  "dashboard.programmes.empty": "{year} йилда ҳеч бир дастур бўйича қатнашган соатлар йўқ.",
  "dashboard.open.title": "Бўш ўринли яқин тадбирлар",
  "dashboard.open.note": "Бугундан бошланадиган, ҳали бўш ўрни бор тадбирлар, энг яқини биринчи.",
  "dashboard.open.activity": "Тадбир",
  "dashboard.open.kind": "Тури",
  "dashboard.open.dates": "Саналар",
  "dashboard.open.taken": "Банд ўринлар",
  "dashboard.open.free": "Бўш ўринлар",
  "dashboard.open.enrolledOf": "{capacity} тадан {enrolled} та",
  "dashboard.open.noLimit": "Чекланмаган",
  "dashboard.open.empty": "Бўш ўринли яқин тадбирлар йўқ.",
};
