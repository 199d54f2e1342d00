// Audit log lines for tests.
import type { AuditEntry } from "$lib/api/audit";

/** A line of the log; `id` decides its time too, one minute a line. */
export function entry(id: number, extra: Partial<AuditEntry> = {}): AuditEntry {
  const at = new Date(Date.UTC(2027, 2, 10, 9, 0) + id * 60_000).toISOString();
  return {
    id,
    at,
    actor: "Administrator",
    action: "person.update",
    entity: "person",
    entity_id: `0190f0c2-0000-7000-8000-${String(id).padStart(12, "0")}`,
    summary: `edited Karimova Dilnoza: position «Bosh mutaxassis» → «Yetakchi mutaxassis» (${id})`,
    ...extra,
  };
}

/** Lines `from` down to `to`, newest first, as the log pages them. */
export function entries(from: number, to: number): AuditEntry[] {
  return Array.from({ length: from - to + 1 }, (_, i) => entry(from - i));
}
