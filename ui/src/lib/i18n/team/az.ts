import type { Plural } from "../types";
import type { enTeam } from "./en";

export const azTeam: {
  [K in keyof typeof enTeam]: (typeof enTeam)[K] extends string ? string : Plural;
} = {
  "team.title": "Komanda verilənlər bazası",
  "team.intro":
    "Bir neçə iş yeri serverdəki PostgreSQL verilənlər bazasında saxlanılan bir reyestrlə işləyə bilər. Hər kəs serverə öz logini ilə qoşulur.",
  "team.currentFile": "Bu iş yeri öz reyestrini aparır: {file}",
  "team.currentTeamTls": "Komanda verilənlər bazası: {server} (TLS açıqdır)",
  "team.currentTeamPlain": "Komanda verilənlər bazası: {server} (TLS bağlıdır)",
  "team.host": "Server",
  "team.hostHint": "Adı və ya ünvanı, məsələn db.agency.uz",
  "team.port": "Port",
  "team.portRange": "Port 1 ilə {max} arasında tam ədəd olmalıdır.",
  "team.database": "Verilənlər bazası",
  "team.user": "İstifadəçi",
  "team.userHint": "Serverdəki öz logininiz.",
  "team.password": "Şifrə",
  "team.tls": "Şifrələnmiş bağlantı (TLS)",
  "team.remember": "Şifrəni bu kompüterin açar anbarında saxla",
  "team.noKeyring":
    "Bu kompüterdə şifrəni saxlamaq üçün açar anbarı yoxdur, ona görə Malaka onu hər başlanğıcda soruşacaq.",
  "team.test": "Bağlantını yoxla",
  "team.testing": "Yoxlanılır…",
  "team.connect": "İş yerini qoş",
  "team.connecting": "Qoşulur…",
  "team.opening": "Açılır…",
  "team.probe.connected": "Qoşuldu: PostgreSQL {version}.",
  "team.probe.ready": "Oradakı reyestr hazırdır: bu iş yerini qoşmaq olar.",
  "team.probe.empty":
    "Verilənlər bazası boşdur: bu reyestri ora köçürün və ya sahibindən onu hazırlamağı xahiş edin.",
  "team.probe.behind":
    "O, Malakanın köhnə versiyası ilə hazırlanıb: sahibi onu yeniləməlidir (malaka team init).",
  "team.moveTitle": "Reyestrin serverə köçürülməsi",
  "team.moveHint":
    "Bu iş yerinin faylındakı bütün reyestri yuxarıdakı komanda verilənlər bazasına köçürür; o boş olmalıdır. Faylın özü dəyişmir.",
  "team.move": "Serverə köçür…",
  "team.moveQuestion": "Bütün reyestr {server} serverinə köçürülsün?",
  "team.moveEmpty":
    "Bu iş yerinin reyestrindəki hər şey bir dəfəyə köçürülür və hər cədvəl yoxlanılır; serverdəki verilənlər bazası boş olmalıdır.",
  "team.moveFileStays":
    "Bu iş yerinin faylı dəyişmir: siz onu komanda verilənlər bazasına keçirənədək iş yeri faylla işləməyə davam edir.",
  "team.moveTime": "Böyük reyestrdə bu bir neçə dəqiqə çəkir.",
  "team.moveConfirm": "Reyestri köçür",
  "team.moving": "Köçürülür və yoxlanılır…",
  "team.moveKeep": "Köçürmə",
  "team.moved": "Reyestr {server} serverinə köçürüldü və hər cədvəl yoxlanıldı.",
  "team.col.table": "Cədvəl",
  "team.col.rows": "Sətirlər",
  "team.col.total": "Cəmi",
  "team.table.organisation": "Təşkilatlar",
  "team.table.person": "Əməkdaşlar",
  "team.table.person_token": "Ad axtarışı indeksi",
  "team.table.trainer": "Təlimçilər",
  "team.table.venue": "Keçirilmə məkanları",
  "team.table.programme": "Proqramlar",
  "team.table.activity": "Tədbirlər",
  "team.table.activity_partner": "Tədbir tərəfdaşları",
  "team.table.session": "Məşğələlər",
  "team.table.session_trainer": "Məşğələ təlimçiləri",
  "team.table.enrolment": "Qeydiyyatlar",
  "team.table.attendance_mark": "Davamiyyət qeydləri",
  "team.table.attendance_history": "Davamiyyət qeydlərinin tarixçəsi",
  "team.table.import_batch": "İdxal olunmuş fayllar",
  "team.table.completion_rule": "Başa çatdırma qaydaları",
  "team.table.assessment_result": "Qiymətləndirmə nəticələri",
  "team.table.certificate_series": "Sertifikat nömrə seriyaları",
  "team.table.certificate": "Sertifikatlar",
  "team.table.organisation_logo": "Təşkilat loqoları",
  "team.table.account": "Hesablar",
  "team.table.account_token": "Avtomatlaşdırma tokenləri",
  "team.table.signing_key": "İmza açarları",
  "team.table.audit_log": "Audit jurnalı qeydləri",
  "team.table.audit_seal": "Audit jurnalı imzaları",
  "team.switchHint":
    "Bu iş yeri hələ də faylla işləyir. Bütün iş yerləri bir reyestrlə işləsin deyə onu komanda verilənlər bazasına keçirin.",
  "team.switch": "İş yerini komanda bazasına keçir",
  "team.useFileTitle": "İş yerinin öz reyestri",
  "team.useFileHint":
    "Yenidən bu iş yerinin öz faylı ({file}) ilə işləmək. Komanda verilənlər bazasının parametrləri və saxlanılan şifrə bu iş yerində unudulur; serverdəki reyestr dəyişmir.",
  "team.useFile": "Öz reyestrinə qayıt",
};
