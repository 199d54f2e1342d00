import type { Plural } from "../types";
import type { enAccounts } from "./en";

export const azAccounts: {
  [K in keyof typeof enAccounts]: (typeof enAccounts)[K] extends string ? string : Plural;
} = {
  "accounts.title": "Hesablar",
  "accounts.intro":
    "Bu reyestrə kim və hansı rolla daxil ola bilər. Reyestrə hamı baxa bilər; nəyi dəyişmək olar, onu rol müəyyən edir.",
  "accounts.add": "Hesab əlavə et",
  "accounts.empty": "Hələ hesab yoxdur.",
  "accounts.listLabel": "Hesablar",
  "accounts.editOf": "Hesabı redaktə et: {name}",
  "accounts.formNew": "Yeni hesab",
  "accounts.formEdit": "Hesabın redaktəsi: {name}",
  "accounts.saved": "{name} hesabı yadda saxlanıldı.",
  "accounts.field.login": "Login",
  "accounts.field.name": "Ad",
  "accounts.field.role": "Rol",
  "accounts.field.trainer": "Təlimçi",
  "accounts.field.password": "Şifrə",
  "accounts.field.newPassword": "Yeni şifrə",
  "accounts.field.disabled": "Deaktiv edilib: bu hesabla daxil olmaq olmaz",
  "accounts.loginHint":
    "Daxil olarkən yazılan ad: latın hərfləri, rəqəmlər, «.», «_» və ya «-». Sonra onu dəyişmək olmaz.",
  "accounts.nameHint": "Ekranlarda və dəyişikliklər jurnalında göstərilir.",
  "accounts.passwordHint":
    "Ən azı {min} simvol. Onu hesabın sahibinə bildirin; o, şifrəni «Parametrlər» bölməsində dəyişə bilər.",
  "accounts.resetHint":
    "Cari şifrəni saxlamaq üçün boş buraxın. Yeni şifrə kilidlənmiş hesabı da açır.",
  "accounts.trainerHint": "Bu hesabın davamiyyəti qeyd etdiyi məşğələlərin təlimçisi.",
  "accounts.noTrainers":
    "Hələ təlimçi yoxdur: əvvəlcə təlimçini «Təlimçilər» bölməsində əlavə edin.",
  "accounts.pickTrainer": "Təlimçi seçin…",
  "accounts.you": "siz",
  "accounts.state.disabled": "Deaktiv edilib",
  "accounts.state.locked": "{until} tarixinədək kilidlənib",
  "accounts.state.noPassword": "Şifrə yoxdur",
  "accounts.ownPasswordFirst":
    "Hesab əlavə etməzdən əvvəl aşağıda, «Mənim şifrəm» bölməsində öz şifrənizi təyin edin. İkinci hesabdan başlayaraq hamı, siz də, login və şifrə ilə daxil olur.",
};
