// The audit log's filters: as the inputs hold them, and as `audit_page` takes them.
import type { AuditFilter } from "$lib/api/audit";
import { isIsoDate } from "$lib/i18n/dateInput";

/** Lines a page holds (the server's default; it takes 1 to 1,000). */
export const AUDIT_PAGE_SIZE = 200;

/** The filters as the inputs hold them: "" for "any". */
export type AuditFilterValues = {
  /** Who acted: the account's name as recorded. */
  actor: string;
  /** An action code, e.g. `person.update`. */
  action: string;
  /** A kind of record, e.g. `person`. */
  entity: string;
  /** One record's id. */
  record: string;
  /** Words in the summary. */
  text: string;
  /** ISO days on this computer's clock; a date field holds the typed text while it is not one. */
  from: string;
  to: string;
};

/** Everything, all time. */
export function emptyAuditFilter(): AuditFilterValues {
  return { actor: "", action: "", entity: "", record: "", text: "", from: "", to: "" };
}

const given = (s: string) => s.trim() || null;

/**
 * The filter as the log's commands take it: every "any" becomes null, the days are read on
 * `timeZone`'s clock (the reader's). No page: see `auditPageFilter`.
 */
export function auditFilterToApi(v: AuditFilterValues, timeZone: string | null): AuditFilter {
  return {
    actor: given(v.actor),
    action: given(v.action),
    entity: given(v.entity),
    entity_id: given(v.record),
    text: given(v.text),
    from: given(v.from),
    to: given(v.to),
    time_zone: timeZone,
  };
}

/** One page of `filter`: the newest lines, or those older than line `beforeId`. */
export function auditPageFilter(
  filter: AuditFilter,
  beforeId: number | null = null,
  limit = AUDIT_PAGE_SIZE,
): AuditFilter {
  return beforeId === null ? { ...filter, limit } : { ...filter, before_id: beforeId, limit };
}

/** Whether any filter narrows the log. */
export function isAuditNarrowed(v: AuditFilterValues): boolean {
  return Object.values(v).some((x) => x.trim() !== "");
}

/** Whether each date is empty or whole: nothing is asked while one is half typed. */
export function isAuditPeriodComplete(v: Pick<AuditFilterValues, "from" | "to">): boolean {
  return [v.from, v.to].every((d) => d === "" || isIsoDate(d));
}

/** One record's whole history: the other filters and the period are dropped. */
export function recordHistory(entity: string, id: string): AuditFilterValues {
  return { ...emptyAuditFilter(), entity, record: id };
}

/** A filter's codes, with the one chosen added when the log's facets did not name it (yet). */
export function withChosen(codes: readonly string[], chosen: string): string[] {
  return chosen === "" || codes.includes(chosen) ? [...codes] : [...codes, chosen];
}
