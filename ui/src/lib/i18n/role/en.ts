import type { Plural } from "../types";

/** `role.*`: the roles an account may have, and what each may do; spread into each locale's catalogue. */
export const enRole = {
  "role.administrator": "Administrator",
  "role.hr_officer": "HR officer",
  "role.trainer": "Trainer",
  "role.manager": "Manager",
  "role.viewer": "Viewer",
  "role.about.administrator":
    "May do everything: accounts and roles, signing keys, backups, and all the work of the other roles.",
  "role.about.hr_officer":
    "Keeps the register of staff and organisations, plans programmes, activities and sessions, and nominates participants.",
  "role.about.trainer":
    "Records attendance and results in the sessions of the trainer chosen for the account.",
  "role.about.manager":
    "Approves nominations, records attendance, and issues, prints and revokes certificates.",
  "role.about.viewer":
    "Reads plans, attendance and certificates and saves lists to files, but changes nothing.",
} as const satisfies Record<string, string | Plural>;
