import type { Plural } from "../types";
import type { enSignin } from "./en";

export const ruSignin: {
  [K in keyof typeof enSignin]: (typeof enSignin)[K] extends string ? string : Plural;
} = {
  "signin.title": "Вход в систему",
  "signin.intro": "Введите логин и пароль, которые вам выдал администратор.",
  "signin.login": "Логин",
  "signin.password": "Пароль",
  "signin.submit": "Войти",
  "signin.submitting": "Выполняется вход…",
  "signin.missing": "Введите логин и пароль.",
  "signin.forgot": "Забыли пароль? Администратор может задать вам новый.",
  "signin.signOut": "Выйти",
};
