// A delegation member's form: a person from the register or someone from outside it, their role,
// the invitation's date, and (for the roles that see travel papers) the passport's expiry.
import type { FieldErrors } from "$lib/api/fieldError";
import type {
  DelegationRole,
  NewVisaEvent,
  NewVisitMember,
  VisaStatus,
  VisitMember,
  VisitStatus,
} from "$lib/api/types";
import type { PickedPerson } from "$lib/settings/trainerForm";

/** A member from the register (named by it) or from outside it (named here). */
export type MemberKind = "register" | "outsider";
export const MEMBER_KINDS: readonly MemberKind[] = ["register", "outsider"];

/** The form's fields, named as `ApiError.field` names them. */
export const MEMBER_FIELDS = [
  "person",
  "name",
  "organisation",
  "role",
  "invitation_sent_on",
  "passport_valid_until",
  "reason",
] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

export type MemberFormValues = {
  kind: MemberKind;
  person: PickedPerson | null;
  name: string;
  organisation: string;
  role: DelegationRole;
  invitation_sent_on: string;
  passport_valid_until: string;
  reason: string;
};

/** The form for a new member (null) or filled from one. */
export function memberToForm(m: VisitMember | null): MemberFormValues {
  const outsider = m !== null && m.person_id === null;
  return {
    kind: outsider ? "outsider" : "register",
    person: m?.person_id ? { id: m.person_id, name: m.name } : null,
    name: outsider ? m.name : "",
    organisation: outsider ? (m.organisation ?? "") : "",
    role: m?.role ?? "member",
    invitation_sent_on: m?.invitation_sent_on ?? "",
    passport_valid_until: m?.papers?.passport_valid_until ?? "",
    reason: "",
  };
}

/**
 * Whether saving `v` over member `before` (null: adding) is an amendment the server asks a reason
 * for: adding, or changing the name, organisation or role (an invitation or passport date is a
 * fact, not a change of the delegation).
 */
export function memberChangeIsAmendment(before: VisitMember | null, v: MemberFormValues): boolean {
  if (!before) return true;
  const input = formToMember(v, false);
  const name = before.person_id ? before.name : (input.name ?? "");
  const organisation = before.person_id ? before.organisation : (input.organisation ?? null);
  return name !== before.name || organisation !== before.organisation || v.role !== before.role;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks made before saving; `amending` is the visit's status when a reason is asked. */
export function checkMember(
  v: MemberFormValues,
  amending: VisitStatus | null,
): FieldErrors<MemberField> {
  const errors: FieldErrors<MemberField> = {};
  if (v.kind === "register" && !v.person) errors.person = { key: "trainers.pickPerson" };
  if (v.kind === "outsider" && v.name.trim() === "") {
    errors.name = { reason: { key: "member_needs_name" } };
  }
  for (const f of ["invitation_sent_on", "passport_valid_until"] as const) {
    const d = v[f].trim();
    if (d !== "" && !DATE.test(d)) errors[f] = { key: "validation.date" };
  }
  if (amending && v.reason.trim() === "") {
    errors.reason = { reason: { key: "amendment_reason_required", status: amending } };
  }
  return errors;
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

/**
 * The member as the API takes it. A register person is sent by id alone (the register names
 * them); the passport's date only by who may see travel papers (`papers`), as the server sets
 * it to whatever such a role sends.
 */
export function formToMember(v: MemberFormValues, papers: boolean): NewVisitMember {
  const register = v.kind === "register";
  return {
    person_id: register ? (v.person?.id ?? null) : null,
    name: register ? null : orNull(v.name),
    organisation: register ? null : orNull(v.organisation),
    role: v.role,
    invitation_sent_on: orNull(v.invitation_sent_on),
    passport_valid_until: papers ? orNull(v.passport_valid_until) : null,
  };
}

/** The visa form: a status as of a day, with a note. */
export const VISA_FIELDS = ["status", "on", "note"] as const;
export type VisaField = (typeof VISA_FIELDS)[number];
export type VisaFormValues = { status: VisaStatus | ""; on: string; note: string };

/** A new visa record: today, the status after the member's latest one. */
export function emptyVisa(today: string, latest: VisaStatus | null = null): VisaFormValues {
  const next: Partial<Record<VisaStatus, VisaStatus>> = {
    documents_requested: "applied",
    applied: "issued",
  };
  return { status: latest ? (next[latest] ?? "") : "", on: today, note: "" };
}

export function checkVisa(v: VisaFormValues): FieldErrors<VisaField> {
  const errors: FieldErrors<VisaField> = {};
  if (v.status === "") errors.status = { key: "validation.required" };
  const on = v.on.trim();
  if (on === "") errors.on = { key: "validation.required" };
  else if (!DATE.test(on)) errors.on = { key: "validation.date" };
  return errors;
}

export function formToVisa(v: VisaFormValues): NewVisaEvent {
  return { status: v.status === "" ? null : v.status, on: v.on.trim(), note: orNull(v.note) };
}
