import type { Catalogue } from "./catalogue";
import { uzLatnCalendar } from "./calendar/uz-Latn";
import { uzLatnPlan } from "./plan/uz-Latn";
import { uzLatnDate } from "./date/uz-Latn";
import { uzLatnActivities } from "./activities/uz-Latn";
import { uzLatnBackup } from "./backup/uz-Latn";
import { uzLatnActivity } from "./activity/uz-Latn";
import { uzLatnActivityForm } from "./activityForm/uz-Latn";
import { uzLatnAtt } from "./att/uz-Latn";
import { uzLatnCatalogue } from "./catalogue/uz-Latn";
import { uzLatnCert } from "./cert/uz-Latn";
import { uzLatnCertbatch } from "./certbatch/uz-Latn";
import { uzLatnCertdesign } from "./certdesign/uz-Latn";
import { uzLatnCompletion } from "./completion/uz-Latn";
import { uzLatnDetail } from "./detail/uz-Latn";
import { uzLatnEnrol } from "./enrol/uz-Latn";
import { uzLatnExport } from "./export/uz-Latn";
import { uzLatnKey } from "./key/uz-Latn";
import { uzLatnMark } from "./mark/uz-Latn";
import { uzLatnReason } from "./reason/uz-Latn";
import { uzLatnRoll } from "./roll/uz-Latn";
import { uzLatnSave } from "./save/uz-Latn";
import { uzLatnChanges } from "./changes/uz-Latn";
import { uzLatnVerify } from "./verify/uz-Latn";
import { uzLatnTrainers } from "./trainers/uz-Latn";
import { uzLatnVenues } from "./venues/uz-Latn";
import { uzLatnSignin } from "./signin/uz-Latn";
import { uzLatnRole } from "./role/uz-Latn";
import { uzLatnAction } from "./action/uz-Latn";
import { uzLatnAccounts } from "./accounts/uz-Latn";
import { uzLatnPassword } from "./password/uz-Latn";
import { uzLatnSigningKey } from "./signing_key/uz-Latn";
import { uzLatnTeam } from "./team/uz-Latn";
import { uzLatnConnect } from "./connect/uz-Latn";

// Oʻ and gʻ are written with U+02BB, the tutuq belgisi (maʼlumot) with U+02BC.
export const uzLatn: Catalogue = {
  "app.name": "Malaka",
  "app.tagline": "Malaka oshirish",
  "shell.skip": "Asosiy qismga oʻtish",
  "nav.label": "Asosiy menyu",
  "nav.people": "Xodimlar",
  "nav.organisations": "Tashkilotlar",
  "nav.plan": "Reja",
  "nav.attendance": "Davomat",
  "nav.certificates": "Sertifikatlar",
  "nav.reports": "Hisobotlar",
  "nav.settings": "Sozlamalar",
  "locale.label": "Til",

  "common.loading": "Yuklanmoqda…",
  "common.save": "Saqlash",
  "common.saving": "Saqlanmoqda…",
  "common.cancel": "Bekor qilish",
  "common.openFile": "Ochish",
  "common.back": "Orqaga",
  "common.edit": "Tahrirlash",
  "common.retry": "Qayta urinish",
  "common.optional": "ixtiyoriy",

  "placeholder.coming": "Malakaning bu boʻlimi keyingi versiyada paydo boʻladi.",
  "placeholder.plan":
    "Dasturlar va tadbirlarni — treninglar, seminarlar, amaliy seminarlar, tanishuv tashriflari va stajirovkalarni — hamda ularning mashgʻulotlarini taqvimda rejalashtirish.",
  "placeholder.attendance":
    "Har bir mashgʻulot davomatini klaviatura orqali yoki bosma roʻyxatdan tez belgilash.",
  "placeholder.certificates":
    "QR-kod orqali istalgan kishi tekshira oladigan sertifikatlarni berish, chop etish, qayta berish va bekor qilish.",
  "placeholder.reports":
    "Rahbarlar va hamkorlar uchun oʻqitish, davomat va sertifikatlar boʻyicha hisobotlar.",

  "welcome.title": "Malakaga xush kelibsiz",
  "welcome.intro":
    "Maʼlumotlar bazasi boʻsh. Boʻsh reyestrdan boshlang yoki tanishib chiqish uchun namunaviy maʼlumotlarni yuklang.",
  "welcome.startEmpty": "Boʻsh holda boshlash",
  "welcome.loadDemo": "Namunaviy maʼlumotlarni yuklash",
  "welcome.loadingDemo": "Namunaviy maʼlumotlar yuklanmoqda…",
  "welcome.loaded": "Namunaviy maʼlumotlar yuklandi",
  "welcome.continue": "Davom etish",

  "count.organisations": { one: "{count} ta tashkilot", other: "{count} ta tashkilot" },
  "count.people": { one: "{count} nafar xodim", other: "{count} nafar xodim" },
  "count.activities": { one: "{count} ta tadbir", other: "{count} ta tadbir" },
  "count.sessions": { one: "{count} ta mashgʻulot", other: "{count} ta mashgʻulot" },
  "count.marks": { one: "{count} ta davomat belgisi", other: "{count} ta davomat belgisi" },
  "count.rows": { one: "{count} ta qator", other: "{count} ta qator" },

  "people.searchLabel": "Xodimlarni qidirish",
  "people.searchPlaceholder": "Lotin yoki kirill yozuvidagi ism",
  "people.sortLabel": "Saralash",
  "people.sort.name": "Ism boʻyicha",
  "people.sort.personnel_number": "Tabel raqami boʻyicha",
  "people.sort.newest": "Avval yangilari",
  "people.filterLabel": "Tashkilot",
  "people.allOrgs": "Barcha tashkilotlar",
  "people.new": "Xodim qoʻshish",
  "people.import": "Import",
  "people.searchCapped":
    "Eng mos {count} ta natija koʻrsatilmoqda; qidiruvni toraytirish uchun ismni toʻliqroq yozing.",
  "people.empty": "Hozircha xodimlar yoʻq. Xodim qoʻshing yoki roʻyxatni import qiling.",
  "people.noMatches": "Hech kim topilmadi.",
  "people.listLabel": "Xodimlar",
  "people.col.name": "F.I.Sh.",
  "people.col.number": "Tabel №",
  "people.col.position": "Lavozim",
  "people.col.organisation": "Tashkilot",

  "person.details": "Maʼlumotlar",
  "person.otherScript": "Boshqa yozuvda",
  "person.enrolments": "Tadbirlarda ishtiroki",
  "person.noEnrolments": "Hozircha hech qaysi tadbirda ishtirok etmagan.",
  "person.added": "Qoʻshilgan sana: {date}",
  "person.later":
    "Xodimning davomati va sertifikatlari boʻyicha shaxsiy maʼlumotnoma «Hisobotlar» boʻlimi bilan qoʻshiladi; hozircha «Davomat» va «Sertifikatlar» boʻlimlariga qarang.",
  "enrolment.activity": "Tadbir",
  "enrolment.role": "Roli",
  "enrolment.status": "Holati",
  "enrolment.since": "Sana",
  "enrolment.role.participant": "Ishtirokchi",
  "enrolment.role.trainer": "Trener",
  "enrolment.role.speaker": "Maʼruzachi",
  "enrolment.role.delegate": "Delegat",
  "enrolment.role.intern": "Stajyor",
  "enrolment.status.nominated": "Nomzodi koʻrsatilgan",
  "enrolment.status.approved": "Tasdiqlangan",
  "enrolment.status.enrolled": "Roʻyxatga olingan",
  "enrolment.status.waitlisted": "Kutish roʻyxatida",
  "enrolment.status.cancelled": "Bekor qilingan",
  "enrolment.status.completed": "Yakunlagan",
  "enrolment.status.declined": "Rad etilgan",

  "field.family_name": "Familiya",
  "field.given_name": "Ism",
  "field.patronymic": "Otasining ismi",
  "field.full_name": "Toʻliq F.I.Sh.",
  "field.family_name_alt": "Familiya (boshqa yozuvda)",
  "field.given_name_alt": "Ism (boshqa yozuvda)",
  "field.patronymic_alt": "Otasining ismi (boshqa yozuvda)",
  "field.organisation": "Tashkilot",
  "field.unit": "Boʻlinma",
  "field.personnel_number": "Tabel raqami",
  "field.position": "Lavozim",
  "field.email": "Elektron pochta",
  "field.phone": "Telefon",
  "field.birth_date": "Tugʻilgan sana",

  "form.newPerson": "Yangi xodim",
  "form.editPerson": "Tahrirlash: {name}",
  "form.names": "F.I.Sh.",
  "form.otherScript": "Boshqa yozuvdagi F.I.Sh.",
  "form.otherScriptHint":
    "Yuqoridagi ism lotinchada boʻlsa — kirillchada, kirillchada boʻlsa — lotinchada. Qidiruv ikkalasini ham topadi.",
  "form.work": "Ish joyi",
  "form.contact": "Aloqa",
  "form.chooseOrg": "Tashkilotni tanlang",
  "form.noUnit": "Boʻlinmasiz",
  "form.fixErrors": "Quyida belgilangan maydonlarni tuzating.",

  "validation.required": "Bu maydonni toʻldirish shart.",
  "validation.date": "Sanani YYYY-OO-KK koʻrinishida kiriting.",
  "validation.email": "Elektron pochta manzilini kiriting, masalan name@example.uz.",
  "validation.country": "Ikki harfli davlat kodini kiriting, masalan UZ.",
  "validation.shortCode": "12 tagacha lotin harfi, raqam yoki «-».",

  "error.title": "Nimadir notoʻgʻri ketdi",
  "error.invalid": "Baʼzi maʼlumotlar notoʻgʻri.",
  "error.invalid_input": "Soʻrovni tushunib boʻlmadi.",
  "error.not_found": "Topilmadi; ehtimol, oʻchirilgan.",
  "error.duplicate": "Bunday yozuv allaqachon mavjud.",
  "error.schedule_conflict": "Vaqt toʻqnashuvi yuzaga keladi: bu vaqt allaqachon band qilingan.",
  "error.stale": "Bu yozuvni boshqa kishi oʻzgartirdi; yangilab, qayta urinib koʻring.",
  "error.already_imported": "Bu fayl avval import qilingan.",
  "error.import_rejected": "Faylda xatolar bor, shuning uchun hech narsa import qilinmadi.",
  "error.file": "Fayl bilan muammo bor.",
  "error.refused": "Bunga ruxsat yoʻq.",
  "error.storage": "Maʼlumotlar bazasiga ulanib boʻlmadi.",
  "error.damaged": "Maʼlumotlar bazasi fayli shikastlangan.",
  "error.cancelled": "Bekor qilindi; hech narsa saqlanmadi.",
  "error.sign_in": "Siz tizimga kirmagansiz.",
  "error.forbidden": "Rolingiz bunga ruxsat bermaydi.",
  "error.unreachable": "Jamoaviy maʼlumotlar bazasi serveriga ulanib boʻlmadi.",
  "error.unknown": "Kutilmagan xato yuz berdi.",

  "orgs.new": "Tashkilot qoʻshish",
  "orgs.treeLabel": "Tashkilotlar tuzilmasi",
  "orgs.empty": "Hozircha tashkilotlar yoʻq. Avval oʻz agentligingizni qoʻshing.",
  "orgs.added": "«{name}» qoʻshildi.",
  "orgs.edit": "«{name}» tashkilotini tahrirlash",
  "orgs.saved": "«{name}» saqlandi.",
  "orgs.units": { one: "{count} ta quyi boʻlinma", other: "{count} ta quyi boʻlinma" },
  "org.kind.agency": "Agentlik",
  "org.kind.service_centre": "Xizmat koʻrsatish markazi",
  "org.kind.ministry": "Vazirlik",
  "org.kind.partner": "Hamkor agentlik",
  "org.kind.unit": "Boʻlinma",
  "org.kind.other": "Boshqa",
  "org.field.name": "Nomi",
  "org.field.short_code": "Qisqa kod",
  "org.field.country": "Davlat",
  "org.field.kind": "Turi",
  "org.field.parent": "Tarkibida",
  "org.noParent": "Hech qaysi (yuqori daraja)",
  "org.countryHint": "Ikki harfli kod: UZ, AZ, KZ…",

  "import.title": "Xodimlarni import qilish",
  "import.intro":
    "Har bir qatorda bitta xodim boʻlgan CSV yoki jadval faylini tanlang. «Import qilish» tugmasini bosmaguningizcha hech narsa yozilmaydi.",
  "import.pick": "Faylni tanlash…",
  "import.pickAnother": "Boshqa faylni tanlash…",
  "import.pickTitle": "Import uchun faylni tanlang",
  "import.filterName": "Jadvallar (CSV, Excel, OpenDocument)",
  "import.reading": "Fayl oʻqilmoqda…",
  "import.file": "Fayl",
  "import.format": "Format",
  "import.encoding": "Kodlash",
  "import.delimiter": "Ajratgich",
  "import.size": "Hajmi",
  "import.preview": "Dastlabki qatorlar",
  "import.mapping": "Ustunlar",
  "import.mappingHint":
    "Har bir ustunda nima borligini koʻrsating. «Oʻtkazib yuborish» deb belgilangan ustunlar import qilinmaydi.",
  "import.column": "Fayldagi ustun",
  "import.field": "Qanday import qilinadi",
  "import.ignore": "Oʻtkazib yuborish",
  "import.duplicateField": "«{field}» bir nechta ustun uchun tanlangan.",
  "import.noName": "Familiya va ism ustunlarini yoki toʻliq F.I.Sh. ustunini tanlang.",
  "import.defaultOrg": "Tashkiloti koʻrsatilmagan qatorlar uchun tashkilot",
  "import.check": "Tekshirish",
  "import.checking": "Tekshirilmoqda…",
  "import.run": "Import qilish",
  "import.running": "Import qilinmoqda…",
  "import.progress": "{done} / {total}",
  "import.finishing": "Xodimlar saqlanmoqda…",
  "import.checkOk": {
    one: "{count} ta qator toʻgʻri. Hali hech narsa yozilmadi.",
    other: "Barcha {count} ta qator toʻgʻri. Hali hech narsa yozilmadi.",
  },
  "import.problems": {
    one: "{count} ta xato; hech narsa yozilmadi.",
    other: "{count} ta xato; hech narsa yozilmadi.",
  },
  "import.checkFirst":
    "Avval «Tekshirish»ni bosing; faylda xato boʻlmasa, import qilish mumkin boʻladi.",
  "import.col.row": "Qator",
  "import.col.column": "Ustun",
  "import.col.problem": "Xato",
  "import.force": "Baribir import qilish",
  "import.done": "Import yakunlandi",
  "import.imported": {
    one: "{count} nafar xodim import qilindi.",
    other: "{count} nafar xodim import qilindi.",
  },
  "import.toPeople": "Xodimlar roʻyxatiga",
  "import.another": "Boshqa faylni import qilish",
  "import.units.title": {
    one: "{count} ta boʻlinma hali reyestrda yoʻq",
    other: "{count} ta boʻlinma hali reyestrda yoʻq",
  },
  "import.units.hint":
    "Faylda tashkilotida hali yoʻq boʻlinmalar koʻrsatilgan. Import qilishda har biri oʻz tashkiloti tarkibida yaratiladi. Xohlasangiz, uning qatorlarini tashkilotning mavjud boʻlinmalaridan biriga biriktiring.",
  "import.units.rows": {
    one: "{count} ta qatorda koʻrsatilgan",
    other: "{count} ta qatorda koʻrsatilgan",
  },
  "import.units.choice": "«{unit}» bilan nima qilinsin",
  "import.units.create": "«{organisation}» tarkibida yaratish",
  "import.units.existing": "Yoki qatorlarni mavjud boʻlinmaga biriktirish",
  "import.units.created": {
    one: "{count} ta yangi boʻlinma yaratildi.",
    other: "{count} ta yangi boʻlinma yaratildi.",
  },

  "settings.language": "Til",
  "settings.languageHint": "Malaka tanlovingizni shu kompyuterda eslab qoladi.",
  "settings.database": "Maʼlumotlar bazasi",
  "settings.dateExample": "Sanalar shunday koʻrinadi: {date}",

  "count.certificates": { one: "{count} ta sertifikat", other: "{count} ta sertifikat" },
  "error.locked": "Belgilar berilgan sertifikat bilan qulflangan; avval uni bekor qiling.",

  ...uzLatnActivities,
  ...uzLatnBackup,
  ...uzLatnActivity,
  ...uzLatnActivityForm,
  ...uzLatnAtt,
  ...uzLatnCatalogue,
  ...uzLatnCert,
  ...uzLatnCertbatch,
  ...uzLatnCertdesign,
  ...uzLatnCompletion,
  ...uzLatnDetail,
  ...uzLatnEnrol,
  ...uzLatnExport,
  ...uzLatnKey,
  ...uzLatnMark,
  ...uzLatnReason,
  ...uzLatnRoll,
  ...uzLatnSave,
  ...uzLatnChanges,
  ...uzLatnVerify,
  ...uzLatnTrainers,
  ...uzLatnPassword,
  ...uzLatnSigningKey,
  ...uzLatnAccounts,
  ...uzLatnAction,
  ...uzLatnRole,
  ...uzLatnSignin,
  ...uzLatnVenues,
  ...uzLatnPlan,
  ...uzLatnCalendar,
  ...uzLatnDate,
  ...uzLatnConnect,
  ...uzLatnTeam,
};
