import type { Plural } from "../types";
import type { enSignin } from "./en";

export const uzCyrlSignin: {
  [K in keyof typeof enSignin]: (typeof enSignin)[K] extends string ? string : Plural;
} = {
  "signin.title": "Тизимга кириш",
  "signin.intro": "Администратор сизга берган логин ва парол билан тизимга киринг.",
  "signin.login": "Логин",
  "signin.password": "Парол",
  "signin.submit": "Кириш",
  "signin.submitting": "Тизимга кирилмоқда…",
  "signin.missing": "Логин ва паролни киритинг.",
  "signin.forgot": "Паролни унутдингизми? Администратор сизга янгисини ўрнатиб бера олади.",
  "signin.signOut": "Тизимдан чиқиш",
};
