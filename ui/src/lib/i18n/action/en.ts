import type { Plural } from "../types";

/** `action.*`: the things a role may or may not do, as a `not_allowed` reason names them; spread into each locale's catalogue. */
export const enAction = {
  "action.read": "viewing the register",
  "action.person_edit": "adding and editing staff",
  "action.organisation_edit": "adding and editing organisations",
  "action.plan_edit": "planning programmes, activities and sessions",
  "action.nominate": "nominating participants",
  "action.approve": "approving nominations",
  "action.attend": "recording attendance and results",
  "action.certificate_issue": "issuing certificates",
  "action.certificate_revoke": "revoking certificates",
  "action.certificate_print": "printing certificates",
  "action.export": "saving lists to files",
  "action.account_manage": "managing accounts",
  "action.key_manage": "managing signing keys",
  "action.maintain": "backing up and restoring the register",
  "action.mobility_edit": "arranging study visits",
  "action.travel_documents": "seeing and recording passports and visas",
} as const satisfies Record<string, string | Plural>;
