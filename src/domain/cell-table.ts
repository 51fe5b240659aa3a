/**
 * The one shape every document becomes before a form is recognised in it: its text paragraphs and
 * its tables of cells, in reading order, each with where it was (page, sheet, table number).
 * Spreadsheets, Word files, web pages and PDFs with ruled tables all read into this.
 */

/** A cell as the document drew it: merged cells are one cell with a span, anchored at their top-left. */
export interface TableCell {
  /** 0-based row and column of the top-left grid position the cell covers. */
  row: number
  col: number
  rowSpan: number
  colSpan: number
  /** The cell's text: runs joined, whitespace folded to single spaces, paragraphs kept as '\n'. */
  text: string
  /**
   * A spreadsheet cell holding a number: the number as stored and its number format
   * ('0.00%', '#,##0.00', 'General'). `text` is then the number as the format shows it.
   */
  number?: { value: number; format: string }
}

export interface CellTable {
  /** 1-based page of a PDF the table starts on; null for other documents. */
  page: number | null
  /** The sheet's name in a workbook; null for other documents. */
  sheet: string | null
  /** 1-based number of the table in its document (sheets count as tables). */
  index: number
  rows: number
  cols: number
  /** Only the cells the document has (merges are one cell), in row-major order of their anchors. */
  cells: TableCell[]
}

export type DocumentPart =
  | { kind: 'text'; text: string; page: number | null }
  | { kind: 'table'; table: CellTable }

/** A document read into paragraphs and tables, in reading order. */
export interface TableDocument {
  parts: DocumentPart[]
  /**
   * The title the file gives itself, outside its text: a PDF's or an Office file's document
   * properties (LibreOffice and Word keep a web page's <title> there). Only ever a fallback for the year.
   */
  title?: string
}

/** Why a reader could not read a file: each reason has its message in every interface language. */
export type TableReadFailureReason =
  | 'encrypted'
  | 'macro-enabled'
  | 'too-large'
  | 'damaged'
  | 'word-97'
  | 'not-a-document'

export type TableReadResult =
  | { ok: true; document: TableDocument }
  | { ok: false; reason: TableReadFailureReason; detail: string }

/**
 * What a reader may spend on one file. A zip that inflates past `maxInflatedBytes` or a sheet with
 * more than `maxCells` non-empty cells is refused, not read in part.
 */
export interface ReadLimits {
  maxInflatedBytes: number
  maxCells: number
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxInflatedBytes: 200 * 1024 * 1024, maxCells: 1_000_000 }

/** The spreadsheet name of a column: 0 → A, 25 → Z, 26 → AA. */
function columnName(col: number): string {
  let name = ''
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** A cell's address as a spreadsheet writes it: row 0, col 1 → 'B1'. */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`
}

/** The address of the grid area a cell covers: 'B3', or 'B3:D4' for a merged cell. */
export function cellRangeOf(cell: Pick<TableCell, 'row' | 'col' | 'rowSpan' | 'colSpan'>): string {
  const start = cellAddress(cell.row, cell.col)
  if (cell.rowSpan === 1 && cell.colSpan === 1) return start
  return `${start}:${cellAddress(cell.row + cell.rowSpan - 1, cell.col + cell.colSpan - 1)}`
}

/**
 * The table as a full grid: every position holds the cell that covers it (a merged cell appears
 * at every position it spans), or null where the document drew nothing.
 */
export function tableGrid(table: CellTable): (TableCell | null)[][] {
  const grid: (TableCell | null)[][] = Array.from({ length: table.rows }, () => Array.from({ length: table.cols }, () => null))
  for (const cell of table.cells) {
    for (let r = cell.row; r < Math.min(table.rows, cell.row + cell.rowSpan); r++) {
      const line = grid[r]
      if (line === undefined) continue
      for (let c = cell.col; c < Math.min(table.cols, cell.col + cell.colSpan); c++) line[c] = cell
    }
  }
  return grid
}
