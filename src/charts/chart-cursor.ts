/**
 * The keyboard cursor of a focused chart: which point the arrow keys, Home and End move it to.
 * Pure: the charts' points come in as indexes, already in their Left/Right order (index 0 first).
 */

export const CURSOR_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const
export type CursorKey = (typeof CURSOR_KEYS)[number]

export const isCursorKey = (key: string): key is CursorKey => (CURSOR_KEYS as readonly string[]).includes(key)

/** A point's place in a grid of columns and rows (the heat map: themes × projects). */
interface GridCell {
  column: number
  row: number
}

/**
 * How the arrow keys walk a chart's `count` points:
 * - `line`: one order. Right and Down go to the next point, Left and Up to the previous one (a
 *   bar chart, read left to right or top to bottom).
 * - `ranks`: Left/Right walk the points' own order; Up/Down walk a second order, `upOrder` (point
 *   indexes, lowest first): Up goes to the next point in it, Down to the previous one (the
 *   scatter: left to right by amount, up and down by score).
 * - `grid`: the points are cells in reading order (row by row, left to right). Left/Right walk
 *   that order, across rows; Up/Down go to the nearest row above or below that has a cell, to its
 *   cell nearest in column (the left one of two as near).
 */
export type CursorLayout =
  | { kind: 'line'; count: number }
  | { kind: 'ranks'; count: number; upOrder: readonly number[] }
  | { kind: 'grid'; cells: readonly GridCell[] }

const countOf = (layout: CursorLayout): number => (layout.kind === 'grid' ? layout.cells.length : layout.count)

const clamp = (index: number, count: number): number => Math.max(0, Math.min(count - 1, index))

/** The point above (step -1) or below (step 1) cell `from` of a grid, or `from` itself when there is none. */
function gridStep(cells: readonly GridCell[], from: number, step: 1 | -1): number {
  const here = cells[from]
  if (here === undefined) return from
  let targetRow: number | null = null
  for (const cell of cells) {
    const ahead = step === 1 ? cell.row > here.row : cell.row < here.row
    const nearer = targetRow === null || (step === 1 ? cell.row < targetRow : cell.row > targetRow)
    if (ahead && nearer) targetRow = cell.row
  }
  if (targetRow === null) return from
  let best = from
  let bestDistance = Number.POSITIVE_INFINITY
  cells.forEach((cell, i) => {
    if (cell.row !== targetRow) return
    const distance = Math.abs(cell.column - here.column)
    const better = distance < bestDistance || (distance === bestDistance && cell.column < (cells[best]?.column ?? Number.POSITIVE_INFINITY))
    if (better) {
      best = i
      bestDistance = distance
    }
  })
  return best
}

/** The point after (step 1) or before (step -1) `from` in `order`, or `from` at its end. */
function rankStep(order: readonly number[], from: number, step: 1 | -1): number {
  const at = order.indexOf(from)
  if (at < 0) return from
  return order[at + step] ?? from
}

/**
 * Where `key` moves the cursor from point `from` (null: no cursor yet). Without a cursor, every
 * arrow key and Home put it on the first point and End on the last; with one, it never goes past
 * either end (a key that cannot move it returns `from`). No points: null.
 */
export function moveCursor(key: CursorKey, from: number | null, layout: CursorLayout): number | null {
  const count = countOf(layout)
  if (count === 0) return null
  if (key === 'End') return count - 1
  if (key === 'Home' || from === null || from < 0 || from >= count) return 0
  const forward = key === 'ArrowRight' || key === 'ArrowDown'
  const along = key === 'ArrowLeft' || key === 'ArrowRight'
  if (layout.kind === 'line' || along) return clamp(from + (forward ? 1 : -1), count)
  if (layout.kind === 'ranks') return rankStep(layout.upOrder, from, key === 'ArrowUp' ? 1 : -1)
  return gridStep(layout.cells, from, key === 'ArrowDown' ? 1 : -1)
}
