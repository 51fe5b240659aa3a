import { readFileSync } from 'node:fs'
import type { DocumentPart, TableReadResult } from '../../../src/domain/cell-table.ts'

/** [row, col, rowSpan, colSpan, text] */
export type CellRow = [number, number, number, number, string]

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/tables/words/${name}`, import.meta.url)))
}

export function text(value: string): DocumentPart {
  return { kind: 'text', text: value, page: null }
}

export function table(index: number, rows: number, cols: number, cells: CellRow[]): DocumentPart {
  return {
    kind: 'table',
    table: {
      page: null,
      sheet: null,
      index,
      rows,
      cols,
      cells: cells.map(([row, col, rowSpan, colSpan, value]) => ({ row, col, rowSpan, colSpan, text: value })),
    },
  }
}

/** The parts of a read that must have succeeded. */
export function partsOf(result: TableReadResult): DocumentPart[] {
  if (!result.ok) throw new Error(`expected a document, got ${result.reason}: ${result.detail}`)
  return result.document.parts
}

/** The texts of the text parts and the cell rows of the table parts, for short expectations. */
export function outline(result: TableReadResult): (string | CellRow[])[] {
  return partsOf(result).map((part) =>
    part.kind === 'text' ? part.text : part.table.cells.map((c): CellRow => [c.row, c.col, c.rowSpan, c.colSpan, c.text]),
  )
}

/**
 * What every table must satisfy whatever the document: cells inside the grid, in row-major
 * order of their anchors, spans at least 1, and no grid position covered twice.
 */
export function gridProblems(parts: DocumentPart[]): string[] {
  const problems: string[] = []
  for (const part of parts) {
    if (part.kind !== 'table') continue
    const { rows, cols, cells, index } = part.table
    const covered = new Set<number>()
    let previous = -1
    for (const c of cells) {
      const at = `table ${index} cell ${c.row},${c.col}`
      if (c.rowSpan < 1 || c.colSpan < 1) problems.push(`${at}: span below 1`)
      if (c.row < 0 || c.col < 0 || c.row + c.rowSpan > rows || c.col + c.colSpan > cols) problems.push(`${at}: outside ${rows}×${cols}`)
      const order = c.row * cols + c.col
      if (order <= previous) problems.push(`${at}: out of row-major order`)
      previous = order
      for (let r = c.row; r < c.row + c.rowSpan; r++) {
        for (let k = c.col; k < c.col + c.colSpan; k++) {
          if (covered.has(r * cols + k)) problems.push(`${at}: overlaps at ${r},${k}`)
          covered.add(r * cols + k)
        }
      }
    }
  }
  return problems
}
