import type { Plural } from "../types";
import type { enAccounts } from "./en";

export const ruAccounts: {
  [K in keyof typeof enAccounts]: (typeof enAccounts)[K] extends string ? string : Plural;
} = {
  "accounts.title": "Учётные записи",
  "accounts.intro":
    "Кто и с какой ролью может входить в этот реестр. Просматривать реестр могут все; что можно изменять, определяет роль.",
  "accounts.add": "Добавить учётную запись",
  "accounts.empty": "Учётных записей пока нет.",
  "accounts.listLabel": "Учётные записи",
  "accounts.editOf": "Изменить учётную запись: {name}",
  "accounts.formNew": "Новая учётная запись",
  "accounts.formEdit": "Изменение учётной записи: {name}",
  "accounts.saved": "Учётная запись {name} сохранена.",
  "accounts.field.login": "Логин",
  "accounts.field.name": "Имя",
  "accounts.field.role": "Роль",
  "accounts.field.trainer": "Тренер",
  "accounts.field.password": "Пароль",
  "accounts.field.newPassword": "Новый пароль",
  "accounts.field.disabled": "Отключена: с этой учётной записью войти нельзя",
  "accounts.loginHint":
    "Его вводят при входе: латинские буквы, цифры, «.», «_» или «-». Изменить его потом нельзя.",
  "accounts.nameHint": "Показывается на экранах и в журнале изменений.",
  "accounts.passwordHint":
    "Не менее {min} символов. Сообщите пароль владельцу учётной записи: он сможет сменить его в «Настройках».",
  "accounts.resetHint":
    "Оставьте пустым, чтобы сохранить текущий пароль. Новый пароль также разблокирует заблокированную учётную запись.",
  "accounts.trainerHint": "Тренер, на чьих занятиях эта учётная запись отмечает посещаемость.",
  "accounts.noTrainers": "Тренеров пока нет: сначала добавьте тренера в разделе «Тренеры».",
  "accounts.pickTrainer": "Выберите тренера…",
  "accounts.you": "это вы",
  "accounts.state.disabled": "Отключена",
  "accounts.state.locked": "Заблокирована до {until}",
  "accounts.state.noPassword": "Без пароля",
  "accounts.ownPasswordFirst":
    "Прежде чем добавлять учётные записи, задайте свой пароль ниже, в разделе «Мой пароль». Начиная со второй учётной записи все, и вы тоже, входят по логину и паролю.",
};
