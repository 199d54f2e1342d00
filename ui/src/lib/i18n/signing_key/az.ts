import type { Plural } from "../types";
import type { enSigningKey } from "./en";

export const azSigningKey: {
  [K in keyof typeof enSigningKey]: (typeof enSigningKey)[K] extends string ? string : Plural;
} = {
  "signing_key.title": "İmza açarları",
  "signing_key.intro":
    "Sertifikatlar, ləğv siyahısı və ehtiyat nüsxələr bu açarla imzalanır. Malaka hər dəfə açılanda açarın kilidi şifrə ifadəsi ilə bir dəfə açılır, ona görə də sertifikat verən şəxs onu bilməlidir; şifrə ifadəsi itərsə, hazırkı açarı istifadədən çıxarın və yenisini yaradın: köhnə açarla imzalanmış sertifikatlar yoxlamadan keçməyə davam edir.",
  "signing_key.none":
    "Hələ imza açarı yoxdur: administrator onu quraşdırmayana qədər sertifikat vermək mümkün deyil.",
  "signing_key.noneInUse":
    "Heç bir açar istifadədə deyil: yeni açar yaradılmayana qədər (açarı dəyişin) sertifikat vermək mümkün deyil.",
  "signing_key.validFrom": "{date} tarixindən qüvvədədir",
  "signing_key.inUse": "İstifadədədir",
  "signing_key.retiredOn": "İstifadədən çıxarılıb: {date}",
  "signing_key.notInUse": "İstifadədə deyil",
  "signing_key.unprotected":
    "Şifrə ifadəsi olmadan saxlanılır: verilənlər bazasının və ya ehtiyat nüsxənin surəti olan hər kəs bu açarla sertifikat imzalaya bilər.",
  "signing_key.passphrase": "Şifrə ifadəsi",
  "signing_key.again": "Şifrə ifadəsini təkrarlayın",
  "signing_key.passphraseHint": "Ən azı {min} simvol.",
  "signing_key.tooShort": "Şifrə ifadəsi ən azı {min} simvoldan ibarət olmalıdır.",
  "signing_key.differ": "Şifrə ifadələri eyni deyil.",
  "signing_key.setup.title": "İmza açarının quraşdırılması",
  "signing_key.setup.hint":
    "Ən azı {min} simvoldan ibarət şifrə ifadəsi seçin və onu sertifikat verən şəxsə bildirin.",
  "signing_key.setup.save": "İmza açarını quraşdır",
  "signing_key.setup.done": "İmza açarı quraşdırıldı və Malaka bağlanana qədər kilidi açıqdır.",
  "signing_key.rotate.title": "Açarın dəyişdirilməsi",
  "signing_key.rotate.hint":
    "Yeni açar yaradılır, istifadədə olan isə istifadədən çıxarılır; onun imzaladıqları yoxlamadan keçməyə davam edir. İmza açarının şifrə ifadəsini daxil edin.",
  "signing_key.rotate.save": "Açarı dəyiş",
  "signing_key.rotate.done":
    "İndi {key_id} açarı istifadədədir; əvvəlki açarlarla imzalanmış sertifikatlar yoxlamadan keçməyə davam edir.",
  "signing_key.retire.button": "İstifadədən çıxar",
  "signing_key.retire.label": "{key_id} açarını istifadədən çıxar",
  "signing_key.retire.question":
    "{key_id} açarı istifadədən çıxarılsın? O, daha imzalamayacaq; onun imzaladığı sertifikatlar yoxlamadan keçməyə davam edir.",
  "signing_key.retire.inUse":
    "Bu, istifadədə olan açardır: yeni açar yaradılmayana qədər sertifikat vermək mümkün olmayacaq.",
  "signing_key.retire.confirm": "Açarı istifadədən çıxar",
  "signing_key.retire.keep": "Saxla",
  "signing_key.retire.busy": "İstifadədən çıxarılır…",
  "signing_key.retire.done": "{key_id} açarı istifadədən çıxarıldı.",
  "signing_key.protect.title": "Şifrə ifadəsi olmadan saxlanılan açarların qorunması",
  "signing_key.protect.hint": "Onları qorumaq üçün imza açarının şifrə ifadəsini daxil edin.",
  "signing_key.protect.hintNew":
    "Hələ heç bir açarın şifrə ifadəsi yoxdur: burada daxil etdiyiniz ifadə imza açarının şifrə ifadəsi olacaq. Onu iki dəfə daxil edin və sertifikat verən şəxsə bildirin.",
  "signing_key.protect.save": "Qoru",
  "signing_key.protect.done": {
    one: "{count} açar qorundu; verilənlər bazasında onun şifrə ifadəsiz surəti qalmadı.",
    other: "{count} açar qorundu; verilənlər bazasında onların şifrə ifadəsiz surəti qalmadı.",
  },
  "signing_key.unlock.title": "İmza açarının kilidini aç",
  "signing_key.unlock.why":
    "İmzalamaq üçün imza açarının şifrə ifadəsi lazımdır — Malaka hər dəfə açılanda bir dəfə. Onu bilmirsinizsə, açarı quraşdıran şəxsdən soruşun.",
  "signing_key.unlock.submit": "Kilidi aç",
  "signing_key.unlock.busy": "Kilid açılır…",
};
