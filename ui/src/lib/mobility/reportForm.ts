// The report written after a visit: what was learned, and the follow-up actions with their
// owners, due dates and whether they are done.
import type { FieldError, FieldErrors } from "$lib/api/fieldError";
import type { ApiError } from "$lib/api/error";
import type { NewVisitReport, VisitReport } from "$lib/api/types";
import { itemField } from "./nested";

export type FollowUpValues = { action: string; owner: string; due_on: string; done: boolean };
export type ReportFormValues = { learned: string; follow_ups: FollowUpValues[] };

export const FOLLOW_UP_FIELDS = ["action", "owner", "due_on"] as const;
export type FollowUpField = (typeof FOLLOW_UP_FIELDS)[number];

/** The report's problems: about the text, and about each follow-up by its position. */
export type ReportErrors = {
  learned?: FieldError;
  follow_ups: Record<number, FieldErrors<FollowUpField>>;
};

export const emptyFollowUp = (): FollowUpValues => ({
  action: "",
  owner: "",
  due_on: "",
  done: false,
});

export function reportToForm(r: VisitReport | null): ReportFormValues {
  return {
    learned: r?.learned ?? "",
    follow_ups: (r?.follow_ups ?? []).map((f) => ({
      action: f.action,
      owner: f.owner,
      due_on: f.due_on ?? "",
      done: f.done,
    })),
  };
}

const blank = (f: FollowUpValues) =>
  f.action.trim() === "" && f.owner.trim() === "" && f.due_on.trim() === "" && !f.done;

/** The follow-ups that are sent: a row left entirely empty is dropped. */
export const keptFollowUps = (v: ReportFormValues): FollowUpValues[] =>
  v.follow_ups.filter((f) => !blank(f));

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks made before saving; the follow-ups by their position among those kept. */
export function checkReport(v: ReportFormValues): ReportErrors {
  const errors: ReportErrors = { follow_ups: {} };
  if (v.learned.trim() === "") errors.learned = { key: "validation.required" };
  keptFollowUps(v).forEach((f, i) => {
    const row: FieldErrors<FollowUpField> = {};
    if (f.action.trim() === "") row.action = { key: "validation.required" };
    if (f.owner.trim() === "") row.owner = { key: "validation.required" };
    if (f.due_on.trim() !== "" && !DATE.test(f.due_on.trim()))
      row.due_on = { key: "validation.date" };
    if (Object.keys(row).length > 0) errors.follow_ups[i] = row;
  });
  return errors;
}

export function hasReportErrors(e: ReportErrors): boolean {
  return e.learned !== undefined || Object.keys(e.follow_ups).length > 0;
}

export function formToReport(v: ReportFormValues): NewVisitReport {
  return {
    learned: v.learned.trim(),
    follow_ups: keptFollowUps(v).map((f) => ({
      action: f.action.trim(),
      owner: f.owner.trim(),
      due_on: f.due_on.trim() === "" ? null : f.due_on.trim(),
      done: f.done,
    })),
  };
}

/** A server refusal placed beside its field (`learned`, `follow_ups.N.owner`), or null. */
export function placeReportError(e: ApiError): ReportErrors | null {
  if (e.field === "learned") return { learned: { reason: e.reason }, follow_ups: {} };
  const at = itemField(e.field);
  if (!at || at.list !== "follow_ups") return null;
  if (!(FOLLOW_UP_FIELDS as readonly string[]).includes(at.field)) return null;
  return { follow_ups: { [at.n - 1]: { [at.field]: { reason: e.reason } } } };
}
