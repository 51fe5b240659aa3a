import { type CellTable, cellRangeOf, type TableCell, tableGrid } from '../domain/cell-table.ts'
import type { SourcedField, SourceRange } from '../domain/types.ts'
import type { TablePlace } from '../i18n/messages.ts'

/** A rectangle of grid positions, 0-based and inclusive. */
interface CellBox {
  top: number
  left: number
  bottom: number
  right: number
}

const ADDRESS = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/

/** 'A' → 0, 'Z' → 25, 'AA' → 26. */
function columnIndex(letters: string): number {
  let n = 0
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64)
  return n - 1
}

function readAddress(text: string): { row: number; col: number } | null {
  const match = ADDRESS.exec(text.trim().toUpperCase())
  if (match === null) return null
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]!) }
}

/** 'I37' or 'B3:D4' (either corner first) as a box; null when it is not a cell address. */
export function readCellRange(text: string): CellBox | null {
  const [first = '', second, extra] = text.split(':')
  if (extra !== undefined) return null
  const a = readAddress(first)
  const b = second === undefined ? a : readAddress(second)
  if (a === null || b === null) return null
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) }
}

const boxOf = (cell: TableCell): CellBox => ({
  top: cell.row,
  left: cell.col,
  bottom: cell.row + cell.rowSpan - 1,
  right: cell.col + cell.colSpan - 1,
})

const overlaps = (a: CellBox, b: CellBox): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right

type SourceSlot =
  | {
      kind: 'cell'
      cell: TableCell
      /** Spans as shown: a merge cut by the shown range is cut with it. */
      rowSpan: number
      colSpan: number
      /** The cell's address as the document has it: 'I37', or 'B3:D4' for a merged cell. */
      address: string
      /** The record's fields whose source cells (fieldCells) this cell covers. */
      fields: SourcedField[]
    }
  | { kind: 'empty'; col: number }

export interface SourceGrid {
  rows: { row: number; slots: SourceSlot[] }[]
  /** Rows of the form (its range, or the whole table), of which `rows` may show the first only. */
  totalRows: number
}

/** The part of the table the record's `cells` names (the whole table when it names none, or none inside it). */
function shownBox(table: CellTable, cells: string | undefined): CellBox {
  const whole = { top: 0, left: 0, bottom: table.rows - 1, right: table.cols - 1 }
  const named = cells === undefined ? null : readCellRange(cells)
  if (named === null || !overlaps(named, whole)) return whole
  return {
    top: Math.max(named.top, 0),
    left: Math.max(named.left, 0),
    bottom: Math.min(named.bottom, whole.bottom),
    right: Math.min(named.right, whole.right),
  }
}

/**
 * The form as an HTML table draws it: per row, each cell where its (shown) top-left is, with its
 * spans, an empty slot where the document drew no cell, nothing where a merge above or to the left
 * covers; the cells the record's values came from carry those fields. At most `maxRows` rows.
 */
export function sourceGrid(table: CellTable, source: SourceRange, maxRows: number): SourceGrid {
  const box = shownBox(table, source.cells)
  const grid = tableGrid(table)
  const lastRow = Math.min(box.bottom, box.top + maxRows - 1)
  const fieldBoxes: [SourcedField, CellBox][] = []
  for (const [field, address] of Object.entries(source.fieldCells ?? {}) as [SourcedField, string | undefined][]) {
    const fieldBox = address === undefined ? null : readCellRange(address)
    if (fieldBox !== null) fieldBoxes.push([field, fieldBox])
  }
  const rows: SourceGrid['rows'] = []
  for (let row = box.top; row <= lastRow; row++) {
    const slots: SourceSlot[] = []
    for (let col = box.left; col <= box.right; col++) {
      const cell = grid[row]?.[col] ?? null
      if (cell === null) {
        slots.push({ kind: 'empty', col })
        continue
      }
      if (Math.max(cell.row, box.top) !== row || Math.max(cell.col, box.left) !== col) continue
      const area = boxOf(cell)
      slots.push({
        kind: 'cell',
        cell,
        rowSpan: Math.min(area.bottom, lastRow) - row + 1,
        colSpan: Math.min(area.right, box.right) - col + 1,
        address: cellRangeOf(cell),
        fields: fieldBoxes.filter(([, fieldBox]) => overlaps(area, fieldBox)).map(([field]) => field),
      })
    }
    rows.push({ row, slots })
  }
  return { rows, totalRows: box.bottom - box.top + 1 }
}

/** The table a record's source names (its `index`, 1-based in the document), or null. */
export function sourceTableOf(tables: readonly CellTable[] | undefined, source: SourceRange): CellTable | null {
  if (source.table === undefined || tables === undefined) return null
  return tables.find((table) => table.index === source.table) ?? null
}

/**
 * Where a form was, from its record's source, and from the table itself for what the source leaves
 * out; null for a record not read from a table.
 */
export function tablePlaceOf(source: SourceRange, table?: CellTable): TablePlace | null {
  if (source.table === undefined) return null
  return {
    sheet: source.sheet ?? table?.sheet ?? null,
    page: source.page ?? table?.page ?? null,
    table: source.table,
    cells: source.cells ?? null,
  }
}

/** Room (px) left above a cell scrolled to, so the row above it shows it is not the table's first. */
const REVEAL_MARGIN = 24

/**
 * Where a box that scrolls vertically must be scrolled (its new scrollTop) to show a cell wholly,
 * or null when the cell is already in view. Positions are the cell's and the box's tops on the
 * page (getBoundingClientRect), the box's `top` being that of its content area.
 */
export function scrollTopToReveal(
  box: { top: number; height: number; scrollTop: number },
  cell: { top: number; height: number },
): number | null {
  const above = cell.top < box.top
  const below = cell.top + cell.height > box.top + box.height
  if (!above && !below) return null
  return Math.max(0, box.scrollTop + cell.top - box.top - REVEAL_MARGIN)
}
