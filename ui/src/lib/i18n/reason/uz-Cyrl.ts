import type { Plural } from "../types";
import type { enReason } from "./en";

export const uzCyrlReason: {
  [K in keyof typeof enReason]: (typeof enReason)[K] extends string ? string : Plural;
} = {
  "reason.below_minimum": "Давомат {rate} % — талаб қилинган {required} % дан кам.",
  "reason.marks_missing": {
    one: "{count} та машғулот ҳали белгиланмаган.",
    other: "{count} та машғулот ҳали белгиланмаган.",
  },
  "reason.no_sessions": "Тадбирда ҳали машғулот йўқ.",
  "reason.assessment_missing": "Баҳолаш натижаси киритилмаган.",
  "reason.assessment_failed": "Баҳолашдан ўтмаган.",
  "reason.score_below": "Балл {score} ўтиш балидан ({passMark}) паст.",
  "reason.required": "Бу майдон тўлдирилиши шарт.",
  "reason.too_long": "{max} белгидан узун.",
  "reason.control_characters": "Бошқарув белгилари бор.",
  "reason.not_an_id": "«{value}» — яроқли идентификатор эмас.",
  "reason.not_an_email": "«{value}» — электрон почта манзили эмас.",
  "reason.not_a_host": "«{value}» — сервер номи ёки манзили эмас.",
  "reason.not_a_phone": "«{value}» — телефон рақами эмас.",
  "reason.not_a_country": "«{value}» — икки ҳарфли мамлакат коди эмас.",
  "reason.not_a_date": "«{value}» — сана эмас (ЙЙЙЙ-ОО-КК).",
  "reason.not_one_of": "«{value}» қуйидагилардан бири эмас: {allowed}.",
  "reason.not_positive": "Мусбат сон бўлиши керак (киритилган: {value}).",
  "reason.out_of_range": "{min} дан {max} гача бўлиши керак (киритилган: {value}).",
  "reason.bad_short_code": "«{value}»: кўпи билан 12 та лотин ҳарфи, рақам ёки «-».",
  "reason.bad_programme_code": "«{value}»: кўпи билан 24 та лотин ҳарфи, рақам, «-», «_» ёки «.».",
  "reason.not_a_time_zone": "«{value}» — вақт минтақаси эмас.",
  "reason.not_a_local_time": "«{value}» — сана ва вақт эмас.",
  "reason.clock_change_gap": "{zone} минтақасида {value} вақти йўқ: шу пайт соатлар ўзгартирилади.",
  "reason.not_a_weekday": "{value} — ҳафта куни эмас.",
  "reason.unknown_locale": "«{value}» Малака тилларидан бири эмас.",
  "reason.not_a_person_field": "«{value}» — ходим майдони эмас.",
  "reason.not_minutes": "«{value}» — дақиқалар сони эмас.",
  "reason.ends_before_start": "Тугаш санаси бошланишидан ({start}) олдин.",
  "reason.end_not_after_start": "Тугаш вақти бошланишидан кейин бўлиши керак.",
  "reason.session_too_long": "Машғулот кўпи билан {max_hours} соат давом этади.",
  "reason.host_is_partner": "Мезбон ташкилот бир вақтда ҳамкор бўла олмайди.",
  "reason.external_trainer_needs_name": "Ташқи тренернинг исмини киритинг.",
  "reason.time_zone_without_venue":
    "Вақт минтақасини танланг: машғулотнинг ўтказиладиган жойи йўқ.",
  "reason.cleared_mark_has_note": "Олиб ташланган белгида изоҳ бўлмайди.",
  "reason.only_late_has_minutes": "Кечикиш дақиқалари фақат кечикиш белгисида бўлади.",
  "reason.needs_pass_mark": "Балл билан баҳолаш учун ўтиш бали керак.",
  "reason.status_change": "Ҳолати «{from}» бўлган тадбирни «{to}» ҳолатига ўтказиб бўлмайди.",
  "reason.cancel_reason_required": "Бекор қилиш сабабини ёзинг.",
  "reason.until_before_first": "Охирги кун биринчи машғулотдан ({first}) олдин.",
  "reason.too_many_sessions": "Режа кўпи билан {max} та машғулот яратади.",
  "reason.no_chosen_weekday": "Бу даврда танланган ҳафта кунларининг бирортаси йўқ.",
  "reason.session_outside_dates": "{when} даги машғулот янги саналардан ташқарида қолади.",
  "reason.outside_visit_dates": "{when} ташриф кунларидан ташқарида: {from} – {to}.",
  "reason.outside_placement_dates": "{when} стажировка кунларидан ташқарида: {from} – {to}.",
  "reason.evaluation_before_start": "Бу стажировка бошланишидан ({start}) олдин.",
  "reason.scores_per_objective":
    "{objectives} та мақсаднинг ҳар бирига бир мартадан балл қўйинг (берилган баллар: {scores}).",
  "reason.intern_fixed":
    "Стажировкада стажёр ўзгармайди: уни қайтариб олинг ва бошқа ходим учун янгисини таклиф қилинг.",
  "reason.mentor_required":
    "Аввал стажёрнинг менторини кўрсатинг: стажировка фақат ментор билан келишилади.",
  "reason.objectives_required": "Аввал камида битта ўқув мақсадини келишиб олинг.",
  "reason.final_evaluation_required": "Аввал менторнинг якуний баҳолашини қайд этинг.",
  "reason.arrives_before_departure": "Йўл қисми жўнашидан ({departs}) олдин етиб боради.",
  "reason.host_not_accepted": "Қабул қилувчи томон ташрифга ҳали розилик бермаган («{host}»).",
  "reason.amendment_reason_required":
    "Ташриф ҳолати «{status}»: ўзгариш сабабини ёзинг (у ўзгартириш сифатида сақланади).",
  "reason.member_needs_name": "Реестрдан ходимни танланг ёки аъзонинг исмини ёзинг.",
  "reason.already_away": "{person} бу кунларда бошқа сафарда: «{title}», {from} – {to}.",
  "reason.already_member": "{person} аллақачон делегацияда.",
  "reason.outside_activity_dates": "{when} тадбир саналаридан ташқарида: {from} – {to}.",
  "reason.calendar_too_long": "Тақвим бир вақтда кўпи билан {max_days} кунни кўрсатади.",
  "reason.mapping_columns": "{mapped} та устун мосланган, файлда эса {columns} та устун бор.",
  "reason.nothing_selected": "Камида биттасини танланг.",
  "reason.too_many_at_once": "Бир мартада кўпи билан {max} та.",
  "reason.nothing_to_save": "Сақланадиган ҳеч нарса йўқ.",
  "reason.unit_has_nobody": "«{unit}» бўлинмасида ҳеч ким ишламайди.",
  "reason.unit_too_large": "«{unit}» бўлинмасида {max} нафардан ортиқ ходим бор.",
  "reason.unit_not_of_organisation": "«{unit}» — «{organisation}» ташкилотининг бўлинмаси эмас.",
  "reason.parent_within":
    "«{organisation}» ташкилотини ўзининг ёки ўз бўлинмаларидан бирининг таркибига жойлаштириб бўлмайди.",
  "reason.unit_unknown": "«{organisation}» ташкилотида ҳали «{unit}» бўлинмаси йўқ.",
  "reason.not_found": "Топилмади ({entity}); эҳтимол, ўчирилган.",
  "reason.stale": "Бу ёзувни ({entity}) бошқа киши ўзгартирди; янгилаб, қайта уриниб кўринг.",
  "reason.mark_changed_by":
    "{person} белгисини {by} {at} да ўзгартирди; рўйхатни янгилаб, қайта уриниб кўринг.",
  "reason.personnel_number_used": "Бу ташкилотда бошқа ходимга аллақачон берилган.",
  "reason.short_code_used": "Бошқа ташкилот аллақачон фойдаланмоқда.",
  "reason.programme_code_used": "Бошқа дастур аллақачон фойдаланмоқда.",
  "reason.number_taken": "{value} табель рақами бу ташкилотда аллақачон ишлатилган.",
  "reason.already_enrolled": "Бу ходим тадбирга аллақачон рўйхатга олинган.",
  "reason.already_trainer": "Бу ходим аллақачон тренер.",
  "reason.already_exists": "Бундай ёзув аллақачон мавжуд.",
  "reason.missing_reference": "Мавжуд бўлмаган ёзувга ҳавола.",
  "reason.programme_archived": "{code} дастури архивда.",
  "reason.activity_cancelled": "«{title}» тадбири бекор қилинган.",
  "reason.activity_not_open": "«{title}» тадбири: ҳолати «{status}».",
  "reason.session_cancelled": "Машғулот бекор қилинган.",
  "reason.session_already_cancelled": "Машғулот аллақачон бекор қилинган.",
  "reason.cancelled_session_cannot_move": "Бекор қилинган машғулотни кўчириб бўлмайди.",
  "reason.not_enrolled": "{person} бу тадбирга рўйхатга олинмаган.",
  "reason.not_a_participant": "{person} бу тадбир иштирокчиси эмас.",
  "reason.not_awaiting_approval": "{person} тасдиқлашни кутмаяпти (ҳолати «{status}»).",
  "reason.enrolment_already": "Рўйхатга олиш аллақачон «{status}» ҳолатида.",
  "reason.no_roll": "Машғулот рўйхатида ҳеч ким йўқ.",
  "reason.no_midnight": "Бу вақт минтақасида бугунги куннинг ярим туни йўқ.",
  "reason.no_assessment": "Бу тадбирнинг якунлаш қоидасида баҳолаш йўқ.",
  "reason.assessment_is_pass_fail": "Бу тадбир балл билан эмас, «ўтди/ўтмади» билан баҳоланади.",
  "reason.assessment_is_score": "Бу тадбир балл билан баҳоланади.",
  "reason.locked_by_certificate":
    "{code} сертификати билан қулфланган; ўзгартириш учун аввал сертификатни бекор қилинг.",
  "reason.marks_locked":
    "{person} белгилари {code} сертификати билан қулфланган; ўзгартириш учун сертификатни бекор қилинг.",
  "reason.already_in_activity": "{person} аллақачон «{title}» тадбирида (ҳолати «{status}»).",
  "reason.database_not_empty": "Намуна маълумотлар фақат бўш реестрга юкланади.",
  "reason.cannot_number_certificates":
    "«{value}» сертификатларни рақамлаш учун ярамайди: фақат лотин ҳарфлари, рақамлар ва «-».",
  "reason.no_short_code": "«{organisation}» ташкилотининг қисқа коди йўқ; аввал уни киритинг.",
  "reason.one_organisation_per_document":
    "Ҳар бир ташкилотнинг сертификатларини алоҳида ҳужжатда чоп этинг.",
  "reason.revocation_list_foreign":
    "Бекор қилинганлар рўйхати бу берувчининг калити билан имзоланмаган ёки ўзгартирилган.",
  "reason.year_out_of_range": "Йил {min} дан {max} гача бўлиши керак.",
  "reason.too_long_for_token": "Сертификат коди учун жуда узун (кўпи билан {max} байт).",
  "reason.already_revoked": "{code} сертификати аллақачон бекор қилинган.",
  "reason.certificate_in_force":
    "{code} сертификати амалда; қайта беришдан олдин уни бекор қилинг.",
  "reason.no_longer_participant": "{person} энди иштирокчи эмас.",
  "reason.already_holds": "{person} аллақачон {code} сертификатига эга.",
  "reason.no_longer_eligible": "{person} энди шартларга жавоб бермайди.",
  "reason.revoked_not_printed": "{code} сертификати бекор қилинган ва чоп этилмайди.",
  "reason.nothing_to_print": "Чоп этиладиган ҳеч нарса йўқ.",
  "reason.token_malformed": "Бу Малака сертификатининг коди эмас.",
  "reason.unknown_key": "{key_id} калити билан имзоланган; бу калит ушбу берувчига тегишли эмас.",
  "reason.bad_signature":
    "Имзо мос келмайди: сертификат ўзгартирилган ёки бу калит билан берилмаган.",
  "reason.public_key_format": "Очиқ калит 64 та ўн олтилик рақамдан иборат.",
  "reason.revocation_list_signature": "Бекор қилинганлар рўйхатининг имзоси шикастланган.",
  "reason.signing_key_not_set_up":
    "Имзо калити ҳали йўқ, шунинг учун ҳеч нарсани имзолаб бўлмайди: администратор уни «Созламалар»даги «Имзо калитлари» бўлимида созлаши керак.",
  "reason.signing_key_locked":
    "Имзо калити қулфланган: Малака ёпилгунча уни қулфдан чиқариш учун махфий иборасини киритинг.",
  "reason.wrong_passphrase": "Махфий ибора нотўғри.",
  "reason.signed_after_retirement":
    "Санаси {key_id} калити фойдаланишдан чиқарилган кундан ({retired_on}) кейин: бу ҳақиқий сертификат эмас.",
  "reason.revoked_number_malformed":
    "Бекор қилинганлар рўйхатида «{value}» бор, лекин бу сертификат рақами эмас.",
  "reason.revocation_list_version":
    "Бекор қилинганлар рўйхати {version}-форматда; Малаканинг бу версияси уни ўқий олмайди. Малакани янгиланг.",
  "reason.not_a_malaka_qr": "{file}: бу QR код Малака сертификатига тегишли эмас.",
  "reason.template": "{detail}",
  "reason.rendering_stopped": "Чоп этиш тўхтатилди: шаблон жуда кўп вақт ёки хотира талаб қилди.",
  "reason.not_a_picture": "{file}: PNG, JPEG ёки SVG расми эмас.",
  "reason.picture_too_large": "Расм ҳажми {kib} КиБ; кўпи билан {max_kib} КиБ бўлиши мумкин.",
  "reason.picture_cannot_print": "{file}: бу расмни чоп этиб бўлмайди.",
  "reason.template_exists":
    "{path} аллақачон мавжуд; уни таҳрирланг ёки аввал бошқа жойга кўчиринг.",
  "reason.hired_before_born": "Ишга қабул қилинган сана туғилган санадан кейин бўлиши керак.",
  "reason.file_not_found": "{file}: бундай файл йўқ.",
  "reason.file_not_picked":
    "Файлни қайтадан танланг: дастур фақат ўз ойналарида танланган файллар билан ишлайди.",
  "reason.file_unreadable": "{file} файлини ўқиб ёки ёзиб бўлмади.",
  "reason.file_exists": "{file} аллақачон мавжуд; бошқа файл номини танланг.",
  "reason.export_over_register": "{file} реестрга тегишли; файлни бошқа жойга сақланг.",
  "reason.backup_over_database": "Захира нусха реестрнинг ўзи ўрнига ёзилмайди.",
  "reason.not_a_backup": "{file} Малака захира нусхаси эмас.",
  "reason.backup_from_newer_version":
    "{file} Малаканинг янгироқ версиясида яратилган; уни тиклаш учун Малакани янгиланг.",
  "reason.database_in_use": "{file} бошқа дастурда очиқ; аввал уни ёпинг.",
  "reason.team_mode_lacks":
    "Жамоавий маълумотлар базаси Малаканинг бу қисмига ҳали хизмат кўрсатмайди; бунинг учун маҳаллий реестрни очинг.",
  "reason.server_keeps_backups":
    "Жамоавий маълумотлар базасининг захира нусхаси ўз серверида олинади ва тикланади (pg_dump, pg_restore), бу иш жойидан эмас.",
  "reason.server_unreachable": "{server} жамоавий маълумотлар базасига уланиб бўлмади: {why}.",
  "reason.team_move_differs":
    "Жамоавий маълумотлар базасига кўчириш {table} жадвалида тўхтади ва бекор қилинди: {detail}.",
  "reason.no_account_for_login":
    "{login} логинининг бу жамоавий маълумотлар базасида ҳисоб қайдномаси йўқ; унинг администраторига мурожаат қилинг.",
  "reason.team_schema_behind":
    "{server} жамоавий маълумотлар базаси Малаканинг бу версиясидан эски; уни эгаси янгилаши керак (malaka team init).",
  "reason.no_data_directory":
    "Тизимда маълумотлар папкаси йўқ; маълумотлар базаси файлини танланг.",
  "reason.unsupported_format":
    "{file}: «{extension}» файллари ўқилмайди; .csv, .txt, .xlsx, .xlsm, .xls ёки .ods дан фойдаланинг.",
  "reason.file_empty": "{file} бўш.",
  "reason.header_only": "{file} файлида сарлавҳа қатори бор, лекин маълумот қаторлари йўқ.",
  "reason.ragged": "{file}, {row}-қатор: {found} та майдон, сарлавҳада эса {expected} та.",
  "reason.unsupported_encoding":
    "{file} — {encoding} кодлашидаги матн; уни «CSV UTF-8» ёки оддий CSV сифатида сақланг.",
  "reason.binary_data": "{file}, {row}-қатор, «{column}» устуни: бу матнга ўхшамайди.",
  "reason.csv_broken": "{file}, {row}-қатор: CSV форматида хато бор.",
  "reason.workbook_unreadable": "{file}: ишчи китобни ўқиб бўлмайди.",
  "reason.cell_error": "{file}, {row}-қатор, «{column}» устуни: катакда {error} хатоси бор.",
  "reason.no_qr_code": "{file}: ўқиладиган QR код топилмади.",
  "reason.too_many_rows": "{file} файлида {rows} та қатор бор; бир импортда кўпи билан {max} та.",
  "reason.sheet_too_large":
    "{file}: варақ {rows} та қатор × {columns} та устундан иборат; кўпи билан {max_rows} × {max_columns} ўқилади.",
  "reason.cell_too_long":
    "{file}, {row}-қатор, {column}-устун: битта катакда {max} тадан ортиқ белги бор.",
  "reason.file_too_large":
    "{file} файлининг ҳажми {mib} МБ; бундай файллар кўпи билан {max_mib} МБ бўлиши мумкин.",
  "reason.picture_dimensions":
    "{file} файлида расм ўлчами {width} × {height} пиксел деб кўрсатилган — бундай расм учун бу ҳаддан ташқари катта.",
  "reason.too_many_rows_to_print":
    "Ҳисоботда {rows} та қатор бор; чоп этиладиган ҳужжатга кўпи билан {max} та сиғади. Шартларни торайтиринг ёки XLSX сифатида сақланг.",
  "reason.template_too_slow":
    "Шаблонни жойлаштириш {seconds} сониядан узоқ давом этди ва тўхтатилди; уни соддалаштиринг.",
  "reason.template_too_big":
    "Шаблонни жойлаштириш учун {megabytes} МБ дан ортиқ хотира керак бўлди ва у тўхтатилди; уни соддалаштиринг.",
  "reason.not_a_revocation_list": "{file} бекор қилинганлар рўйхати эмас.",
  "reason.needs_columns": "Файлда қуйидаги устунлар бўлиши керак: {columns}.",
  "reason.already_imported": "{file} {at} да аллақачон импорт қилинган ({rows} та қатор).",
  "reason.import_rejected": "{file}: топилган муаммолар: {problems}. Ҳеч нарса импорт қилинмади.",
  "reason.missing_column": "«{field}» учун устун йўқ.",
  "reason.missing_value": "«{field}» тўлдирилмаган.",
  "reason.not_a_date_cell": "«{value}» — сана эмас; КК.ОО.ЙЙЙЙ ёки ЙЙЙЙ-ОО-КК шаклида ёзинг.",
  "reason.duplicate_in_file": "«{value}» аллақачон {first_row}-қаторда бор.",
  "reason.no_such_organisation": "«{value}» номли ташкилот йўқ.",
  "reason.organisation_needed":
    "Ташкилот кўрсатилмаган: ташкилот устунини қўшинг ёки ташкилотни танланг.",
  "reason.status_unknown": "«{value}» — белги эмас (қатнашди, кечикди, қатнашмади, сабабли).",
  "reason.not_on_roll": "«{value}» бу машғулот рўйхатида йўқ.",
  "reason.login_format":
    "«{value}» логин бўла олмайди: 2 тадан 64 тагача лотин ҳарфи, рақам, «.», «_» ёки «-» ишлатинг.",
  "reason.password_too_short": "Парол камида {min} та белгидан иборат бўлиши керак.",
  "reason.trainer_account_needs_trainer":
    "Бу ҳисоб қайдномаси қайси тренернинг машғулотларида давоматни қайд этишини танланг.",
  "reason.login_taken": "«{login}» логини банд.",
  "reason.sign_in_required": "Давом этиш учун тизимга киринг.",
  "reason.wrong_sign_in": "Логин ёки парол нотўғри.",
  "reason.account_locked":
    "Парол жуда кўп марта нотўғри киритилди: ҳисоб қайдномаси {until} гача қулфланган. Администратор янги парол ўрнатиб, уни очиши мумкин.",
  "reason.not_allowed": "Ролингиз бунга рухсат бермайди: {action}.",
  "reason.not_your_session": "Тренер давоматни фақат ўз машғулотларида қайд этади.",
  "reason.own_password_first":
    "Аввал ўз паролингизни ўрнатинг: иккита ҳисоб қайдномаси бўлгач, ҳамма парол билан киради.",
  "reason.last_administrator":
    "Реестрда тизимга кира оладиган камида битта администратор қолиши керак.",
  "reason.wrong_password": "Жорий парол нотўғри.",
  "reason.passwords_differ": "Пароллар бир-бирига мос келмайди.",
  "reason.malformed_input": "Сўровни тушуниб бўлмади.",
  "reason.unexpected": "Кутилмаган хато юз берди.",
  "reason.schedule_conflict": "Бошқа машғулотлар билан вақт тўқнашуви бор ({count}).",
  "reason.storage": "Амални бажариб бўлмади; тафсилотлар журналда: {log}",
  "reason.storage_unlogged": "Амални бажариб бўлмади.",
  "reason.database_damaged":
    "Malaka {file} файлида шикаст топди. Ишни фақат керакли маълумотларни кўчириб олиш учун давом эттиринг ва файлни охирги захира нусхадан тикланг. Тафсилотлар журналда: {log}",
  "reason.cancelled": "Бекор қилинди; ҳеч нарса сақланмади.",
  "reason.entity.activity": "тадбир",
  "reason.entity.certificate": "сертификат",
  "reason.entity.enrolment": "рўйхатга олиш",
  "reason.entity.logo": "логотип",
  "reason.entity.mark": "давомат белгиси",
  "reason.entity.organisation": "ташкилот",
  "reason.entity.person": "ходим",
  "reason.entity.programme": "дастур",
  "reason.entity.session": "машғулот",
  "reason.entity.trainer": "тренер",
  "reason.entity.venue": "жой",
  "reason.entity.account": "ҳисоб қайдномаси",
  "reason.entity.record": "ёзув",
};
