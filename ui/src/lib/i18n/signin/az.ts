import type { Plural } from "../types";
import type { enSignin } from "./en";

export const azSignin: {
  [K in keyof typeof enSignin]: (typeof enSignin)[K] extends string ? string : Plural;
} = {
  "signin.title": "Sistemə giriş",
  "signin.intro": "Administratorun sizə verdiyi login və şifrə ilə daxil olun.",
  "signin.login": "Login",
  "signin.password": "Şifrə",
  "signin.submit": "Daxil ol",
  "signin.submitting": "Daxil olunur…",
  "signin.missing": "Login və şifrəni daxil edin.",
  "signin.forgot": "Şifrəni unutmusunuz? Administrator sizə yenisini təyin edə bilər.",
  "signin.signOut": "Hesabdan çıx",
};
