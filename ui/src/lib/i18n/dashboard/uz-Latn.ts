import type { Plural } from "../types";
import type { enDashboard } from "./en";

export const uzLatnDashboard: {
  [K in keyof typeof enDashboard]: (typeof enDashboard)[K] extends string ? string : Plural;
} = {
  "dashboard.title": "Umumiy koʻrsatkichlar",
  "dashboard.year": "Yil",
  "dashboard.empty":
    "Hozircha koʻrsatish uchun maʼlumot yoʻq: {year} yilda ham, undan oldingi yilda ham qatnashgan soatlar, natijalar va sertifikatlar yoʻq, boʻsh oʻrinli yaqin tadbirlar ham yoʻq.",
  "dashboard.showTable": "Jadval koʻrinishida",
  "dashboard.month": "Oy",
  "dashboard.percent": "{value}%",
  "dashboard.change.up": "{year} yilga nisbatan {percent}% oshdi",
  "dashboard.change.down": "{year} yilga nisbatan {percent}% kamaydi",
  "dashboard.change.same": "{year} yildagi bilan bir xil",
  "dashboard.change.new": "Oʻsish: {year} yilda yoʻq edi",
  "dashboard.change.none": "{year} yilda ham yoʻq edi",
  "dashboard.lastYear": "{year} yilda: {value}",
  "dashboard.hours.title": "{year} yilda qatnashgan soatlar",
  "dashboard.people.title": "{year} yilda oʻqigan xodimlar",
  "dashboard.people.hint": "Yil davomida kamida bitta mashgʻulotda qatnashgan tinglovchilar.",
  "dashboard.completion.title": "{year} yilda oʻqishni yakunlash",
  "dashboard.completion.completed": "Yakunlangan",
  "dashboard.completion.notCompleted": "Yakunlanmagan",
  "dashboard.completion.result": "Natija",
  "dashboard.completion.places": "Ishtirokchilar",
  "dashboard.completion.none": "{year} yilda tugagan tadbirlarning hali natijalari yoʻq.",
  "dashboard.completion.summary":
    "{year} yilda tugagan tadbirlar: yakunlagan ishtirokchilar — {completed}, yakunlamaganlar — {notCompleted}; yakunlaganlar ulushi {rate}%.",
  "dashboard.hoursChart.title": "Oylar boʻyicha qatnashgan soatlar, {year}",
  "dashboard.hoursChart.series": "Qatnashgan soatlar",
  "dashboard.hoursChart.summary":
    "{year} yilda oylar boʻyicha qatnashgan soatlar ustunli diagrammasi: jami {total}; eng koʻp soatli oy: {month}, {hours}.",
  "dashboard.hoursChart.empty": "{year} yilda qatnashgan soatlar yoʻq.",
  "dashboard.certificates.title": "Oylar boʻyicha sertifikatlar, {year}",
  "dashboard.certificates.issued": "Berilgan sertifikatlar",
  "dashboard.certificates.revoked": "Bekor qilingan sertifikatlar",
  "dashboard.certificates.summary":
    "{year} yilda oylar boʻyicha berilgan va bekor qilingan sertifikatlar chiziqli diagrammasi: jami {issued} ta berilgan, {revoked} ta bekor qilingan.",
  "dashboard.certificates.empty": "{year} yilda sertifikat berilmagan va bekor qilinmagan.",
  "dashboard.programmes.title": "Qatnashgan soatlar boʻyicha yetakchi dasturlar, {year}",
  "dashboard.programmes.programme": "Dastur",
  "dashboard.programmes.hours": "Qatnashgan soatlar",
  "dashboard.programmes.people": "Xodimlar",
  "dashboard.programmes.summary":
    "{year} yilda qatnashgan soatlari eng koʻp dasturlar ustunli diagrammasi: {list}.",
  "dashboard.programmes.item": "{title} — {hours} soat",
  "dashboard.programmes.empty": "{year} yilda hech bir dastur boʻyicha qatnashgan soatlar yoʻq.",
  "dashboard.open.title": "Boʻsh oʻrinli yaqin tadbirlar",
  "dashboard.open.note":
    "Bugundan boshlanadigan, hali boʻsh oʻrni bor tadbirlar, eng yaqini birinchi.",
  "dashboard.open.activity": "Tadbir",
  "dashboard.open.kind": "Turi",
  "dashboard.open.dates": "Sanalar",
  "dashboard.open.taken": "Band oʻrinlar",
  "dashboard.open.free": "Boʻsh oʻrinlar",
  "dashboard.open.enrolledOf": "{capacity} tadan {enrolled} ta",
  "dashboard.open.noLimit": "Cheklanmagan",
  "dashboard.open.empty": "Boʻsh oʻrinli yaqin tadbirlar yoʻq.",
};
