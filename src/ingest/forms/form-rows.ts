import { cellRangeOf } from '../../domain/cell-table.ts'
import type { DocumentRow, RowCell } from './document-rows.ts'
import { labelKey, type LabelSet } from './form-labels.ts'

/** A value found in a form: its text and the cell it came from. */
export interface Found {
  text: string
  rowCell: RowCell
  row: DocumentRow
}

export const keyOf = (rc: RowCell): string => labelKey(rc.cell.text)


/** The cell of the row that covers grid column `col`. */
export function cellAt(row: DocumentRow, col: number): RowCell | null {
  return row.cells.find(({ cell }) => cell.col <= col && col < cell.col + cell.colSpan) ?? null
}

/** The index of the first cell of the row whose key is in `labels`. */
export function labelIndex(row: DocumentRow, labels: LabelSet): number {
  return row.cells.findIndex((rc) => labels.has(keyOf(rc)))
}

/** The cell address a value came from, for 查看原文; null for a paragraph. */
export const addressOf = (found: Found): string | null => (found.row.table === null ? null : cellRangeOf(found.rowCell.cell))

/** The first non-empty cell after `index` in its row that begins in this row. */
export function valueRightOf(row: DocumentRow, index: number): RowCell | null {
  for (let i = index + 1; i < row.cells.length; i++) {
    const rc = row.cells[i]
    if (rc !== undefined && !rc.fromAbove) return rc
  }
  return null
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/

/** A number as a form writes it: "10", "9.5分", "１０", "98 分"; null for anything else. */
export function readFormNumber(text: string): number | null {
  const compact = text.normalize('NFKC').replace(/[\s,]/g, '').replace(/分$/, '')
  return NUMBER.test(compact) ? Number(compact) : null
}

/** A rate in percent: "86%", "100.00%", "86.19 %", "76" (under a 执行率（%） header); null otherwise. */
export function readRate(text: string): number | null {
  const compact = text.normalize('NFKC').replace(/\s/g, '')
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(compact)
  return m === null ? null : Number(m[1])
}
