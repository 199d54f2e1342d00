import type { ApiError } from "$lib/api/error";
import { attendanceMark } from "$lib/api/attendance";
import type { Roll, SavedMark } from "$lib/api/types";
import { mayMark } from "./access";
import { RollEditor, type EditorView } from "./editor";

/**
 * A roll screen's reactive state: the loaded roll and the editor's view of it. The marking logic
 * is RollEditor's; this only loads, reloads when a save was stale, and re-renders on changes. The
 * editor changes only the sessions the signed-in account may mark (`mayMark`).
 */
export class RollState {
  roll = $state.raw<Roll | null>(null);
  view = $state.raw<EditorView | null>(null);
  loadError = $state.raw<ApiError | null>(null);
  /** A save was refused as stale and the roll was loaded again. */
  reloaded = $state(false);
  editor: RollEditor | null = null;
  private disposed = false;

  constructor(
    private readonly fetchRoll: () => Promise<Roll>,
    private readonly onSaved: (saved: SavedMark[]) => void = () => {},
  ) {}

  async load(): Promise<void> {
    try {
      const roll = await this.fetchRoll();
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
    } catch (e) {
      this.loadError = e as ApiError;
    }
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
}
