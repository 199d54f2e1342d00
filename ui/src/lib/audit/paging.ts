// The audit log's lines on screen: the first page, then older pages appended below it.
import type { AuditEntry, AuditPage } from "$lib/api/audit";

/** The lines shown, newest first, and whether older lines match the filter too. */
export type AuditRows = { rows: readonly AuditEntry[]; more: boolean };

/** A page as the first one shown. */
export function firstPage(page: AuditPage): AuditRows {
  return { rows: page.rows, more: page.more };
}

/**
 * An older page appended under the lines shown. A line already shown is not shown twice, and
 * the page says whether there are older ones still.
 */
export function appendPage(shown: AuditRows, page: AuditPage): AuditRows {
  const seen = new Set(shown.rows.map((r) => r.id));
  return { rows: [...shown.rows, ...page.rows.filter((r) => !seen.has(r.id))], more: page.more };
}

/** Where the next page starts: below the oldest line shown; null when there is none to ask for. */
export function olderThan(shown: AuditRows): number | null {
  if (!shown.more) return null;
  return shown.rows.at(-1)?.id ?? null;
}
