import type { ApiError } from "$lib/api/error";
import type { AttendanceStatus, Roll, SavedMark, Session } from "$lib/api/types";
import { cellKey, sameValue, withStatus, type CellValue } from "./cells";
import { MarkQueue, type SaveFn, type SaveState } from "./queue";
import { UndoStack, type Edit } from "./undo";

/** What a roll screen renders: every cell's value, and how saving is going. */
export type EditorView = {
  cells: Record<string, CellValue>;
  state: SaveState;
  error: ApiError | null;
  canUndo: boolean;
};

export type EditorOptions = {
  save: SaveFn;
  delayMs?: number;
  /** A save was refused because a mark changed elsewhere: load the roll again and `replace` it. */
  onStale?: () => void;
  onSaved?: (saved: SavedMark[]) => void;
  /** Whether marks may be recorded in a session (all, without it); the others are only read. */
  mayMark?: (session: Session) => boolean;
};

/**
 * A roll being marked: the roll's people and sessions, the save queue and the undo history.
 * Locked people (a certificate rests on their marks) and the sessions `mayMark` refuses (another
 * trainer's, to a trainer's account) are never changed.
 */
export class RollEditor {
  private readonly queue: MarkQueue;
  private readonly undoStack = new UndoStack();
  private readonly listeners = new Set<() => void>();
  private roll: Roll;
  private locked = new Set<string>();
  private readonly mayMark: (session: Session) => boolean;

  constructor(roll: Roll, opts: EditorOptions) {
    this.roll = roll;
    this.mayMark = opts.mayMark ?? (() => true);
    this.locked = lockedPeople(roll);
    this.queue = new MarkQueue({
      save: opts.save,
      delayMs: opts.delayMs,
      onChange: () => this.notify(),
      onSaved: opts.onSaved,
      onFailed: (error, keys) => {
        this.undoStack.forget(keys);
        if (error.code === "stale") opts.onStale?.();
      },
    });
    this.queue.reset(roll.marks);
  }

  /** A freshly loaded roll replaces this one; waiting changes and the undo history go. */
  replace(roll: Roll): void {
    this.roll = roll;
    this.locked = lockedPeople(roll);
    this.undoStack.clear();
    this.queue.reset(roll.marks);
  }

  /**
   * The same roll loaded again while it is being marked (another desk changed it), asked for when
   * `saveCount` was `since`: the marks not changed here follow it, the changes waiting here stay
   * (see MarkQueue.refresh), and undo forgets the cells that changed underneath it, so an undo
   * never puts back a mark over another desk's newer one. Returns whether the marks, the people
   * or the sessions shown changed.
   */
  refresh(roll: Roll, since: number): boolean {
    const before = this.roll;
    this.roll = roll;
    this.locked = lockedPeople(roll);
    const changed = this.queue.refresh(roll.marks, since);
    this.undoStack.forget(changed);
    this.notify();
    return changed.length > 0 || !sameRows(before, roll);
  }

  /** How many saves have succeeded; a reload asked for now hands it to `refresh`. */
  get saveCount(): number {
    return this.queue.saveCount;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  view(): EditorView {
    const cells: Record<string, CellValue> = {};
    for (const p of this.roll.people) {
      for (const s of this.roll.sessions) {
        const key = cellKey(p.person_id, s.session.id);
        cells[key] = this.queue.value(key);
      }
    }
    return {
      cells,
      state: this.queue.state,
      error: this.queue.error,
      canUndo: this.undoStack.size > 0,
    };
  }

  value(personId: string, sessionId: string): CellValue {
    return this.queue.value(cellKey(personId, sessionId));
  }

  /** The saved mark's version, for showing whether a mark was recorded before. */
  isRecorded(personId: string, sessionId: string): boolean {
    return this.queue.savedMark(cellKey(personId, sessionId)) !== undefined;
  }

  isLocked(personId: string): boolean {
    return this.locked.has(personId);
  }

  /** Whether the session's marks are only read (`mayMark` refuses it). */
  isReadOnly(sessionId: string): boolean {
    const s = this.roll.sessions.find((r) => r.session.id === sessionId);
    return s !== undefined && !this.mayMark(s.session);
  }

  /** A key press: sets (or with null clears) one cell's status. */
  mark(personId: string, sessionId: string, status: AttendanceStatus | null): void {
    const before = this.value(personId, sessionId);
    this.change([{ personId, sessionId, value: withStatus(before, status) }]);
  }

  /** The detail panel: status, minutes, note, and why a recorded mark changes. */
  apply(personId: string, sessionId: string, value: CellValue, reason: string | null): void {
    this.change([{ personId, sessionId, value }], reason);
  }

  /**
   * Marks every empty cell present (of the sessions it may mark), in one undoable step; returns
   * how many it marked.
   */
  markAllUnmarked(status: AttendanceStatus = "present"): number {
    const changes = [];
    for (const p of this.roll.people) {
      for (const s of this.roll.sessions) {
        if (this.value(p.person_id, s.session.id).status === null) {
          changes.push({
            personId: p.person_id,
            sessionId: s.session.id,
            value: withStatus({ status: null, minutes_late: null, note: null }, status),
          });
        }
      }
    }
    return this.change(changes);
  }

  /** Takes back the latest action; false when there was nothing to undo. */
  undo(): boolean {
    const edits = this.undoStack.pop();
    if (!edits) return false;
    for (const e of edits) this.queue.set(e.key, e.before);
    this.notify();
    return true;
  }

  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** Leaving the screen: whatever waits is saved now. */
  dispose(): Promise<void> {
    this.listeners.clear();
    return this.queue.dispose();
  }

  private change(
    changes: { personId: string; sessionId: string; value: CellValue }[],
    reason: string | null = null,
  ): number {
    const edits: Edit[] = [];
    for (const c of changes) {
      if (this.isLocked(c.personId) || this.isReadOnly(c.sessionId)) continue;
      const key = cellKey(c.personId, c.sessionId);
      const before = this.queue.value(key);
      if (sameValue(before, c.value) && !reason) continue;
      this.queue.set(key, c.value, reason);
      edits.push({ key, before, after: this.queue.value(key) });
    }
    this.undoStack.push(edits);
    this.notify();
    return edits.length;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

/**
 * Whether two loads of a roll list the same people, and the same sessions at the same times.
 * Locks are left out: they change when this desk issues certificates too, and a reload then is no
 * news from another desk.
 */
function sameRows(a: Roll, b: Roll): boolean {
  const rows = (r: Roll) =>
    JSON.stringify([
      r.people.map((p) => p.person_id),
      r.sessions.map(({ session: s }) => [s.id, s.starts_local, s.ends_local, s.status]),
    ]);
  return rows(a) === rows(b);
}

function lockedPeople(roll: Roll): Set<string> {
  return new Set(roll.people.filter((p) => p.locked_by).map((p) => p.person_id));
}
