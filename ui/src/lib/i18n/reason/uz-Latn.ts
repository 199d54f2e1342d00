import type { Plural } from "../types";
import type { enReason } from "./en";

export const uzLatnReason: {
  [K in keyof typeof enReason]: (typeof enReason)[K] extends string ? string : Plural;
} = {
  "reason.below_minimum": "Davomat {rate} % — talab qilingan {required} % dan kam.",
  "reason.marks_missing": {
    one: "{count} ta mashgʻulot hali belgilanmagan.",
    other: "{count} ta mashgʻulot hali belgilanmagan.",
  },
  "reason.no_sessions": "Tadbirda hali mashgʻulot yoʻq.",
  "reason.assessment_missing": "Baholash natijasi kiritilmagan.",
  "reason.assessment_failed": "Baholashdan oʻtmagan.",
  "reason.score_below": "Ball {score} oʻtish balidan ({passMark}) past.",
  "reason.required": "Bu maydon toʻldirilishi shart.",
  "reason.too_long": "{max} belgidan uzun.",
  "reason.control_characters": "Boshqaruv belgilari bor.",
  "reason.not_an_id": "«{value}» — yaroqli identifikator emas.",
  "reason.not_an_email": "«{value}» — elektron pochta manzili emas.",
  "reason.not_a_host": "«{value}» — server nomi yoki manzili emas.",
  "reason.not_a_phone": "«{value}» — telefon raqami emas.",
  "reason.not_a_country": "«{value}» — ikki harfli mamlakat kodi emas.",
  "reason.not_a_date": "«{value}» — sana emas (YYYY-OO-KK).",
  "reason.not_one_of": "«{value}» quyidagilardan biri emas: {allowed}.",
  "reason.not_positive": "Musbat son boʻlishi kerak (kiritilgan: {value}).",
  "reason.out_of_range": "{min} dan {max} gacha boʻlishi kerak (kiritilgan: {value}).",
  "reason.bad_short_code": "«{value}»: koʻpi bilan 12 ta lotin harfi, raqam yoki «-».",
  "reason.bad_programme_code":
    "«{value}»: koʻpi bilan 24 ta lotin harfi, raqam, «-», «_» yoki «.».",
  "reason.not_a_time_zone": "«{value}» — vaqt mintaqasi emas.",
  "reason.not_a_local_time": "«{value}» — sana va vaqt emas.",
  "reason.clock_change_gap":
    "{zone} mintaqasida {value} vaqti yoʻq: shu payt soatlar oʻzgartiriladi.",
  "reason.not_a_weekday": "{value} — hafta kuni emas.",
  "reason.unknown_locale": "«{value}» Malaka tillaridan biri emas.",
  "reason.not_a_person_field": "«{value}» — xodim maydoni emas.",
  "reason.not_minutes": "«{value}» — daqiqalar soni emas.",
  "reason.ends_before_start": "Tugash sanasi boshlanishidan ({start}) oldin.",
  "reason.end_not_after_start": "Tugash vaqti boshlanishidan keyin boʻlishi kerak.",
  "reason.session_too_long": "Mashgʻulot koʻpi bilan {max_hours} soat davom etadi.",
  "reason.host_is_partner": "Mezbon tashkilot bir vaqtda hamkor boʻla olmaydi.",
  "reason.external_trainer_needs_name": "Tashqi trenerning ismini kiriting.",
  "reason.time_zone_without_venue":
    "Vaqt mintaqasini tanlang: mashgʻulotning oʻtkaziladigan joyi yoʻq.",
  "reason.cleared_mark_has_note": "Olib tashlangan belgida izoh boʻlmaydi.",
  "reason.only_late_has_minutes": "Kechikish daqiqalari faqat kechikish belgisida boʻladi.",
  "reason.needs_pass_mark": "Ball bilan baholash uchun oʻtish bali kerak.",
  "reason.status_change": "Holati «{from}» boʻlgan tadbirni «{to}» holatiga oʻtkazib boʻlmaydi.",
  "reason.cancel_reason_required": "Bekor qilish sababini yozing.",
  "reason.until_before_first": "Oxirgi kun birinchi mashgʻulotdan ({first}) oldin.",
  "reason.too_many_sessions": "Reja koʻpi bilan {max} ta mashgʻulot yaratadi.",
  "reason.no_chosen_weekday": "Bu davrda tanlangan hafta kunlarining birortasi yoʻq.",
  "reason.session_outside_dates": "{when} dagi mashgʻulot yangi sanalardan tashqarida qoladi.",
  "reason.outside_visit_dates": "{when} tashrif kunlaridan tashqarida: {from} – {to}.",
  "reason.outside_placement_dates": "{when} stajirovka kunlaridan tashqarida: {from} – {to}.",
  "reason.evaluation_before_start": "Bu stajirovka boshlanishidan ({start}) oldin.",
  "reason.scores_per_objective":
    "{objectives} ta maqsadning har biriga bir martadan ball qoʻying (berilgan ballar: {scores}).",
  "reason.intern_fixed":
    "Stajirovkada stajyor oʻzgarmaydi: uni qaytarib oling va boshqa xodim uchun yangisini taklif qiling.",
  "reason.mentor_required":
    "Avval stajyorning mentorini koʻrsating: stajirovka faqat mentor bilan kelishiladi.",
  "reason.objectives_required": "Avval kamida bitta oʻquv maqsadini kelishib oling.",
  "reason.final_evaluation_required": "Avval mentorning yakuniy baholashini qayd eting.",
  "reason.arrives_before_departure": "Yoʻl qismi joʻnashidan ({departs}) oldin yetib boradi.",
  "reason.host_not_accepted": "Qabul qiluvchi tomon tashrifga hali rozilik bermagan («{host}»).",
  "reason.amendment_reason_required":
    "Tashrif holati «{status}»: oʻzgarish sababini yozing (u oʻzgartirish sifatida saqlanadi).",
  "reason.member_needs_name": "Reyestrdan xodimni tanlang yoki aʼzoning ismini yozing.",
  "reason.already_away": "{person} bu kunlarda boshqa safarda: «{title}», {from} – {to}.",
  "reason.already_member": "{person} allaqachon delegatsiyada.",
  "reason.outside_activity_dates": "{when} tadbir sanalaridan tashqarida: {from} – {to}.",
  "reason.calendar_too_long": "Taqvim bir vaqtda koʻpi bilan {max_days} kunni koʻrsatadi.",
  "reason.mapping_columns": "{mapped} ta ustun moslangan, faylda esa {columns} ta ustun bor.",
  "reason.nothing_selected": "Kamida bittasini tanlang.",
  "reason.too_many_at_once": "Bir martada koʻpi bilan {max} ta.",
  "reason.nothing_to_save": "Saqlanadigan hech narsa yoʻq.",
  "reason.unit_has_nobody": "«{unit}» boʻlinmasida hech kim ishlamaydi.",
  "reason.unit_too_large": "«{unit}» boʻlinmasida {max} nafardan ortiq xodim bor.",
  "reason.unit_not_of_organisation": "«{unit}» — «{organisation}» tashkilotining boʻlinmasi emas.",
  "reason.parent_within":
    "«{organisation}» tashkilotini oʻzining yoki oʻz boʻlinmalaridan birining tarkibiga joylashtirib boʻlmaydi.",
  "reason.unit_unknown": "«{organisation}» tashkilotida hali «{unit}» boʻlinmasi yoʻq.",
  "reason.not_found": "Topilmadi ({entity}); ehtimol, oʻchirilgan.",
  "reason.stale": "Bu yozuvni ({entity}) boshqa kishi oʻzgartirdi; yangilab, qayta urinib koʻring.",
  "reason.mark_changed_by":
    "{person} belgisini {by} {at} da oʻzgartirdi; roʻyxatni yangilab, qayta urinib koʻring.",
  "reason.personnel_number_used": "Bu tashkilotda boshqa xodimga allaqachon berilgan.",
  "reason.short_code_used": "Boshqa tashkilot allaqachon foydalanmoqda.",
  "reason.programme_code_used": "Boshqa dastur allaqachon foydalanmoqda.",
  "reason.number_taken": "{value} tabel raqami bu tashkilotda allaqachon ishlatilgan.",
  "reason.already_enrolled": "Bu xodim tadbirga allaqachon roʻyxatga olingan.",
  "reason.already_trainer": "Bu xodim allaqachon trener.",
  "reason.already_exists": "Bunday yozuv allaqachon mavjud.",
  "reason.missing_reference": "Mavjud boʻlmagan yozuvga havola.",
  "reason.programme_archived": "{code} dasturi arxivda.",
  "reason.activity_cancelled": "«{title}» tadbiri bekor qilingan.",
  "reason.activity_not_open": "«{title}» tadbiri: holati «{status}».",
  "reason.session_cancelled": "Mashgʻulot bekor qilingan.",
  "reason.session_already_cancelled": "Mashgʻulot allaqachon bekor qilingan.",
  "reason.cancelled_session_cannot_move": "Bekor qilingan mashgʻulotni koʻchirib boʻlmaydi.",
  "reason.not_enrolled": "{person} bu tadbirga roʻyxatga olinmagan.",
  "reason.not_a_participant": "{person} bu tadbir ishtirokchisi emas.",
  "reason.not_awaiting_approval": "{person} tasdiqlashni kutmayapti (holati «{status}»).",
  "reason.enrolment_already": "Roʻyxatga olish allaqachon «{status}» holatida.",
  "reason.no_roll": "Mashgʻulot roʻyxatida hech kim yoʻq.",
  "reason.no_midnight": "Bu vaqt mintaqasida bugungi kunning yarim tuni yoʻq.",
  "reason.no_assessment": "Bu tadbirning yakunlash qoidasida baholash yoʻq.",
  "reason.assessment_is_pass_fail": "Bu tadbir ball bilan emas, «oʻtdi/oʻtmadi» bilan baholanadi.",
  "reason.assessment_is_score": "Bu tadbir ball bilan baholanadi.",
  "reason.locked_by_certificate":
    "{code} sertifikati bilan qulflangan; oʻzgartirish uchun avval sertifikatni bekor qiling.",
  "reason.marks_locked":
    "{person} belgilari {code} sertifikati bilan qulflangan; oʻzgartirish uchun sertifikatni bekor qiling.",
  "reason.already_in_activity": "{person} allaqachon «{title}» tadbirida (holati «{status}»).",
  "reason.database_not_empty": "Namuna maʼlumotlar faqat boʻsh reyestrga yuklanadi.",
  "reason.cannot_number_certificates":
    "«{value}» sertifikatlarni raqamlash uchun yaramaydi: faqat lotin harflari, raqamlar va «-».",
  "reason.no_short_code": "«{organisation}» tashkilotining qisqa kodi yoʻq; avval uni kiriting.",
  "reason.one_organisation_per_document":
    "Har bir tashkilotning sertifikatlarini alohida hujjatda chop eting.",
  "reason.revocation_list_foreign":
    "Bekor qilinganlar roʻyxati bu beruvchining kaliti bilan imzolanmagan yoki oʻzgartirilgan.",
  "reason.year_out_of_range": "Yil {min} dan {max} gacha boʻlishi kerak.",
  "reason.too_long_for_token": "Sertifikat kodi uchun juda uzun (koʻpi bilan {max} bayt).",
  "reason.already_revoked": "{code} sertifikati allaqachon bekor qilingan.",
  "reason.certificate_in_force":
    "{code} sertifikati amalda; qayta berishdan oldin uni bekor qiling.",
  "reason.no_longer_participant": "{person} endi ishtirokchi emas.",
  "reason.already_holds": "{person} allaqachon {code} sertifikatiga ega.",
  "reason.no_longer_eligible": "{person} endi shartlarga javob bermaydi.",
  "reason.revoked_not_printed": "{code} sertifikati bekor qilingan va chop etilmaydi.",
  "reason.nothing_to_print": "Chop etiladigan hech narsa yoʻq.",
  "reason.token_malformed": "Bu Malaka sertifikatining kodi emas.",
  "reason.unknown_key":
    "{key_id} kaliti bilan imzolangan; bu kalit ushbu beruvchiga tegishli emas.",
  "reason.bad_signature":
    "Imzo mos kelmaydi: sertifikat oʻzgartirilgan yoki bu kalit bilan berilmagan.",
  "reason.public_key_format": "Ochiq kalit 64 ta oʻn oltilik raqamdan iborat.",
  "reason.revocation_list_signature": "Bekor qilinganlar roʻyxatining imzosi shikastlangan.",
  "reason.signing_key_not_set_up":
    "Imzo kaliti hali yoʻq, shuning uchun hech narsani imzolab boʻlmaydi: administrator uni «Sozlamalar»dagi «Imzo kalitlari» boʻlimida sozlashi kerak.",
  "reason.signing_key_locked":
    "Imzo kaliti qulflangan: Malaka yopilguncha uni qulfdan chiqarish uchun maxfiy iborasini kiriting.",
  "reason.wrong_passphrase": "Maxfiy ibora notoʻgʻri.",
  "reason.signed_after_retirement":
    "Sanasi {key_id} kaliti foydalanishdan chiqarilgan kundan ({retired_on}) keyin: bu haqiqiy sertifikat emas.",
  "reason.revoked_number_malformed":
    "Bekor qilinganlar roʻyxatida «{value}» bor, lekin bu sertifikat raqami emas.",
  "reason.revocation_list_version":
    "Bekor qilinganlar roʻyxati {version}-formatda; Malakaning bu versiyasi uni oʻqiy olmaydi. Malakani yangilang.",
  "reason.not_a_malaka_qr": "{file}: bu QR kod Malaka sertifikatiga tegishli emas.",
  "reason.template": "{detail}",
  "reason.rendering_stopped":
    "Chop etish toʻxtatildi: shablon juda koʻp vaqt yoki xotira talab qildi.",
  "reason.not_a_picture": "{file}: PNG, JPEG yoki SVG rasmi emas.",
  "reason.picture_too_large": "Rasm hajmi {kib} KiB; koʻpi bilan {max_kib} KiB boʻlishi mumkin.",
  "reason.picture_cannot_print": "{file}: bu rasmni chop etib boʻlmaydi.",
  "reason.template_exists":
    "{path} allaqachon mavjud; uni tahrirlang yoki avval boshqa joyga koʻchiring.",
  "reason.hired_before_born": "Ishga qabul qilingan sana tugʻilgan sanadan keyin boʻlishi kerak.",
  "reason.file_not_found": "{file}: bunday fayl yoʻq.",
  "reason.file_not_picked":
    "Faylni qaytadan tanlang: dastur faqat oʻz oynalarida tanlangan fayllar bilan ishlaydi.",
  "reason.file_unreadable": "{file} faylini oʻqib yoki yozib boʻlmadi.",
  "reason.file_exists": "{file} allaqachon mavjud; boshqa fayl nomini tanlang.",
  "reason.export_over_register": "{file} reyestrga tegishli; faylni boshqa joyga saqlang.",
  "reason.backup_over_database": "Zaxira nusxa reyestrning oʻzi oʻrniga yozilmaydi.",
  "reason.not_a_backup": "{file} Malaka zaxira nusxasi emas.",
  "reason.backup_from_newer_version":
    "{file} Malakaning yangiroq versiyasida yaratilgan; uni tiklash uchun Malakani yangilang.",
  "reason.database_in_use": "{file} boshqa dasturda ochiq; avval uni yoping.",
  "reason.team_mode_lacks":
    "Jamoaviy maʼlumotlar bazasi Malakaning bu qismiga hali xizmat koʻrsatmaydi; buning uchun mahalliy reyestrni oching.",
  "reason.server_keeps_backups":
    "Jamoaviy maʼlumotlar bazasining zaxira nusxasi oʻz serverida olinadi va tiklanadi (pg_dump, pg_restore), bu ish joyidan emas.",
  "reason.server_unreachable": "{server} jamoaviy maʼlumotlar bazasiga ulanib boʻlmadi: {why}.",
  "reason.team_move_differs":
    "Jamoaviy maʼlumotlar bazasiga koʻchirish {table} jadvalida toʻxtadi va bekor qilindi: {detail}.",
  "reason.no_account_for_login":
    "{login} loginining bu jamoaviy maʼlumotlar bazasida hisob qaydnomasi yoʻq; uning administratoriga murojaat qiling.",
  "reason.team_schema_behind":
    "{server} jamoaviy maʼlumotlar bazasi Malakaning bu versiyasidan eski; uni egasi yangilashi kerak (malaka team init).",
  "reason.no_data_directory":
    "Tizimda maʼlumotlar papkasi yoʻq; maʼlumotlar bazasi faylini tanlang.",
  "reason.unsupported_format":
    "{file}: «{extension}» fayllari oʻqilmaydi; .csv, .txt, .xlsx, .xlsm, .xls yoki .ods dan foydalaning.",
  "reason.file_empty": "{file} boʻsh.",
  "reason.header_only": "{file} faylida sarlavha qatori bor, lekin maʼlumot qatorlari yoʻq.",
  "reason.ragged": "{file}, {row}-qator: {found} ta maydon, sarlavhada esa {expected} ta.",
  "reason.unsupported_encoding":
    "{file} — {encoding} kodlashidagi matn; uni «CSV UTF-8» yoki oddiy CSV sifatida saqlang.",
  "reason.binary_data": "{file}, {row}-qator, «{column}» ustuni: bu matnga oʻxshamaydi.",
  "reason.csv_broken": "{file}, {row}-qator: CSV formatida xato bor.",
  "reason.workbook_unreadable": "{file}: ishchi kitobni oʻqib boʻlmaydi.",
  "reason.cell_error": "{file}, {row}-qator, «{column}» ustuni: katakda {error} xatosi bor.",
  "reason.no_qr_code": "{file}: oʻqiladigan QR kod topilmadi.",
  "reason.too_many_rows": "{file} faylida {rows} ta qator bor; bir importda koʻpi bilan {max} ta.",
  "reason.sheet_too_large":
    "{file}: varaq {rows} ta qator × {columns} ta ustundan iborat; koʻpi bilan {max_rows} × {max_columns} oʻqiladi.",
  "reason.cell_too_long":
    "{file}, {row}-qator, {column}-ustun: bitta katakda {max} tadan ortiq belgi bor.",
  "reason.file_too_large":
    "{file} faylining hajmi {mib} MB; bunday fayllar koʻpi bilan {max_mib} MB boʻlishi mumkin.",
  "reason.picture_dimensions":
    "{file} faylida rasm oʻlchami {width} × {height} piksel deb koʻrsatilgan — bunday rasm uchun bu haddan tashqari katta.",
  "reason.too_many_rows_to_print":
    "Hisobotda {rows} ta qator bor; chop etiladigan hujjatga koʻpi bilan {max} ta sigʻadi. Shartlarni toraytiring yoki XLSX sifatida saqlang.",
  "reason.template_too_slow":
    "Shablonni joylashtirish {seconds} soniyadan uzoq davom etdi va toʻxtatildi; uni soddalashtiring.",
  "reason.template_too_big":
    "Shablonni joylashtirish uchun {megabytes} MB dan ortiq xotira kerak boʻldi va u toʻxtatildi; uni soddalashtiring.",
  "reason.not_a_revocation_list": "{file} bekor qilinganlar roʻyxati emas.",
  "reason.needs_columns": "Faylda quyidagi ustunlar boʻlishi kerak: {columns}.",
  "reason.already_imported": "{file} {at} da allaqachon import qilingan ({rows} ta qator).",
  "reason.import_rejected": "{file}: topilgan muammolar: {problems}. Hech narsa import qilinmadi.",
  "reason.missing_column": "«{field}» uchun ustun yoʻq.",
  "reason.missing_value": "«{field}» toʻldirilmagan.",
  "reason.not_a_date_cell": "«{value}» — sana emas; KK.OO.YYYY yoki YYYY-OO-KK shaklida yozing.",
  "reason.duplicate_in_file": "«{value}» allaqachon {first_row}-qatorda bor.",
  "reason.no_such_organisation": "«{value}» nomli tashkilot yoʻq.",
  "reason.organisation_needed":
    "Tashkilot koʻrsatilmagan: tashkilot ustunini qoʻshing yoki tashkilotni tanlang.",
  "reason.status_unknown": "«{value}» — belgi emas (qatnashdi, kechikdi, qatnashmadi, sababli).",
  "reason.not_on_roll": "«{value}» bu mashgʻulot roʻyxatida yoʻq.",
  "reason.login_format":
    "«{value}» login boʻla olmaydi: 2 tadan 64 tagacha lotin harfi, raqam, «.», «_» yoki «-» ishlating.",
  "reason.password_too_short": "Parol kamida {min} ta belgidan iborat boʻlishi kerak.",
  "reason.trainer_account_needs_trainer":
    "Bu hisob qaydnomasi qaysi trenerning mashgʻulotlarida davomatni qayd etishini tanlang.",
  "reason.login_taken": "«{login}» logini band.",
  "reason.sign_in_required": "Davom etish uchun tizimga kiring.",
  "reason.wrong_sign_in": "Login yoki parol notoʻgʻri.",
  "reason.account_locked":
    "Parol juda koʻp marta notoʻgʻri kiritildi: hisob qaydnomasi {until} gacha qulflangan. Administrator yangi parol oʻrnatib, uni ochishi mumkin.",
  "reason.not_allowed": "Rolingiz bunga ruxsat bermaydi: {action}.",
  "reason.not_your_session": "Trener davomatni faqat oʻz mashgʻulotlarida qayd etadi.",
  "reason.own_password_first":
    "Avval oʻz parolingizni oʻrnating: ikkita hisob qaydnomasi boʻlgach, hamma parol bilan kiradi.",
  "reason.last_administrator":
    "Reyestrda tizimga kira oladigan kamida bitta administrator qolishi kerak.",
  "reason.wrong_password": "Joriy parol notoʻgʻri.",
  "reason.passwords_differ": "Parollar bir-biriga mos kelmaydi.",
  "reason.malformed_input": "Soʻrovni tushunib boʻlmadi.",
  "reason.unexpected": "Kutilmagan xato yuz berdi.",
  "reason.schedule_conflict": "Boshqa mashgʻulotlar bilan vaqt toʻqnashuvi bor ({count}).",
  "reason.storage": "Amalni bajarib boʻlmadi; tafsilotlar jurnalda: {log}",
  "reason.storage_unlogged": "Amalni bajarib boʻlmadi.",
  "reason.database_damaged":
    "Malaka {file} faylida shikast topdi. Ishni faqat kerakli maʼlumotlarni koʻchirib olish uchun davom ettiring va faylni oxirgi zaxira nusxadan tiklang. Tafsilotlar jurnalda: {log}",
  "reason.cancelled": "Bekor qilindi; hech narsa saqlanmadi.",
  "reason.entity.activity": "tadbir",
  "reason.entity.certificate": "sertifikat",
  "reason.entity.enrolment": "roʻyxatga olish",
  "reason.entity.logo": "logotip",
  "reason.entity.mark": "davomat belgisi",
  "reason.entity.organisation": "tashkilot",
  "reason.entity.person": "xodim",
  "reason.entity.programme": "dastur",
  "reason.entity.session": "mashgʻulot",
  "reason.entity.trainer": "trener",
  "reason.entity.venue": "joy",
  "reason.entity.account": "hisob qaydnomasi",
  "reason.entity.record": "yozuv",
};
