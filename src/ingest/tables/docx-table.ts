import type { TableCell } from '../../domain/cell-table.ts'
import { foldLines } from '../fold-lines.ts'
import { paragraphText } from './docx-text.ts'
import { attributeOf, childOf, childrenOf, type DocxNode } from './docx-xml.ts'

/** A w:tbl's grid and cells, and the tables nested in its cells (in document order), read apart. */
export interface DocxTableGrid {
  rows: number
  cols: number
  cells: TableCell[]
  nested: DocxNode[]
}

/** Row, cell and block wrappers Word may put around rows, cells and paragraphs: read through them. */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml'])

/** Word allows at most 63 columns; a larger span is clamped so a crafted value cannot blow up the grid. */
const MAX_SPAN = 1000

/**
 * Reads a w:tbl: columns from w:tblGrid (widened if a row needs more), w:gridBefore shifting a
 * row's first cell, w:gridSpan as colSpan, w:vMerge restart/continue as the anchor's rowSpan
 * (the continued cells are not cells; a continue that does not cover the same columns as the
 * cell above starts its own cell) and the legacy w:hMerge as colSpan. Rows deleted with
 * tracked changes are left out. `onCell` is called for every cell made, to count them.
 */
export function readDocxTable(table: DocxNode, onCell: () => void): DocxTableGrid {
  const cells: TableCell[] = []
  const nested: DocxNode[] = []
  const grid = childOf(table, 'tblGrid')
  let cols = grid === null ? 0 : childrenOf(grid, 'gridCol').length
  // The cell each grid column's vertical merge continues from.
  const mergeAnchors = new Map<number, TableCell>()
  const rows = within(table, 'tr').filter((row) => !isDeletedRow(row))
  rows.forEach((row, r) => {
    const properties = childOf(row, 'trPr')
    let col = gridCount(properties, 'gridBefore')
    let previous: TableCell | null = null
    for (const tc of within(row, 'tc')) {
      const tcPr = childOf(tc, 'tcPr')
      const span = Math.min(MAX_SPAN, Math.max(1, gridCount(tcPr, 'gridSpan')))
      const vMerge = childOf(tcPr, 'vMerge')
      const hMerge = childOf(tcPr, 'hMerge')
      if (hMerge !== null && attributeOf(hMerge, 'val') !== 'restart' && previous !== null) {
        previous.colSpan += span
        col += span
        continue
      }
      const anchor = mergeAnchors.get(col)
      const continues = anchor !== undefined && anchor.row + anchor.rowSpan === r && anchor.colSpan === span
      if (vMerge !== null && attributeOf(vMerge, 'val') !== 'restart' && continues) {
        anchor.rowSpan += 1
        previous = null
        col += span
        continue
      }
      onCell()
      const cell: TableCell = { row: r, col, rowSpan: 1, colSpan: span, text: cellText(tc, nested) }
      cells.push(cell)
      if (vMerge === null) mergeAnchors.delete(col)
      else mergeAnchors.set(col, cell)
      previous = cell
      col += span
    }
    cols = Math.max(cols, col + gridCount(properties, 'gridAfter'))
  })
  return { rows: rows.length, cols, cells, nested }
}

/** The `localName` children of `parent`, looking through content controls and custom XML. */
function within(parent: DocxNode, localName: string): DocxNode[] {
  const out: DocxNode[] = []
  for (const child of parent.children) {
    if (child.name === localName) out.push(child)
    else if (WRAPPERS.has(child.name)) out.push(...within(child, localName))
  }
  return out
}

function isDeletedRow(row: DocxNode): boolean {
  return childOf(childOf(row, 'trPr'), 'del') !== null
}

/** A w:val count under `properties` (w:gridSpan, w:gridBefore, w:gridAfter); 0 when absent or not a number. */
function gridCount(properties: DocxNode | null, localName: string): number {
  const element = childOf(properties, localName)
  const value = element === null ? NaN : Number.parseInt(attributeOf(element, 'val') ?? '', 10)
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_SPAN) : 0
}

/** A cell's paragraphs as lines; its nested tables go to `nested` and add no text. */
function cellText(tc: DocxNode, nested: DocxNode[]): string {
  const lines: string[] = []
  const walk = (container: DocxNode): void => {
    for (const child of container.children) {
      if (child.name === 'p') lines.push(paragraphText(child))
      else if (child.name === 'tbl') nested.push(child)
      else if (WRAPPERS.has(child.name)) walk(child)
    }
  }
  walk(tc)
  return foldLines(lines.join('\n'))
}
