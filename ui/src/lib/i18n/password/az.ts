import type { Plural } from "../types";
import type { enPassword } from "./en";

export const azPassword: {
  [K in keyof typeof enPassword]: (typeof enPassword)[K] extends string ? string : Plural;
} = {
  "password.title": "Mənim şifrəm",
  "password.intro": "Sistemə daxil olduğunuz şifrə. Başqalarının tapa bilməyəcəyi şifrə seçin.",
  "password.introNone":
    "Hesabınızın hələ şifrəsi yoxdur, ona görə reyestr girişsiz açılır. Başqaları üçün hesab əlavə etməzdən əvvəl şifrə təyin edin.",
  "password.current": "Cari şifrə",
  "password.new": "Yeni şifrə",
  "password.newHint": "Ən azı {min} simvol.",
  "password.again": "Yeni şifrəni təkrarlayın",
  "password.change": "Şifrəni dəyiş",
  "password.set": "Şifrə təyin et",
  "password.saved": "Şifrəniz dəyişdirildi.",
};
