import type { Plural } from "../types";

/** `accounts.*`: the accounts panel in Settings; spread into each locale's catalogue. */
export const enAccounts = {
  "accounts.title": "Accounts",
  "accounts.intro":
    "Who may sign in to this register, and with which role. Everyone can read the register; the role says what each person may change.",
  "accounts.add": "Add an account",
  "accounts.empty": "No accounts yet.",
  "accounts.listLabel": "Accounts",
  "accounts.editOf": "Edit account {name}",
  "accounts.formNew": "New account",
  "accounts.formEdit": "Edit account: {name}",
  "accounts.saved": "Account {name} saved.",
  "accounts.field.login": "Login",
  "accounts.field.name": "Name",
  "accounts.field.role": "Role",
  "accounts.field.trainer": "Trainer",
  "accounts.field.password": "Password",
  "accounts.field.newPassword": "New password",
  "accounts.field.disabled": "Disabled: this account cannot sign in",
  "accounts.loginHint":
    "What the person types to sign in: Latin letters, digits, “.”, “_” or “-”. It cannot be changed later.",
  "accounts.nameHint": "Shown on the screens and in the change log.",
  "accounts.passwordHint":
    "At least {min} characters. Tell it to the person; they can change it under Settings.",
  "accounts.resetHint":
    "Leave empty to keep the current password. A new one also unlocks a locked account.",
  "accounts.trainerHint": "The trainer whose sessions this account records attendance for.",
  "accounts.noTrainers": "There are no trainers yet: add the trainer under Trainers first.",
  "accounts.pickTrainer": "Choose a trainer…",
  "accounts.you": "you",
  "accounts.state.disabled": "Disabled",
  "accounts.state.locked": "Locked until {until}",
  "accounts.state.noPassword": "No password",
  "accounts.ownPasswordFirst":
    "Before adding accounts, set your own password under “My password” below. From the second account on, everyone, you too, signs in with a login and password.",
} as const satisfies Record<string, string | Plural>;
