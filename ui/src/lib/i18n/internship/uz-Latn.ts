import type { Plural } from "../types";
import type { enInternship } from "./en";

export const uzLatnInternship: {
  [K in keyof typeof enInternship]: (typeof enInternship)[K] extends string ? string : Plural;
} = {
  "internship.state.proposed": "Taklif qilingan",
  "internship.state.host_accepted": "Qabul qiluvchi rozilik bergan",
  "internship.state.agreed": "Kelishilgan",
  "internship.state.under_way": "Davom etmoqda",
  "internship.state.evaluated": "Baholangan",
  "internship.state.closed": "Yopilgan",
  "internship.state.withdrawn": "Qaytarib olingan",
  "internship.kind.mid": "Oraliq baholash",
  "internship.kind.final": "Yakuniy baholash",

  "internship.title": "Stajirovkalar",
  "internship.count": { one: "{count} ta stajirovka", other: "{count} ta stajirovka" },
  "internship.new": "Yangi stajirovka",
  "internship.filters": "Stajirovkalarni filtrlash",
  "internship.empty":
    "Hozircha stajirovkalar yoʻq. Birinchisini «Yangi stajirovka» tugmasi bilan qoʻshing.",
  "internship.noMatches": "Bu filtrlarga mos stajirovka yoʻq.",
  "internship.listLabel": "Stajirovkalar",
  "internship.col.title": "Stajirovka",
  "internship.col.host": "Qabul qiluvchi",

  "internship.back": "Barcha stajirovkalar",
  "internship.status": "Holati",
  "internship.facts": "Stajirovka haqida",
  "internship.since": "Boshlangan: {date}",
  "internship.hoursEarned": "Toʻplangan soatlar",
  "internship.hoursEarnedHint":
    "Kelgan kunlar haftalik soatlar boʻyicha; birorta kun belgilanmaguncha — rejadagi haftalar.",
  "internship.withdrawnBecause": "Qaytarib olingan: {reason}",
  "internship.nextSteps": "Keyingi qadamlar",
  "internship.next.host_accepted": "Qabul qiluvchi rozilik berdi",
  "internship.next.proposed": "Taklif holatiga qaytarish",
  "internship.next.agreed": "Stajirovkani kelishish",
  "internship.next.under_way": "Davom etmoqda deb belgilash",
  "internship.next.closed": "Stajirovkani yopish",
  "internship.next.withdrawn": "Stajirovkani qaytarib olish",
  "internship.withdrawReason": "Stajirovka nima uchun qaytarib olinmoqda?",
  "internship.withdrawConfirm": "Stajirovkani qaytarib olish",
  "internship.reasonKept": "Sabab stajirovka bilan birga saqlanadi.",
  "internship.keep": "Qaytarib olmaslik",
  "internship.amendingNote":
    "Stajirovka kelishilgan: endi uning rejasidagi har bir oʻzgarish sababi bilan kiritiladi va «Oʻzgartirishlar» roʻyxatida koʻrsatiladi.",
  "internship.closedNote": "Stajirovka yopilgan; uning rejasi boshqa oʻzgarmaydi.",
  "internship.withdrawnNote": "Stajirovka qaytarib olingan; unga boshqa oʻzgartirish kiritilmaydi.",
  "internship.editDetails": "Rejani tahrirlash",
  "internship.amendmentsNone": "Stajirovka kelishilgandan beri oʻzgartirish kiritilmagan.",

  "internship.objectives": "Oʻquv maqsadlari",
  "internship.noObjectives": "Oʻquv maqsadlari hali kiritilmagan.",
  "internship.units": "Qabul qiluvchi tomon boʻlinmalari",
  "internship.noUnits": "Boʻlinmalar hali kiritilmagan.",
  "internship.mentor": "Mentor",
  "internship.noMentor": "Mentor hali tayinlanmagan.",
  "internship.fromRegister": "reyestrdan",

  "internship.form.new": "Yangi stajirovka",
  "internship.form.edit": "Stajirovka rejasi",
  "internship.form.who": "Stajyor va qabul qiluvchi tomon",
  "internship.form.when": "Sanalar va soatlar",
  "internship.form.internHint": "Stajirovkaga yuboriladigan xodim; uni oʻz agentligi yuboradi.",
  "internship.form.titlePlaceholder": "Boʻsh qolsa, stajyor va qabul qiluvchi nomidan tuziladi",
  "internship.form.hoursHint":
    "1 dan 60 gacha; toʻplangan soatlar kelgan kunlarga qarab hisoblanadi.",
  "internship.form.hoursRange": "Haftalik soatlarni 1 dan 60 gacha kiriting.",
  "internship.form.actualHint": "Stajirovka boshlangandan keyin.",
  "internship.form.unitsHint":
    "Stajyor birin-ketin ishlaydigan qabul qiluvchi tomon boʻlinmalari, stajirovka kunlari ichida.",
  "internship.form.unit": "{n}-boʻlinma",
  "internship.form.addUnit": "Boʻlinma qoʻshish",
  "internship.form.mentorHint": "Stajirovka kelishilishidan oldin kerak.",
  "internship.form.mentorKind": "Mentor",
  "internship.form.mentorKind.register": "Reyestrdagi xodim",
  "internship.form.mentorKind.outsider": "Tashqaridan",
  "internship.form.objectivesHint":
    "Har bir qatorda bitta maqsad; stajirovka kelishilishidan oldin kamida bittasi kerak.",
  "internship.form.objective": "{n}-maqsad",
  "internship.form.addObjective": "Maqsad qoʻshish",
  "internship.form.reasonRequired":
    "Stajirovka kelishilgan: reja nima uchun oʻzgarayotganini yozing (oʻzgarish oʻzgartirishlar roʻyxatida saqlanadi).",

  "internship.weeks": "Haftalik kundalik",
  "internship.weeksHint":
    "Stajyor har hafta nima qilganini yozadi, mentor izoh beradi. Stajirovka davom etayotganda yoziladi.",
  "internship.week": "{n}-hafta: {days}",
  "internship.weekEmpty": "Hali hech narsa yozilmagan.",
  "internship.weekWrite": "Yozish",
  "internship.weekSave": "Haftani saqlash",
  "internship.internEntryHint": "Stajyor shu hafta nima qildi va nimani oʻrgandi.",

  "internship.days": "Davomat",
  "internship.daysHint": "Kunni belgilash uchun bosing: keldi, keyin kelmadi, keyin sababli.",
  "internship.daysWhen": "Kunlar stajirovka davom etayotganda belgilanadi.",
  "internship.dayCounts": "{days} ish kunidan {present} kunida kelgan ({marked} kun belgilangan).",
  "internship.weekCol": "Hafta",
  "internship.weekPresent": "Butun haftani «Keldi» deb belgilash",
  "internship.dayOutside": "Stajirovka kuni emas",

  "internship.evaluations": "Mentor baholashlari",
  "internship.evaluation.none": "Hali qayd etilmagan.",
  "internship.evaluation.by": "Baholagan: {name}, {date}",
  "internship.evaluation.fromPaper": "qogʻoz shakldan kiritilgan",
  "internship.evaluation.fromPaperBox": "Mentor toʻldirib imzolagan qogʻoz shakldan kiritildi",
  "internship.evaluation.record": "Baholashni qayd etish",
  "internship.evaluation.correct": "Tuzatish",
  "internship.evaluation.evaluatorHint": "Mentor, imzo qoʻygani kabi.",
  "internship.evaluation.scale":
    "Har bir maqsad uchun: 1 — kutilganidan ancha past … 5 — kutilganidan ancha yuqori.",
  "internship.evaluation.pickScore": "1 dan 5 gacha ball tanlang.",
  "internship.evaluation.overall": "Umumiy izoh",
  "internship.evaluation.noObjectives":
    "Mentor har bir oʻquv maqsadini baholaydi: avval maqsadlarni kelishib oling.",
  "internship.evaluation.print": "Shaklni chop etish",
  "internship.evaluation.printing": "Shakl tayyorlanmoqda…",
  "internship.evaluation.formDialog": "Baholash shaklini saqlash",
  "internship.evaluation.printed": "«{kind}» shakli saqlandi: {path}",
  "internship.pdfFilter": "PDF hujjatlar",

  "internship.report": "Stajyor hisoboti",
  "internship.report.text": "Hisobot",
  "internship.report.hint": "Stajyor nimani oʻrgandi va oʻz ishida nimani qoʻllaydi.",
  "internship.report.save": "Hisobotni saqlash",
  "internship.report.saved": "Hisobot saqlandi.",
  "internship.report.submitted": "Topshirilgan sana: {date}",
  "internship.report.none": "Hisobot hali yoʻq.",

  "internship.certificate": "Sertifikat",
  "internship.certificate.number": "Sertifikat raqami",
  "internship.certificate.register": "Sertifikatlarga oʻtish",
  "internship.certificate.issue": "Sertifikat berish",
  "internship.certificate.issuing": "Sertifikat berilmoqda…",
  "internship.certificate.needs":
    "Sertifikat mentorning yakuniy baholashi qayd etilgandan keyin beriladi.",
  "internship.certificate.none": "Sertifikat hali berilmagan.",

  "internship.ofPerson": "Stajirovkalar",
  "internship.ofPersonNone": "Stajirovkada boʻlmagan.",
};
