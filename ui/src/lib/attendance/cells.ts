import type { AttendanceMark, AttendanceStatus } from "$lib/api/types";

/** What one cell of a roll shows: a mark, or nothing (`status: null`). */
export type CellValue = {
  status: AttendanceStatus | null;
  minutes_late: number | null;
  note: string | null;
};

export const STATUSES: readonly AttendanceStatus[] = ["present", "late", "absent", "excused"];

export const EMPTY: CellValue = Object.freeze({ status: null, minutes_late: null, note: null });

/** A cell's key: ids are UUIDs, which never contain "|". */
export const cellKey = (personId: string, sessionId: string) => `${personId}|${sessionId}`;

export function splitKey(key: string): { personId: string; sessionId: string } {
  const [personId, sessionId] = key.split("|");
  return { personId, sessionId };
}

export function valueOf(mark: AttendanceMark | null | undefined): CellValue {
  if (!mark) return EMPTY;
  return { status: mark.status, minutes_late: mark.minutes_late, note: mark.note };
}

/** Drops what a status cannot carry: minutes only when late, no note on a cleared cell. */
export function normalised(v: CellValue): CellValue {
  if (v.status === null) return EMPTY;
  const note = v.note?.trim() ? v.note.trim() : null;
  return { status: v.status, minutes_late: v.status === "late" ? v.minutes_late : null, note };
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  const x = normalised(a);
  const y = normalised(b);
  return x.status === y.status && x.minutes_late === y.minutes_late && x.note === y.note;
}

/** A keyboard mark: the new status, keeping the note (and the minutes while still late). */
export function withStatus(v: CellValue, status: AttendanceStatus | null): CellValue {
  if (status === null) return EMPTY;
  return normalised({ ...v, status });
}
