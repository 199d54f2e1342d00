import type { CellValue } from "./cells";

/** One cell's change: what it showed before and after. */
export type Edit = { key: string; before: CellValue; after: CellValue };

/**
 * The roll's undo history: each entry is one user action (a key press, "mark all present", an
 * applied detail), undone as a whole. There is no redo.
 */
export class UndoStack {
  private entries: Edit[][] = [];

  constructor(private readonly depth = 200) {}

  get size(): number {
    return this.entries.length;
  }

  push(edits: Edit[]): void {
    if (edits.length === 0) return;
    this.entries.push(edits);
    if (this.entries.length > this.depth) this.entries.shift();
  }

  /** The latest action, taken off the stack; null when there is nothing to undo. */
  pop(): Edit[] | null {
    return this.entries.pop() ?? null;
  }

  /** Drops every edit of these cells: a failed save put them back, so undoing them means nothing. */
  forget(keys: Iterable<string>): void {
    const gone = new Set(keys);
    this.entries = this.entries
      .map((edits) => edits.filter((e) => !gone.has(e.key)))
      .filter((edits) => edits.length > 0);
  }

  clear(): void {
    this.entries = [];
  }
}
