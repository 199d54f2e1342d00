import type { Plural } from "../types";
import type { enPassword } from "./en";

export const ruPassword: {
  [K in keyof typeof enPassword]: (typeof enPassword)[K] extends string ? string : Plural;
} = {
  "password.title": "Мой пароль",
  "password.intro":
    "Пароль, с которым вы входите в систему. Выберите такой, который другие не угадают.",
  "password.introNone":
    "У вашей учётной записи пока нет пароля, поэтому реестр открывается без входа. Задайте пароль, прежде чем добавлять учётные записи для других.",
  "password.current": "Текущий пароль",
  "password.new": "Новый пароль",
  "password.newHint": "Не менее {min} символов.",
  "password.again": "Новый пароль ещё раз",
  "password.change": "Сменить пароль",
  "password.set": "Задать пароль",
  "password.saved": "Пароль изменён.",
};
