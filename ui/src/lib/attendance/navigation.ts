import type { AttendanceStatus } from "$lib/api/types";

/** A cell of the grid by index: rows are people, columns sessions. */
export type Pos = { row: number; col: number };

/** The parts of a KeyboardEvent the grid looks at. */
export type GridKey = {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
};

export type GridCommand =
  | { kind: "move"; to: Pos }
  | { kind: "mark"; status: AttendanceStatus | null; then: Pos }
  | { kind: "undo" }
  | { kind: "detail" };

// By physical key (event.code), so P/L/A/E work the same on a Cyrillic or Azerbaijani layout.
const MARK_CODES: Record<string, AttendanceStatus> = {
  KeyP: "present",
  KeyL: "late",
  KeyA: "absent",
  KeyE: "excused",
};
const MARK_KEYS: Record<string, AttendanceStatus> = {
  p: "present",
  l: "late",
  a: "absent",
  e: "excused",
};

export function clamp(pos: Pos, rows: number, cols: number): Pos {
  return {
    row: Math.max(0, Math.min(rows - 1, pos.row)),
    col: Math.max(0, Math.min(cols - 1, pos.col)),
  };
}

/** What a key does in a grid of `rows` × `cols` with the active cell at `pos`; null: nothing. */
export function commandFor(e: GridKey, pos: Pos, rows: number, cols: number): GridCommand | null {
  if (rows <= 0 || cols <= 0) return null;
  const ctrl = Boolean(e.ctrlKey || e.metaKey);
  const move = (row: number, col: number): GridCommand => ({
    kind: "move",
    to: clamp({ row, col }, rows, cols),
  });
  if (ctrl && !e.altKey && (e.code === "KeyZ" || (!e.code && e.key.toLowerCase() === "z"))) {
    return e.shiftKey ? null : { kind: "undo" };
  }
  switch (e.key) {
    case "ArrowUp":
      return move(pos.row - 1, pos.col);
    case "ArrowDown":
      return move(pos.row + 1, pos.col);
    case "ArrowLeft":
      return move(pos.row, pos.col - 1);
    case "ArrowRight":
      return move(pos.row, pos.col + 1);
    case "Home":
      return ctrl ? move(0, 0) : move(pos.row, 0);
    case "End":
      return ctrl ? move(rows - 1, cols - 1) : move(pos.row, cols - 1);
    case "PageUp":
      return move(pos.row - 10, pos.col);
    case "PageDown":
      return move(pos.row + 10, pos.col);
    case "Delete":
    case "Backspace":
      return ctrl || e.altKey ? null : { kind: "mark", status: null, then: pos };
    case "Enter":
      return { kind: "detail" };
  }
  if (ctrl || e.altKey) return null;
  const status =
    (e.code && MARK_CODES[e.code]) || (!e.code ? MARK_KEYS[e.key.toLowerCase()] : undefined);
  if (!status) return null;
  return { kind: "mark", status, then: clamp({ row: pos.row + 1, col: pos.col }, rows, cols) };
}
