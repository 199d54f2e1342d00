import type { Plural } from "../types";
import type { enInternship } from "./en";

export const uzCyrlInternship: {
  [K in keyof typeof enInternship]: (typeof enInternship)[K] extends string ? string : Plural;
} = {
  "internship.state.proposed": "Таклиф қилинган",
  "internship.state.host_accepted": "Қабул қилувчи розилик берган",
  "internship.state.agreed": "Келишилган",
  "internship.state.under_way": "Давом этмоқда",
  "internship.state.evaluated": "Баҳоланган",
  "internship.state.closed": "Ёпилган",
  "internship.state.withdrawn": "Қайтариб олинган",
  "internship.kind.mid": "Оралиқ баҳолаш",
  "internship.kind.final": "Якуний баҳолаш",

  "internship.title": "Стажировкалар",
  "internship.count": { one: "{count} та стажировка", other: "{count} та стажировка" },
  "internship.new": "Янги стажировка",
  "internship.filters": "Стажировкаларни фильтрлаш",
  "internship.empty":
    "Ҳозирча стажировкалар йўқ. Биринчисини «Янги стажировка» тугмаси билан қўшинг.",
  "internship.noMatches": "Бу фильтрларга мос стажировка йўқ.",
  "internship.listLabel": "Стажировкалар",
  "internship.col.title": "Стажировка",
  "internship.col.host": "Қабул қилувчи",

  "internship.back": "Барча стажировкалар",
  "internship.status": "Ҳолати",
  "internship.facts": "Стажировка ҳақида",
  "internship.since": "Бошланган: {date}",
  "internship.hoursEarned": "Тўпланган соатлар",
  "internship.hoursEarnedHint":
    "Келган кунлар ҳафталик соатлар бўйича; бирорта кун белгиланмагунча — режадаги ҳафталар.",
  "internship.withdrawnBecause": "Қайтариб олинган: {reason}",
  "internship.nextSteps": "Кейинги қадамлар",
  "internship.next.host_accepted": "Қабул қилувчи розилик берди",
  "internship.next.proposed": "Таклиф ҳолатига қайтариш",
  "internship.next.agreed": "Стажировкани келишиш",
  "internship.next.under_way": "Давом этмоқда деб белгилаш",
  "internship.next.closed": "Стажировкани ёпиш",
  "internship.next.withdrawn": "Стажировкани қайтариб олиш",
  "internship.withdrawReason": "Стажировка нима учун қайтариб олинмоқда?",
  "internship.withdrawConfirm": "Стажировкани қайтариб олиш",
  "internship.reasonKept": "Сабаб стажировка билан бирга сақланади.",
  "internship.keep": "Қайтариб олмаслик",
  "internship.amendingNote":
    "Стажировка келишилган: энди унинг режасидаги ҳар бир ўзгариш сабаби билан киритилади ва «Ўзгартиришлар» рўйхатида кўрсатилади.",
  "internship.closedNote": "Стажировка ёпилган; унинг режаси бошқа ўзгармайди.",
  "internship.withdrawnNote": "Стажировка қайтариб олинган; унга бошқа ўзгартириш киритилмайди.",
  "internship.editDetails": "Режани таҳрирлаш",
  "internship.amendmentsNone": "Стажировка келишилгандан бери ўзгартириш киритилмаган.",

  "internship.objectives": "Ўқув мақсадлари",
  "internship.noObjectives": "Ўқув мақсадлари ҳали киритилмаган.",
  "internship.units": "Қабул қилувчи томон бўлинмалари",
  "internship.noUnits": "Бўлинмалар ҳали киритилмаган.",
  "internship.mentor": "Ментор",
  "internship.noMentor": "Ментор ҳали тайинланмаган.",
  "internship.fromRegister": "реестрдан",

  "internship.form.new": "Янги стажировка",
  "internship.form.edit": "Стажировка режаси",
  "internship.form.who": "Стажёр ва қабул қилувчи томон",
  "internship.form.when": "Саналар ва соатлар",
  "internship.form.internHint": "Стажировкага юбориладиган ходим; уни ўз агентлиги юборади.",
  "internship.form.titlePlaceholder": "Бўш қолса, стажёр ва қабул қилувчи номидан тузилади",
  "internship.form.hoursHint":
    "1 дан 60 гача; тўпланган соатлар келган кунларга қараб ҳисобланади.",
  "internship.form.hoursRange": "Ҳафталик соатларни 1 дан 60 гача киритинг.",
  "internship.form.actualHint": "Стажировка бошлангандан кейин.",
  "internship.form.unitsHint":
    "Стажёр бирин-кетин ишлайдиган қабул қилувчи томон бўлинмалари, стажировка кунлари ичида.",
  "internship.form.unit": "{n}-бўлинма",
  "internship.form.addUnit": "Бўлинма қўшиш",
  "internship.form.mentorHint": "Стажировка келишилишидан олдин керак.",
  "internship.form.mentorKind": "Ментор",
  "internship.form.mentorKind.register": "Реестрдаги ходим",
  "internship.form.mentorKind.outsider": "Ташқаридан",
  "internship.form.objectivesHint":
    "Ҳар бир қаторда битта мақсад; стажировка келишилишидан олдин камида биттаси керак.",
  "internship.form.objective": "{n}-мақсад",
  "internship.form.addObjective": "Мақсад қўшиш",
  "internship.form.reasonRequired":
    "Стажировка келишилган: режа нима учун ўзгараётганини ёзинг (ўзгариш ўзгартиришлар рўйхатида сақланади).",

  "internship.weeks": "Ҳафталик кундалик",
  "internship.weeksHint":
    "Стажёр ҳар ҳафта нима қилганини ёзади, ментор изоҳ беради. Стажировка давом этаётганда ёзилади.",
  "internship.week": "{n}-ҳафта: {days}",
  "internship.weekEmpty": "Ҳали ҳеч нарса ёзилмаган.",
  "internship.weekWrite": "Ёзиш",
  "internship.weekSave": "Ҳафтани сақлаш",
  "internship.internEntryHint": "Стажёр шу ҳафта нима қилди ва нимани ўрганди.",

  "internship.days": "Давомат",
  "internship.daysHint": "Кунни белгилаш учун босинг: келди, кейин келмади, кейин сабабли.",
  "internship.daysWhen": "Кунлар стажировка давом этаётганда белгиланади.",
  "internship.dayCounts": "{days} иш кунидан {present} кунида келган ({marked} кун белгиланган).",
  "internship.weekCol": "Ҳафта",
  "internship.weekPresent": "Бутун ҳафтани «Келди» деб белгилаш",
  "internship.dayOutside": "Стажировка куни эмас",

  "internship.evaluations": "Ментор баҳолашлари",
  "internship.evaluation.none": "Ҳали қайд этилмаган.",
  "internship.evaluation.by": "Баҳолаган: {name}, {date}",
  "internship.evaluation.fromPaper": "қоғоз шаклдан киритилган",
  "internship.evaluation.fromPaperBox": "Ментор тўлдириб имзолаган қоғоз шаклдан киритилди",
  "internship.evaluation.record": "Баҳолашни қайд этиш",
  "internship.evaluation.correct": "Тузатиш",
  "internship.evaluation.evaluatorHint": "Ментор, имзо қўйгани каби.",
  "internship.evaluation.scale":
    "Ҳар бир мақсад учун: 1 — кутилганидан анча паст … 5 — кутилганидан анча юқори.",
  "internship.evaluation.pickScore": "1 дан 5 гача балл танланг.",
  "internship.evaluation.overall": "Умумий изоҳ",
  "internship.evaluation.noObjectives":
    "Ментор ҳар бир ўқув мақсадини баҳолайди: аввал мақсадларни келишиб олинг.",
  "internship.evaluation.print": "Шаклни чоп этиш",
  "internship.evaluation.printing": "Шакл тайёрланмоқда…",
  "internship.evaluation.formDialog": "Баҳолаш шаклини сақлаш",
  "internship.evaluation.printed": "«{kind}» шакли сақланди: {path}",
  "internship.pdfFilter": "PDF ҳужжатлар",

  "internship.report": "Стажёр ҳисоботи",
  "internship.report.text": "Ҳисобот",
  "internship.report.hint": "Стажёр нимани ўрганди ва ўз ишида нимани қўллайди.",
  "internship.report.save": "Ҳисоботни сақлаш",
  "internship.report.saved": "Ҳисобот сақланди.",
  "internship.report.submitted": "Топширилган сана: {date}",
  "internship.report.none": "Ҳисобот ҳали йўқ.",

  "internship.certificate": "Сертификат",
  "internship.certificate.number": "Сертификат рақами",
  "internship.certificate.register": "Сертификатларга ўтиш",
  "internship.certificate.issue": "Сертификат бериш",
  "internship.certificate.issuing": "Сертификат берилмоқда…",
  "internship.certificate.needs":
    "Сертификат менторнинг якуний баҳолаши қайд этилгандан кейин берилади.",
  "internship.certificate.none": "Сертификат ҳали берилмаган.",

  "internship.ofPerson": "Стажировкалар",
  "internship.ofPersonNone": "Стажировкада бўлмаган.",
};
