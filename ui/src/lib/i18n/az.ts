import type { Catalogue } from "./catalogue";
import { azCalendar } from "./calendar/az";
import { azPlan } from "./plan/az";
import { azDate } from "./date/az";
import { azActivities } from "./activities/az";
import { azBackup } from "./backup/az";
import { azActivity } from "./activity/az";
import { azActivityForm } from "./activityForm/az";
import { azAtt } from "./att/az";
import { azCatalogue } from "./catalogue/az";
import { azCert } from "./cert/az";
import { azCertbatch } from "./certbatch/az";
import { azCertdesign } from "./certdesign/az";
import { azCompletion } from "./completion/az";
import { azDetail } from "./detail/az";
import { azEnrol } from "./enrol/az";
import { azExport } from "./export/az";
import { azKey } from "./key/az";
import { azMark } from "./mark/az";
import { azReason } from "./reason/az";
import { azRoll } from "./roll/az";
import { azSave } from "./save/az";
import { azChanges } from "./changes/az";
import { azVerify } from "./verify/az";
import { azTrainers } from "./trainers/az";
import { azVenues } from "./venues/az";
import { azSignin } from "./signin/az";
import { azRole } from "./role/az";
import { azAction } from "./action/az";
import { azAccounts } from "./accounts/az";
import { azPassword } from "./password/az";
import { azSigningKey } from "./signing_key/az";
import { azTeam } from "./team/az";
import { azConnect } from "./connect/az";

export const az: Catalogue = {
  "app.name": "Malaka",
  "app.tagline": "İxtisasartırma",
  "shell.skip": "Əsas məzmuna keç",
  "nav.label": "Əsas menyu",
  "nav.people": "Əməkdaşlar",
  "nav.organisations": "Təşkilatlar",
  "nav.plan": "Plan",
  "nav.attendance": "Davamiyyət",
  "nav.certificates": "Sertifikatlar",
  "nav.reports": "Hesabatlar",
  "nav.settings": "Parametrlər",
  "locale.label": "Dil",

  "common.loading": "Yüklənir…",
  "common.save": "Yadda saxla",
  "common.saving": "Yadda saxlanılır…",
  "common.cancel": "Ləğv et",
  "common.openFile": "Aç",
  "common.back": "Geri",
  "common.edit": "Redaktə et",
  "common.retry": "Yenidən cəhd et",
  "common.optional": "istəyə bağlı",

  "placeholder.coming": "Malakanın bu bölməsi növbəti versiyada əlavə olunacaq.",
  "placeholder.plan":
    "Proqram və tədbirlərin — təlimlərin, seminarların, praktiki seminarların, tanışlıq səfərlərinin və təcrübə proqramlarının — və onların məşğələlərinin təqvimdə planlaşdırılması.",
  "placeholder.attendance":
    "Hər məşğələnin davamiyyətini klaviatura ilə və ya çap olunmuş qeydiyyat vərəqəsindən sürətlə qeyd etmək.",
  "placeholder.certificates":
    "İstənilən şəxsin QR kodla yoxlaya biləcəyi sertifikatların verilməsi, çapı, yenidən verilməsi və ləğvi.",
  "placeholder.reports":
    "Rəhbərlər və tərəfdaşlar üçün təlim, davamiyyət və sertifikatlar üzrə hesabatlar.",

  "welcome.title": "Malakaya xoş gəlmisiniz",
  "welcome.intro":
    "Verilənlər bazası boşdur. Boş reyestrlə başlayın və ya tanış olmaq üçün nümunə məlumatları yükləyin.",
  "welcome.startEmpty": "Boş başla",
  "welcome.loadDemo": "Nümunə məlumatları yüklə",
  "welcome.loadingDemo": "Nümunə məlumatlar yüklənir…",
  "welcome.loaded": "Nümunə məlumatlar yükləndi",
  "welcome.continue": "Davam et",

  "count.organisations": { one: "{count} təşkilat", other: "{count} təşkilat" },
  "count.people": { one: "{count} əməkdaş", other: "{count} əməkdaş" },
  "count.activities": { one: "{count} tədbir", other: "{count} tədbir" },
  "count.sessions": { one: "{count} məşğələ", other: "{count} məşğələ" },
  "count.marks": { one: "{count} davamiyyət qeydi", other: "{count} davamiyyət qeydi" },
  "count.rows": { one: "{count} sətir", other: "{count} sətir" },

  "people.searchLabel": "Əməkdaş axtarışı",
  "people.searchPlaceholder": "Latın və ya kiril əlifbası ilə ad",
  "people.sortLabel": "Sıralama",
  "people.sort.name": "Ada görə",
  "people.sort.personnel_number": "Tabel nömrəsinə görə",
  "people.sort.newest": "Əvvəlcə yenilər",
  "people.filterLabel": "Təşkilat",
  "people.allOrgs": "Bütün təşkilatlar",
  "people.new": "Əməkdaş əlavə et",
  "people.import": "İdxal",
  "people.searchCapped":
    "Ən uyğun {count} nəticə göstərilir; axtarışı daraltmaq üçün adı daha tam yazın.",
  "people.empty": "Hələ əməkdaş yoxdur. Əməkdaş əlavə edin və ya siyahı idxal edin.",
  "people.noMatches": "Heç kim tapılmadı.",
  "people.listLabel": "Əməkdaşlar",
  "people.col.name": "S.A.A.",
  "people.col.number": "Tabel №",
  "people.col.position": "Vəzifə",
  "people.col.organisation": "Təşkilat",

  "person.details": "Məlumatlar",
  "person.otherScript": "Digər əlifbada",
  "person.enrolments": "Tədbirlərdə iştirak",
  "person.noEnrolments": "Hələ heç bir tədbirdə iştirak etməyib.",
  "person.added": "Əlavə olunub: {date}",
  "person.later":
    "Əməkdaşın davamiyyəti və sertifikatları üzrə şəxsi arayış «Hesabatlar» bölməsi ilə gələcək; hələlik «Davamiyyət» və «Sertifikatlar» bölmələrinə baxın.",
  "enrolment.activity": "Tədbir",
  "enrolment.role": "Rolu",
  "enrolment.status": "Status",
  "enrolment.since": "Tarix",
  "enrolment.role.participant": "İştirakçı",
  "enrolment.role.trainer": "Təlimçi",
  "enrolment.role.speaker": "Məruzəçi",
  "enrolment.role.delegate": "Nümayəndə",
  "enrolment.role.intern": "Təcrübəçi",
  "enrolment.status.nominated": "Namizəd göstərilib",
  "enrolment.status.approved": "Təsdiqlənib",
  "enrolment.status.enrolled": "Qeydiyyatda",
  "enrolment.status.waitlisted": "Gözləmə siyahısında",
  "enrolment.status.cancelled": "Ləğv edilib",
  "enrolment.status.completed": "Başa vurub",
  "enrolment.status.declined": "Rədd edilib",

  "field.family_name": "Soyad",
  "field.given_name": "Ad",
  "field.patronymic": "Ata adı",
  "field.full_name": "Tam S.A.A.",
  "field.family_name_alt": "Soyad (digər əlifbada)",
  "field.given_name_alt": "Ad (digər əlifbada)",
  "field.patronymic_alt": "Ata adı (digər əlifbada)",
  "field.organisation": "Təşkilat",
  "field.unit": "Struktur bölmə",
  "field.personnel_number": "Tabel nömrəsi",
  "field.position": "Vəzifə",
  "field.email": "E-poçt",
  "field.phone": "Telefon",
  "field.birth_date": "Doğum tarixi",

  "form.newPerson": "Yeni əməkdaş",
  "form.editPerson": "Redaktə: {name}",
  "form.names": "S.A.A.",
  "form.otherScript": "Digər əlifbada S.A.A.",
  "form.otherScriptHint":
    "Yuxarıdakı ad latınca yazılıbsa kirilcə, kirilcə yazılıbsa latınca. Axtarış hər ikisini tapır.",
  "form.work": "İş yeri",
  "form.contact": "Əlaqə",
  "form.chooseOrg": "Təşkilat seçin",
  "form.noUnit": "Bölməsiz",
  "form.fixErrors": "Aşağıda qeyd olunmuş xanaları düzəldin.",

  "validation.required": "Bu xananın doldurulması vacibdir.",
  "validation.date": "Tarixi İİİİ-AA-GG şəklində daxil edin.",
  "validation.email": "E-poçt ünvanı daxil edin, məsələn name@example.az.",
  "validation.country": "İki hərfli ölkə kodu daxil edin, məsələn AZ.",
  "validation.shortCode": "12-yə qədər latın hərfi, rəqəm və ya «-».",

  "error.title": "Nəsə səhv getdi",
  "error.invalid": "Bəzi məlumatlar düzgün deyil.",
  "error.invalid_input": "Sorğu başa düşülmədi.",
  "error.not_found": "Tapılmadı; ola bilsin, silinib.",
  "error.duplicate": "Belə qeyd artıq mövcuddur.",
  "error.schedule_conflict": "Vaxt başqa bir bronla üst-üstə düşür.",
  "error.stale": "Bu qeydi başqa biri dəyişib; yeniləyin və təkrar cəhd edin.",
  "error.already_imported": "Bu fayl artıq idxal olunub.",
  "error.import_rejected": "Faylda xətalar var, ona görə heç nə idxal olunmadı.",
  "error.file": "Faylla bağlı problem var.",
  "error.refused": "Buna icazə verilmir.",
  "error.storage": "Verilənlər bazasına qoşulmaq mümkün olmadı.",
  "error.damaged": "Verilənlər bazası faylı zədələnib.",
  "error.cancelled": "Ləğv edildi; heç nə saxlanmadı.",
  "error.sign_in": "Siz sistemə daxil olmamısınız.",
  "error.forbidden": "Rolunuz buna icazə vermir.",
  "error.unreachable": "Komanda verilənlər bazasının serverinə qoşulmaq mümkün olmadı.",
  "error.unknown": "Gözlənilməz xəta baş verdi.",

  "orgs.new": "Təşkilat əlavə et",
  "orgs.treeLabel": "Təşkilatların strukturu",
  "orgs.empty": "Hələ təşkilat yoxdur. Əvvəlcə öz agentliyinizi əlavə edin.",
  "orgs.added": "«{name}» əlavə olundu.",
  "orgs.edit": "«{name}» təşkilatını redaktə et",
  "orgs.saved": "«{name}» yadda saxlanıldı.",
  "orgs.units": { one: "{count} struktur bölmə", other: "{count} struktur bölmə" },
  "org.kind.agency": "Agentlik",
  "org.kind.service_centre": "Xidmət mərkəzi",
  "org.kind.ministry": "Nazirlik",
  "org.kind.partner": "Tərəfdaş agentlik",
  "org.kind.unit": "Struktur bölmə",
  "org.kind.other": "Digər",
  "org.field.name": "Adı",
  "org.field.short_code": "Qısa kod",
  "org.field.country": "Ölkə",
  "org.field.kind": "Növü",
  "org.field.parent": "Tərkibindədir",
  "org.noParent": "Heç biri (yuxarı səviyyə)",
  "org.countryHint": "İki hərfli kod: UZ, AZ, KZ…",

  "import.title": "Əməkdaşların idxalı",
  "import.intro":
    "Hər sətirdə bir əməkdaş olan CSV və ya cədvəl faylı seçin. «İdxal et» düyməsini basana qədər heç nə yazılmır.",
  "import.pick": "Fayl seç…",
  "import.pickAnother": "Başqa fayl seç…",
  "import.pickTitle": "İdxal üçün fayl seçin",
  "import.filterName": "Cədvəllər (CSV, Excel, OpenDocument)",
  "import.reading": "Fayl oxunur…",
  "import.file": "Fayl",
  "import.format": "Format",
  "import.encoding": "Kodlaşdırma",
  "import.delimiter": "Ayırıcı",
  "import.size": "Həcmi",
  "import.preview": "İlk sətirlər",
  "import.mapping": "Sütunlar",
  "import.mappingHint":
    "Hər sütunda nə olduğunu göstərin. «Nəzərə alma» seçilmiş sütunlar idxal olunmur.",
  "import.column": "Fayldakı sütun",
  "import.field": "Necə idxal olunur",
  "import.ignore": "Nəzərə alma",
  "import.duplicateField": "«{field}» bir neçə sütun üçün seçilib.",
  "import.noName": "Soyad və ad sütunlarını və ya tam S.A.A. sütununu seçin.",
  "import.defaultOrg": "Təşkilatı göstərilməyən sətirlər üçün təşkilat",
  "import.check": "Yoxla",
  "import.checking": "Yoxlanılır…",
  "import.run": "İdxal et",
  "import.running": "İdxal olunur…",
  "import.progress": "{done} / {total}",
  "import.finishing": "Əməkdaşlar saxlanılır…",
  "import.checkOk": {
    one: "{count} sətir qaydasındadır. Hələ heç nə yazılmayıb.",
    other: "Bütün {count} sətir qaydasındadır. Hələ heç nə yazılmayıb.",
  },
  "import.problems": {
    one: "{count} xəta; heç nə yazılmadı.",
    other: "{count} xəta; heç nə yazılmadı.",
  },
  "import.checkFirst":
    "Əvvəlcə «Yoxla» düyməsini basın; faylda xəta olmadıqda idxal mümkün olacaq.",
  "import.col.row": "Sətir",
  "import.col.column": "Sütun",
  "import.col.problem": "Xəta",
  "import.force": "Yenə də idxal et",
  "import.done": "İdxal tamamlandı",
  "import.imported": {
    one: "{count} əməkdaş idxal olundu.",
    other: "{count} əməkdaş idxal olundu.",
  },
  "import.toPeople": "Əməkdaşların siyahısına",
  "import.another": "Başqa fayl idxal et",
  "import.units.title": {
    one: "{count} bölmə hələ reyestrdə yoxdur",
    other: "{count} bölmə hələ reyestrdə yoxdur",
  },
  "import.units.hint":
    "Faylda təşkilatında hələ olmayan bölmələr göstərilib. İdxal zamanı hər biri öz təşkilatının tərkibində yaradılacaq. İstəsəniz, onun sətirlərini təşkilatın mövcud bölmələrindən birinə aid edin.",
  "import.units.rows": { one: "{count} sətirdə göstərilib", other: "{count} sətirdə göstərilib" },
  "import.units.choice": "«{unit}» ilə nə edilsin",
  "import.units.create": "«{organisation}» tərkibində yarat",
  "import.units.existing": "Və ya sətirləri mövcud bölməyə aid et",
  "import.units.created": {
    one: "{count} yeni bölmə yaradıldı.",
    other: "{count} yeni bölmə yaradıldı.",
  },

  "settings.language": "Dil",
  "settings.languageHint": "Malaka seçiminizi bu kompüterdə yadda saxlayır.",
  "settings.database": "Verilənlər bazası",
  "settings.dateExample": "Tarixlər belə görünür: {date}",

  "count.certificates": { one: "{count} sertifikat", other: "{count} sertifikat" },
  "error.locked": "Qeydlər verilmiş sertifikatla kilidlənib; əvvəlcə onu ləğv edin.",

  ...azActivities,
  ...azBackup,
  ...azActivity,
  ...azActivityForm,
  ...azAtt,
  ...azCatalogue,
  ...azCert,
  ...azCertbatch,
  ...azCertdesign,
  ...azCompletion,
  ...azDetail,
  ...azEnrol,
  ...azExport,
  ...azKey,
  ...azMark,
  ...azReason,
  ...azRoll,
  ...azSave,
  ...azChanges,
  ...azVerify,
  ...azTrainers,
  ...azPassword,
  ...azSigningKey,
  ...azAccounts,
  ...azAction,
  ...azRole,
  ...azSignin,
  ...azVenues,
  ...azPlan,
  ...azCalendar,
  ...azDate,
  ...azConnect,
  ...azTeam,
};
