import type { Plural } from "../types";
import type { enSignin } from "./en";

export const uzLatnSignin: {
  [K in keyof typeof enSignin]: (typeof enSignin)[K] extends string ? string : Plural;
} = {
  "signin.title": "Tizimga kirish",
  "signin.intro": "Administrator sizga bergan login va parol bilan tizimga kiring.",
  "signin.login": "Login",
  "signin.password": "Parol",
  "signin.submit": "Kirish",
  "signin.submitting": "Tizimga kirilmoqda…",
  "signin.missing": "Login va parolni kiriting.",
  "signin.forgot": "Parolni unutdingizmi? Administrator sizga yangisini oʻrnatib bera oladi.",
  "signin.signOut": "Tizimdan chiqish",
};
