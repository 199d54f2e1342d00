import type { Plural } from "../types";
import type { enTeam } from "./en";

export const uzLatnTeam: {
  [K in keyof typeof enTeam]: (typeof enTeam)[K] extends string ? string : Plural;
} = {
  "team.title": "Jamoaviy maʼlumotlar bazasi",
  "team.intro":
    "Bir nechta ish joyi serverdagi PostgreSQL maʼlumotlar bazasida saqlanadigan bitta reyestr bilan ishlashi mumkin. Har kim serverga oʻz logini bilan ulanadi.",
  "team.currentFile": "Bu ish joyi oʻz reyestrini yuritadi: {file}",
  "team.currentTeamTls": "Jamoaviy maʼlumotlar bazasi: {server} (TLS yoqilgan)",
  "team.currentTeamPlain": "Jamoaviy maʼlumotlar bazasi: {server} (TLS oʻchirilgan)",
  "team.host": "Server",
  "team.hostHint": "Nomi yoki manzili, masalan db.agency.uz",
  "team.port": "Port",
  "team.portRange": "Port 1 dan {max} gacha butun son boʻlishi kerak.",
  "team.database": "Maʼlumotlar bazasi",
  "team.user": "Foydalanuvchi",
  "team.userHint": "Serverdagi oʻz loginingiz.",
  "team.password": "Parol",
  "team.tls": "Shifrlangan ulanish (TLS)",
  "team.remember": "Parolni shu kompyuterning kalitlar omborida saqlash",
  "team.noKeyring":
    "Bu kompyuterda parolni saqlaydigan kalitlar ombori yoʻq, shuning uchun Malaka uni har safar ishga tushganda soʻraydi.",
  "team.test": "Ulanishni tekshirish",
  "team.testing": "Tekshirilmoqda…",
  "team.connect": "Ish joyini ulash",
  "team.connecting": "Ulanmoqda…",
  "team.opening": "Ochilmoqda…",
  "team.probe.connected": "Ulandi: PostgreSQL {version}.",
  "team.probe.ready": "Undagi reyestr tayyor: bu ish joyini ulash mumkin.",
  "team.probe.empty":
    "Maʼlumotlar bazasi boʻsh: bu reyestrni unga koʻchiring yoki egasidan uni tayyorlashni soʻrang.",
  "team.probe.behind":
    "U Malakaning eskiroq versiyasida tayyorlangan: uni egasi yangilashi kerak (malaka team init).",
  "team.moveTitle": "Reyestrni serverga koʻchirish",
  "team.moveHint":
    "Bu ish joyi faylidagi butun reyestrni yuqoridagi jamoaviy maʼlumotlar bazasiga nusxalaydi; u boʻsh boʻlishi kerak. Faylning oʻzi oʻzgarmaydi.",
  "team.move": "Serverga koʻchirish…",
  "team.moveQuestion": "Butun reyestr {server} serveriga nusxalansinmi?",
  "team.moveEmpty":
    "Bu ish joyi reyestridagi hamma narsa bir yoʻla nusxalanadi va har bir jadval tekshiriladi; serverdagi maʼlumotlar bazasi boʻsh boʻlishi kerak.",
  "team.moveFileStays":
    "Bu ish joyining fayli oʻzgarmaydi: uni jamoaviy maʼlumotlar bazasiga oʻtkazmaguningizcha ish joyi fayl bilan ishlashda davom etadi.",
  "team.moveTime": "Katta reyestrda bu bir necha daqiqa davom etadi.",
  "team.moveConfirm": "Reyestrni nusxalash",
  "team.moving": "Nusxalanmoqda va tekshirilmoqda…",
  "team.moveKeep": "Koʻchirmaslik",
  "team.moved": "Reyestr {server} serveriga nusxalandi va har bir jadval tekshirildi.",
  "team.col.table": "Jadval",
  "team.col.rows": "Qatorlar",
  "team.col.total": "Jami",
  "team.table.organisation": "Tashkilotlar",
  "team.table.person": "Xodimlar",
  "team.table.person_token": "Ism boʻyicha qidiruv indeksi",
  "team.table.trainer": "Trenerlar",
  "team.table.venue": "Oʻtkazish joylari",
  "team.table.programme": "Dasturlar",
  "team.table.activity": "Tadbirlar",
  "team.table.activity_partner": "Tadbir hamkorlari",
  "team.table.session": "Mashgʻulotlar",
  "team.table.session_trainer": "Mashgʻulot trenerlari",
  "team.table.enrolment": "Roʻyxatga olishlar",
  "team.table.attendance_mark": "Davomat belgilari",
  "team.table.attendance_history": "Davomat belgilari tarixi",
  "team.table.import_batch": "Import qilingan fayllar",
  "team.table.completion_rule": "Yakunlash qoidalari",
  "team.table.assessment_result": "Baholash natijalari",
  "team.table.certificate_series": "Sertifikat raqamlari seriyalari",
  "team.table.certificate": "Sertifikatlar",
  "team.table.organisation_logo": "Tashkilot logotiplari",
  "team.table.account": "Hisob qaydnomalari",
  "team.table.account_token": "Avtomatlashtirish tokenlari",
  "team.table.signing_key": "Imzo kalitlari",
  "team.table.audit_log": "Audit jurnali yozuvlari",
  "team.table.audit_seal": "Audit jurnali imzolari",
  "team.switchHint":
    "Bu ish joyi hali ham fayl bilan ishlayapti. Barcha ish joylari bitta reyestr bilan ishlashi uchun uni jamoaviy maʼlumotlar bazasiga oʻtkazing.",
  "team.switch": "Ish joyini jamoaviy bazaga oʻtkazish",
  "team.useFileTitle": "Ish joyining oʻz reyestri",
  "team.useFileHint":
    "Yana shu ish joyining oʻz fayli ({file}) bilan ishlash. Jamoaviy maʼlumotlar bazasi sozlamalari va saqlangan parol bu ish joyida unutiladi; serverdagi reyestr oʻzgarmaydi.",
  "team.useFile": "Oʻz reyestriga qaytish",
};
