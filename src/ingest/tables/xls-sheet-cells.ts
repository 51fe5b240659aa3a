import type { CellTable, TableCell } from '../../domain/cell-table.ts'
import { ReadFailure } from './xls-failure.ts'

/** Columns a sheet can have (XFD); a cell's key is row × MAX_COLS + col. */
const MAX_COLS = 16_384
const MAX_ROWS = 1_048_576

/**
 * How many non-empty cells (and merged ranges) a whole workbook may still have: both readers take
 * from it cell by cell, so an oversized workbook stops as soon as it passes the limit.
 */
export class CellBudget {
  private cells = 0
  private merges = 0
  readonly max: number

  constructor(max: number) {
    this.max = max
  }

  takeCell(): void {
    if (++this.cells > this.max) throw tooMany(this.max)
  }

  takeMerge(): void {
    if (++this.merges > this.max) throw tooMany(this.max)
  }
}

function tooMany(max: number): ReadFailure {
  return new ReadFailure('too-large', `工作簿的非空单元格超过 ${max} 个，不予读取`)
}

/** Whitespace runs in a line become one space, lines are trimmed, line breaks stay as '\n'. */
function foldCellText(raw: string): string {
  if (!/[\s]/.test(raw)) return raw
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim()
}

interface Merge {
  r1: number
  c1: number
  r2: number
  c2: number
}

/**
 * The cells of one sheet as a reader finds them, in any order, turned into a CellTable: merged
 * ranges become spans on their top-left cell, values hidden under a merge are dropped, and the
 * table reaches from A1 to the last non-empty cell (or the end of a merged range that starts with
 * a value). Merged ranges starting outside that area are dropped. Memory grows with the non-empty
 * cells only; a table whose grid (rows × cols) would pass the cell limit is refused.
 */
export class SheetCells {
  private readonly cells = new Map<number, TableCell>()
  private readonly merges: Merge[] = []
  private readonly budget: CellBudget

  constructor(budget: CellBudget) {
    this.budget = budget
  }

  /** A cell with a value; text is folded here. An empty string without a number is no cell. */
  add(row: number, col: number, text: string, number?: TableCell['number']): void {
    if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) throw new ReadFailure('damaged', `工作表的单元格位置超出范围（第 ${row + 1} 行第 ${col + 1} 列）`)
    const folded = foldCellText(text)
    if (folded === '' && number === undefined) return
    const key = row * MAX_COLS + col
    if (!this.cells.has(key)) this.budget.takeCell()
    const cell: TableCell = { row, col, rowSpan: 1, colSpan: 1, text: folded }
    if (number !== undefined) cell.number = number
    this.cells.set(key, cell)
  }

  /** A merged range, 0-based and inclusive; a single-cell range is no merge. */
  merge(r1: number, c1: number, r2: number, c2: number): void {
    const merge = {
      r1: Math.max(0, Math.min(r1, r2)),
      c1: Math.max(0, Math.min(c1, c2)),
      r2: Math.min(MAX_ROWS - 1, Math.max(r1, r2)),
      c2: Math.min(MAX_COLS - 1, Math.max(c1, c2)),
    }
    if (merge.r1 === merge.r2 && merge.c1 === merge.c2) return
    this.budget.takeMerge()
    this.merges.push(merge)
  }

  /** The sheet as a table, or null when it has no non-empty cell. */
  toTable(sheet: string, index: number): CellTable | null {
    if (this.cells.size === 0) return null
    const keys = [...this.cells.keys()].toSorted((a, b) => a - b)
    this.dropCovered(keys)
    let valueRows = 0
    let valueCols = 0
    for (const cell of this.cells.values()) {
      valueRows = Math.max(valueRows, cell.row + 1)
      valueCols = Math.max(valueCols, cell.col + 1)
    }
    // A merge whose top-left cell holds a value reaches as far as it is drawn, unless that would
    // make the grid far larger than the sheet's cells (a crafted A1:XFD1048576).
    let rows = valueRows
    let cols = valueCols
    for (const m of this.merges) {
      if (!this.cells.has(m.r1 * MAX_COLS + m.c1)) continue
      rows = Math.max(rows, m.r2 + 1)
      cols = Math.max(cols, m.c2 + 1)
    }
    if (rows * cols > Math.max(valueRows * valueCols, this.budget.max)) {
      rows = valueRows
      cols = valueCols
    }
    // the grid a reader of the table may lay out (tableGrid) stays within the cell limit, as the
    // other readers' tables do: a stray value at XFD1048576 must not make one of 17 billion cells
    if (rows * cols > this.budget.max) {
      throw new ReadFailure('too-large', `工作表“${sheet}”的区域有 ${rows} 行 × ${cols} 列，超过 ${this.budget.max} 个单元格，不予读取`)
    }
    for (const m of this.merges) {
      if (m.r1 >= rows || m.c1 >= cols) continue
      const key = m.r1 * MAX_COLS + m.c1
      let anchor = this.cells.get(key)
      if (anchor === undefined) {
        anchor = { row: m.r1, col: m.c1, rowSpan: 1, colSpan: 1, text: '' }
        this.cells.set(key, anchor)
      }
      anchor.rowSpan = Math.min(m.r2, rows - 1) - m.r1 + 1
      anchor.colSpan = Math.min(m.c2, cols - 1) - m.c1 + 1
    }
    const cells = [...this.cells.entries()].toSorted((a, b) => a[0] - b[0]).map(([, cell]) => cell)
    return { page: null, sheet, index, rows, cols, cells }
  }

  /**
   * Deletes the values a merge hides (all but its top-left cell), in one pass over the cells in
   * row order: `cover[col]` holds the last merge that started at or above the row and spans the
   * column, so each merge costs its width once, not its area.
   */
  private dropCovered(sortedKeys: number[]): void {
    if (this.merges.length === 0) return
    const last = sortedKeys[sortedKeys.length - 1] ?? 0
    let maxCol = 0
    for (const key of sortedKeys) maxCol = Math.max(maxCol, key % MAX_COLS)
    const merges = this.merges.filter((m) => m.c1 <= maxCol && m.r1 * MAX_COLS <= last).toSorted((a, b) => a.r1 - b.r1 || a.c1 - b.c1)
    const cover = new Int32Array(maxCol + 1).fill(-1)
    let next = 0
    for (const key of sortedKeys) {
      const row = Math.floor(key / MAX_COLS)
      const col = key % MAX_COLS
      for (; next < merges.length && (merges[next]?.r1 ?? Infinity) <= row; next++) {
        const m = merges[next] as Merge
        cover.fill(next, m.c1, Math.min(m.c2, maxCol) + 1)
      }
      const at = cover[col] ?? -1
      const m = at === -1 ? undefined : merges[at]
      if (m !== undefined && m.r2 >= row && m.c1 <= col && m.c2 >= col && (m.r1 !== row || m.c1 !== col)) this.cells.delete(key)
    }
  }
}
