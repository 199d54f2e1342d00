import type { ApiError, Reason } from "$lib/api/error";
import type { FieldError } from "$lib/api/fieldError";
import type { TextKey } from "./catalogue";
import { fieldLabelKey } from "./fieldLabel";
import { formatDate, t } from "./index.svelte";

// Every reason the Rust side can send has a message: this line stops the type check (and so CI)
// when a `reason.<key>` is missing from the catalogue.
type MissingReasonMessages = Exclude<`reason.${Reason["key"]}`, TextKey>;
const everyReasonHasAMessage: [MissingReasonMessages] extends [never]
  ? true
  : MissingReasonMessages = true;
void everyReasonHasAMessage;

// The error codes the Rust side sends (crates/api/src/error.rs ErrorCode) plus the UI's own.
const HEADINGS: Record<ApiError["code"], TextKey> = {
  invalid: "error.invalid",
  invalid_input: "error.invalid_input",
  internal: "error.unknown",
  not_found: "error.not_found",
  duplicate: "error.duplicate",
  schedule_conflict: "error.schedule_conflict",
  stale: "error.stale",
  already_imported: "error.already_imported",
  import_rejected: "error.import_rejected",
  file: "error.file",
  refused: "error.refused",
  storage: "error.storage",
  damaged: "error.damaged",
  locked: "error.locked",
  cancelled: "error.cancelled",
  sign_in: "error.sign_in",
  forbidden: "error.forbidden",
  unreachable: "error.unreachable",
};

/** The catalogue key of an error's heading. */
export function errorKey(code: string): TextKey {
  return HEADINGS[code as ApiError["code"]] ?? "error.unknown";
}

/** A stored value the catalogue names (a status, a record kind), or the value itself. */
function named(prefixes: string[], value: string): string {
  for (const p of prefixes) {
    const label = fieldLabelKey(value, `${p}.`);
    if (label) return t(label);
  }
  return value;
}

// The reasons about a study visit or an internship: their statuses are a visit's (or a
// placement's), their days are days.
const VISIT_REASONS = new Set<Reason["key"]>([
  "outside_visit_dates",
  "host_not_accepted",
  "amendment_reason_required",
  "already_away",
  "outside_placement_dates",
  "evaluation_before_start",
]);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** A day ("2027-04-12") or a wall time ("2027-04-12T10:00") in the current language. */
function when(value: string): string {
  const minute = ISO_MINUTE.exec(value);
  if (minute) return `${formatDate(minute[1])} ${minute[2]}`;
  return ISO_DAY.test(value) ? formatDate(value) : value;
}

/** The parameters a reason's message fills in, made readable in the current language. */
function params(reason: Reason): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const visit = VISIT_REASONS.has(reason.key);
  for (const [name, value] of Object.entries(reason)) {
    if (name === "key") continue;
    if (Array.isArray(value)) out[name] = value.join(", ");
    else if (name === "field") out[name] = named(["field"], String(value));
    else if (name === "entity") out[name] = named(["reason.entity"], String(value));
    else if (name === "action") out[name] = named(["action"], String(value));
    else if (visit && (name === "when" || name === "from" || name === "to" || name === "start"))
      out[name] = when(String(value));
    else if (visit && name === "status")
      out[name] = named(["visit.state", "internship.state"], String(value));
    else if (visit && name === "host") out[name] = named(["visit.host"], String(value));
    else if (name === "status" || name === "from" || name === "to")
      out[name] = named(
        ["activity.status", "enrolment.status", "visit.state", "internship.state"],
        String(value),
      );
    else out[name] = value as string | number;
  }
  return out;
}

/** A reason in the current language. */
export function describeReason(reason: Reason): string {
  if (reason.key === "storage" && reason.log === "") return t("reason.storage_unlogged");
  return t(`reason.${reason.key}` as TextKey, params(reason));
}

/**
 * A field's name in the current language, or null for one the catalogue does not name. An item
 * of a list (`programme.2.starts_local`) is named with its list and position.
 */
export function fieldName(field: string): string | null {
  const item = /^([a-z_]+)\.(\d+)\.([a-z_]+)$/.exec(field);
  if (item) {
    const [list, inner] = [fieldLabelKey(item[1]), fieldLabelKey(item[3])];
    if (!list || !inner) return null;
    return t("field.item", { field: t(inner), list: t(list), n: Number(item[2]) });
  }
  const label = fieldLabelKey(field);
  return label ? t(label) : null;
}

/** An error's explanation in the current language, with the field it is about when it names one. */
export function describeError(e: ApiError): string {
  const text = describeReason(e.reason);
  const label = e.field ? fieldName(e.field) : null;
  return label ? `${label}: ${text}` : text;
}

/** A form field's error in the current language, or "" for none. */
export function describeFieldError(e: FieldError | undefined): string {
  if (!e) return "";
  return "key" in e ? t(e.key, e.params) : describeReason(e.reason);
}
