import type { Plural } from "../types";
import type { enConnect } from "./en";

export const ruConnect: {
  [K in keyof typeof enConnect]: (typeof enConnect)[K] extends string ? string : Plural;
} = {
  "connect.title": "Подключение к командной базе данных",
  "connect.server": "Это рабочее место работает с командной базой данных {server}.",
  "connect.failed": "Командная база данных не открылась.",
  "connect.needsPassword": "Чтобы подключиться, введите свой пароль на сервере.",
  "connect.connect": "Подключиться",
  "connect.changeSettings": "Изменить настройки сервера",
  "connect.useFile": "Открыть собственный реестр рабочего места",
  "connect.useFileHint":
    "Только на этот раз: при следующем запуске Malaka снова попробует подключиться к командной базе данных.",
};
