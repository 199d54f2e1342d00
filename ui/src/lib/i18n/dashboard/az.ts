import type { Plural } from "../types";
import type { enDashboard } from "./en";

export const azDashboard: {
  [K in keyof typeof enDashboard]: (typeof enDashboard)[K] extends string ? string : Plural;
} = {
  "dashboard.title": "Ümumi göstəricilər",
  "dashboard.year": "İl",
  "dashboard.empty":
    "Hələlik göstəriləcək məlumat yoxdur: {year} ildə və ondan əvvəlki ildə iştirak saatları, nəticələr və sertifikatlar yoxdur, boş yerləri olan qarşıdakı tədbirlər də yoxdur.",
  "dashboard.showTable": "Cədvəl kimi göstər",
  "dashboard.month": "Ay",
  "dashboard.percent": "{value}%",
  "dashboard.change.up": "{year} ilə nisbətən {percent}% artıb",
  "dashboard.change.down": "{year} ilə nisbətən {percent}% azalıb",
  "dashboard.change.same": "{year} ildəki ilə eynidir",
  "dashboard.change.new": "Artım: {year} ildə yox idi",
  "dashboard.change.none": "{year} ildə də yox idi",
  "dashboard.lastYear": "{year} ildə: {value}",
  "dashboard.hours.title": "{year} ildə təlim saatları",
  "dashboard.people.title": "{year} ildə təlim keçmiş əməkdaşlar",
  "dashboard.people.hint": "İl ərzində ən azı bir məşğələsi olan dinləyicilər.",
  "dashboard.completion.title": "{year} ildə təlimin tamamlanması",
  "dashboard.completion.completed": "Tamamlanıb",
  "dashboard.completion.notCompleted": "Tamamlanmayıb",
  "dashboard.completion.result": "Nəticə",
  "dashboard.completion.places": "İştirakçılar",
  "dashboard.completion.none": "{year} ildə başa çatmış tədbirlərin hələ nəticələri yoxdur.",
  "dashboard.completion.summary":
    "{year} ildə başa çatmış tədbirlər: tamamlayanlar — {completed}, tamamlamayanlar — {notCompleted}; tamamlayanların payı {rate}%.",
  "dashboard.hoursChart.title": "Aylar üzrə təlim saatları, {year}",
  "dashboard.hoursChart.series": "Təlim saatları",
  "dashboard.hoursChart.summary":
    "{year} ildə aylar üzrə təlim saatlarının sütunlu diaqramı: cəmi {total}; ən çox saat olan ay: {month}, {hours}.",
  "dashboard.hoursChart.empty": "{year} ildə təlim saatı yoxdur.",
  "dashboard.certificates.title": "Aylar üzrə sertifikatlar, {year}",
  "dashboard.certificates.issued": "Verilmiş sertifikatlar",
  "dashboard.certificates.revoked": "Ləğv edilmiş sertifikatlar",
  "dashboard.certificates.summary":
    "{year} ildə aylar üzrə verilən və ləğv edilən sertifikatların xətti qrafiki: cəmi {issued} verilib, {revoked} ləğv edilib.",
  "dashboard.certificates.empty": "{year} ildə sertifikat verilməyib və ləğv edilməyib.",
  "dashboard.programmes.title": "Təlim saatlarına görə aparıcı proqramlar, {year}",
  "dashboard.programmes.programme": "Proqram",
  "dashboard.programmes.hours": "Təlim saatları",
  "dashboard.programmes.people": "Əməkdaşlar",
  "dashboard.programmes.summary":
    "{year} ildə ən çox təlim saatı olan proqramların sütunlu diaqramı: {list}.",
  "dashboard.programmes.item": "{title} — {hours} saat",
  "dashboard.programmes.empty": "{year} ildə heç bir proqram üzrə təlim saatı yoxdur.",
  "dashboard.open.title": "Boş yerləri olan qarşıdakı tədbirlər",
  "dashboard.open.note":
    "Bu gündən və ya sonra başlayan, hələ boş yeri olan tədbirlər; ən yaxını birinci.",
  "dashboard.open.activity": "Tədbir",
  "dashboard.open.kind": "Növ",
  "dashboard.open.dates": "Tarixlər",
  "dashboard.open.taken": "Tutulmuş yerlər",
  "dashboard.open.free": "Boş yerlər",
  "dashboard.open.enrolledOf": "{capacity} yerdən {enrolled}",
  "dashboard.open.noLimit": "Limitsiz",
  "dashboard.open.empty": "Boş yerləri olan qarşıdakı tədbir yoxdur.",
};
