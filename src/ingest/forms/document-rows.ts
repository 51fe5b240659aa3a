import { type CellTable, type TableCell, type TableDocument, tableGrid } from '../../domain/cell-table.ts'

/** A cell as a row sees it: merged cells from rows above appear in every row they span. */
export interface RowCell {
  cell: TableCell
  /** The cell begins in an earlier row (a merged 一级指标 label, say): it belongs to that row. */
  fromAbove: boolean
}

/**
 * One row of a document read as a stream of rows: a table row, or a paragraph as a row of one
 * cell. Forms are found in this stream, so a form split over tables or pages, or several forms in
 * one table (a workbook sheet), read the same way.
 */
export interface DocumentRow {
  /** The row's cells left to right, each merged cell once. */
  cells: RowCell[]
  /** The table the row is in, or null for a paragraph. */
  table: CellTable | null
  /** 0-based row in its table. */
  row: number
  page: number | null
  /** 1-based lines of the row in the document's text (linearised: cells joined by spaces). */
  startLine: number
  endLine: number
}

export interface DocumentRows {
  rows: DocumentRow[]
  /** The document as text, one row per line (a cell's own line breaks kept): what 查看原文 and search read. */
  text: string
  /** The 1-based page of each line of `text`, where the document has pages. */
  pageOfLine: (number | null)[]
}

const paragraphCell = (text: string): TableCell => ({ row: 0, col: 0, rowSpan: 1, colSpan: 1, text })

/** The row's distinct cells left to right, from the table's full grid. */
function rowCells(grid: (TableCell | null)[][], r: number): RowCell[] {
  const out: RowCell[] = []
  let last: TableCell | null = null
  for (const cell of grid[r] ?? []) {
    if (cell === null || cell === last) continue
    last = cell
    out.push({ cell, fromAbove: cell.row !== r })
  }
  return out
}

/** A row's text as one or more lines: the cells that begin in this row, joined by a space. */
function rowText(cells: readonly RowCell[]): string {
  return cells
    .filter((c) => !c.fromAbove && c.cell.text !== '')
    .map((c) => c.cell.text)
    .join(' ')
}

/** Reads a document as rows, and as text with the lines of each row. */
export function documentRows(document: TableDocument): DocumentRows {
  const rows: DocumentRow[] = []
  const lines: string[] = []
  const pageOfLine: (number | null)[] = []
  const add = (cells: RowCell[], table: CellTable | null, row: number, page: number | null): void => {
    const text = rowText(cells)
    const rowLines = text === '' ? [] : text.split('\n')
    const startLine = lines.length + 1
    for (const line of rowLines) {
      lines.push(line)
      pageOfLine.push(page)
    }
    rows.push({ cells, table, row, page, startLine, endLine: Math.max(startLine, lines.length) })
  }
  for (const part of document.parts) {
    if (part.kind === 'text') {
      if (part.text.trim() !== '') add([{ cell: paragraphCell(part.text), fromAbove: false }], null, 0, part.page)
      continue
    }
    const grid = tableGrid(part.table)
    for (let r = 0; r < part.table.rows; r++) add(rowCells(grid, r), part.table, r, part.table.page)
  }
  return { rows, text: lines.join('\n'), pageOfLine }
}
