import { normaliseError, type ApiError } from "$lib/api/error";
import type { AttendanceMark, NewMark, SavedMark } from "$lib/api/types";
import { cellKey, normalised, sameValue, splitKey, valueOf, type CellValue } from "./cells";

export type SaveState = "saved" | "pending" | "saving" | "error";

export type SaveFn = (marks: NewMark[]) => Promise<SavedMark[]>;

export type QueueOptions = {
  save: SaveFn;
  /** How long after the last change the queue saves. */
  delayMs?: number;
  /** Anything visible changed: values, state or error. */
  onChange?: () => void;
  onSaved?: (saved: SavedMark[]) => void;
  /** A save failed; `keys` are the cells rolled back to their saved marks. */
  onFailed?: (error: ApiError, keys: string[]) => void;
};

type Change = { value: CellValue; reason: string | null };

export const SAVE_DELAY_MS = 400;

/**
 * Optimistic saving of marks. A change shows at once and waits in a queue; 400 ms after the last
 * one the whole queue goes to Rust in one call. Never two saves at a time: a flush waits for the
 * one running. Each mark names the version last saved, so a change made elsewhere is refused
 * ("stale") rather than overwritten. A failed save puts its cells back to their saved marks.
 */
export class MarkQueue {
  private saved = new Map<string, AttendanceMark>();
  private pending = new Map<string, Change>();
  private inFlight = new Map<string, Change>();
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastError: ApiError | null = null;
  private readonly delayMs: number;
  /** Saves that succeeded so far, and which of them last wrote each cell (for `refresh`). */
  private saves = 0;
  private savedBy = new Map<string, number>();

  constructor(private readonly opts: QueueOptions) {
    this.delayMs = opts.delayMs ?? SAVE_DELAY_MS;
  }

  /** Starts again from a freshly loaded roll: waiting changes are dropped. */
  reset(marks: AttendanceMark[]): void {
    clearTimeout(this.timer);
    this.pending.clear();
    this.saved = new Map(marks.map((m) => [cellKey(m.person_id, m.session_id), m]));
    this.changed();
  }

  /**
   * Takes in marks loaded again while the roll is open (another desk changed it), asked for when
   * `saveCount` was `since`. A cell with a change waiting or on its way keeps it, and keeps the
   * version it was made against, so saving it reports the conflict instead of overwriting the
   * other desk's mark; a cell this desk saved after the marks were asked for keeps what the save
   * answered. Every other cell takes the loaded mark. Returns the cells whose saved mark changed.
   */
  refresh(marks: AttendanceMark[], since: number): string[] {
    const loaded = new Map(marks.map((m) => [cellKey(m.person_id, m.session_id), m]));
    const changed: string[] = [];
    for (const key of new Set([...this.saved.keys(), ...loaded.keys()])) {
      if (this.pending.has(key) || this.inFlight.has(key)) continue;
      if ((this.savedBy.get(key) ?? 0) > since) continue;
      const mark = loaded.get(key);
      if (this.saved.get(key)?.version === mark?.version) continue;
      if (mark) this.saved.set(key, mark);
      else this.saved.delete(key);
      changed.push(key);
    }
    if (changed.length > 0) this.changed();
    return changed;
  }

  /** How many saves have succeeded: what a reload asked for now passes to `refresh`. */
  get saveCount(): number {
    return this.saves;
  }

  /** The mark as last saved (what the next save names as its expected version). */
  savedMark(key: string): AttendanceMark | undefined {
    return this.saved.get(key);
  }

  /** What the cell shows: the newest change, saved or not. */
  value(key: string): CellValue {
    return (this.pending.get(key) ?? this.inFlight.get(key))?.value ?? valueOf(this.saved.get(key));
  }

  get state(): SaveState {
    if (this.running) return "saving";
    if (this.pending.size > 0) return "pending";
    return this.lastError ? "error" : "saved";
  }

  get error(): ApiError | null {
    return this.lastError;
  }

  /** Whether anything is waiting or being saved. */
  get busy(): boolean {
    return this.running !== null || this.pending.size > 0;
  }

  /** Shows a change at once and saves it with the next flush. */
  set(key: string, value: CellValue, reason: string | null = null): void {
    const v = normalised(value);
    const base = this.inFlight.get(key)?.value ?? valueOf(this.saved.get(key));
    if (sameValue(v, base) && !reason) this.pending.delete(key);
    else this.pending.set(key, { value: v, reason: reason?.trim() || null });
    clearTimeout(this.timer);
    if (this.pending.size > 0) this.timer = setTimeout(() => void this.flush(), this.delayMs);
    this.changed();
  }

  /** Saves what is waiting now (after the save already running, if any). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.inFlight = batch;
    const marks = [...batch].map(([key, change]) => this.newMark(key, change));
    this.running = this.send(marks, batch);
    this.changed();
    await this.running;
  }

  /** Stops the timer; what waits is saved at once. */
  dispose(): Promise<void> {
    return this.flush();
  }

  private newMark(key: string, { value, reason }: Change): NewMark {
    const { personId, sessionId } = splitKey(key);
    const mark: NewMark = {
      session_id: sessionId,
      person_id: personId,
      status: value.status,
      minutes_late: value.minutes_late,
      note: value.note,
      expected_version: this.saved.get(key)?.version ?? 0,
    };
    if (reason) mark.reason = reason;
    return mark;
  }

  private async send(marks: NewMark[], batch: Map<string, Change>): Promise<void> {
    try {
      const result = await this.opts.save(marks);
      this.saves++;
      for (const s of result) {
        const key = cellKey(s.person_id, s.session_id);
        if (s.mark) this.saved.set(key, s.mark);
        else this.saved.delete(key);
        this.savedBy.set(key, this.saves);
      }
      this.lastError = null;
      this.inFlight = new Map();
      this.running = null;
      this.opts.onSaved?.(result);
    } catch (e) {
      const keys = [...batch.keys()];
      // Later changes to the same cells built on what was just refused: drop them too.
      for (const key of keys) this.pending.delete(key);
      this.lastError = normaliseError(e);
      this.inFlight = new Map();
      this.running = null;
      this.opts.onFailed?.(this.lastError, keys);
    } finally {
      this.running = null;
      this.changed();
    }
  }

  private changed(): void {
    this.opts.onChange?.();
  }
}
