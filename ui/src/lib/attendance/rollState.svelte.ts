import type { ApiError } from "$lib/api/error";
import { attendanceMark } from "$lib/api/attendance";
import type { Roll, SavedMark } from "$lib/api/types";
import { OtherDesks } from "$lib/changes/otherDesks.svelte";
import { Latest } from "$lib/util/latest";
import { mayMark } from "./access";
import { RollEditor, type EditorView } from "./editor";

/**
 * A roll screen's reactive state: the loaded roll and the editor's view of it. The marking logic
 * is RollEditor's; this only loads, reloads when a save was stale or another desk changed the
 * roll, and re-renders on changes. The editor changes only the sessions the signed-in account may
 * mark (`mayMark`).
 */
export class RollState {
  roll = $state.raw<Roll | null>(null);
  view = $state.raw<EditorView | null>(null);
  loadError = $state.raw<ApiError | null>(null);
  /** A save was refused as stale and the roll was loaded again. */
  reloaded = $state(false);
  editor: RollEditor | null = null;
  /** Follows other desks' marks (see `refresh`) and says when they came in. */
  readonly others = new OtherDesks();
  private disposed = false;
  // A load and a refresh may cross: only the roll asked for last is taken in.
  private readonly reads = new Latest();

  constructor(
    private readonly fetchRoll: () => Promise<Roll>,
    private readonly onSaved: (saved: SavedMark[]) => void = () => {},
  ) {}

  async load(): Promise<void> {
    await this.reads.run(() => this.fetchRoll(), {
      apply: (roll) => this.take(roll),
      fail: (e) => (this.loadError = e as ApiError),
    });
  }

  /**
   * Loads the roll again because another desk changed it, keeping every change made here and not
   * yet saved (see RollEditor.refresh). Resolves whether anything shown changed. A failed reload
   * leaves the screen as it is: the next notice tries again.
   */
  async refresh(): Promise<boolean> {
    if (this.disposed) return false;
    const editor = this.editor;
    if (!editor) {
      // Not loaded yet: the first load, on its way, brings the news; after a failed one, try again.
      if (!this.reads.waiting) await this.load();
      return false;
    }
    const since = editor.saveCount;
    let changed = false;
    await this.reads.run(() => this.fetchRoll(), {
      apply: (roll) => {
        if (this.disposed) return;
        changed = editor.refresh(roll, since);
        this.roll = roll;
        this.loadError = null;
        this.view = editor.view();
      },
    });
    return changed;
  }

  /** Leaving the screen: what waits is saved now. */
  dispose(): void {
    this.disposed = true;
    void this.editor?.dispose();
  }

  private async reload(): Promise<void> {
    if (this.disposed) return; // the screen is gone; the next visit loads afresh
    await this.load();
    this.reloaded = true;
  }

  /** A roll loaded afresh: shown as it is, changes waiting here dropped. */
  private take(roll: Roll): void {
    this.roll = roll;
    this.loadError = null;
    if (this.editor) {
      this.editor.replace(roll);
    } else {
      this.editor = new RollEditor(roll, {
        save: attendanceMark,
        mayMark,
        onStale: () => void this.reload(),
        onSaved: (saved) => {
          this.reloaded = false;
          this.onSaved(saved);
        },
      });
      this.editor.subscribe(() => (this.view = this.editor?.view() ?? null));
    }
    this.view = this.editor.view();
  }
}
