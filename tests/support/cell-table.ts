import type { CellTable, DocumentPart, TableCell } from '../../src/domain/cell-table.ts'

/**
 * A table written as rows of strings: '^' is a position covered by the cell above (a row span),
 * '<' one covered by the cell to the left (a column span).
 */
export function gridTable(rows: readonly (readonly string[])[], where: Partial<Pick<CellTable, 'page' | 'sheet' | 'index'>> = {}): CellTable {
  const cells: TableCell[] = []
  const anchors: (TableCell | undefined)[][] = []
  rows.forEach((row, r) => {
    anchors[r] = []
    row.forEach((text, c) => {
      if (text === '^') {
        const above = anchors[r - 1]?.[c]
        if (above === undefined) throw new Error(`'^' at ${r},${c} has no cell above`)
        if (above.col === c) above.rowSpan = r - above.row + 1
        ;(anchors[r] as (TableCell | undefined)[])[c] = above
        return
      }
      if (text === '<') {
        const left = anchors[r]?.[c - 1]
        if (left === undefined) throw new Error(`'<' at ${r},${c} has no cell left`)
        if (left.row === r) left.colSpan = c - left.col + 1
        ;(anchors[r] as (TableCell | undefined)[])[c] = left
        return
      }
      const cell: TableCell = { row: r, col: c, rowSpan: 1, colSpan: 1, text }
      cells.push(cell)
      ;(anchors[r] as (TableCell | undefined)[])[c] = cell
    })
  })
  return {
    page: where.page ?? null,
    sheet: where.sheet ?? null,
    index: where.index ?? 1,
    rows: rows.length,
    cols: Math.max(0, ...rows.map((row) => row.length)),
    cells,
  }
}

export const tablePart = (table: CellTable): DocumentPart => ({ kind: 'table', table })
export const textPart = (text: string, page: number | null = null): DocumentPart => ({ kind: 'text', text, page })
