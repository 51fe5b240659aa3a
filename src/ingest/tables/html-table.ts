import type { TableCell } from '../../domain/cell-table.ts'
import { attr, elementChildren, isUnseen, type HtmlElement } from './html-dom.ts'

export interface HtmlTableGrid {
  rows: number
  cols: number
  cells: TableCell[]
}

/** The HTML limits (colspan ≤ 1000, rowspan ≤ 65534). */
const MAX_COLSPAN = 1000
const MAX_ROWSPAN = 65534

interface SourceRow {
  tr: HtmlElement
  cells: { element: HtmlElement; text: string }[]
}

/**
 * A data <table> → its grid, by the HTML table algorithm: rows from its row groups in document
 * order, each cell placed at the first column no rowspan from above occupies, rowspan bounded by
 * the rows left in its row group (0 = to the group's end), colspan cut short where it would run
 * into a cell from above. Hidden rows are left out, and so is the empty `height=0` row Word's
 * HTML adds to fix column widths. `onCell` is called for every cell made, to count them.
 */
export function readHtmlTable(table: HtmlElement, cellText: (cell: HtmlElement) => string, onCell: () => void): HtmlTableGrid {
  const cells: TableCell[] = []
  let y = 0
  let cols = 0
  for (const group of rowGroups(table, cellText)) {
    const end = y + group.length
    // Cells from rows above that still cover rows of this group.
    let spanning: TableCell[] = []
    for (const row of group) {
      spanning = spanning.filter((cell) => cell.row + cell.rowSpan > y).toSorted((a, b) => a.col - b.col)
      const placed: TableCell[] = []
      let x = 0
      let next = 0
      for (const { element, text } of row.cells) {
        // Skip past the columns rowspans from above cover here.
        for (let cell = spanning[next]; cell !== undefined && cell.col <= x; cell = spanning[++next]) {
          x = Math.max(x, cell.col + cell.colSpan)
        }
        const blocker = spanning[next]
        const colSpan = Math.min(span(element, 'colspan', MAX_COLSPAN) || 1, blocker === undefined ? MAX_COLSPAN : blocker.col - x)
        const rowSpanValue = span(element, 'rowspan', MAX_ROWSPAN)
        const rowSpan = Math.max(1, Math.min(rowSpanValue === 0 ? end - y : rowSpanValue, end - y))
        onCell()
        const cell: TableCell = { row: y, col: x, rowSpan, colSpan, text }
        cells.push(cell)
        if (rowSpan > 1) placed.push(cell)
        x += colSpan
        cols = Math.max(cols, x)
      }
      spanning.push(...placed)
      y += 1
    }
  }
  return { rows: y, cols, cells }
}

/** A colspan or rowspan as HTML parses it (leading digits; absent or not a number → 1), at most `max`. */
function span(element: HtmlElement, name: string, max: number): number {
  const value = /^\s*\+?(\d+)/.exec(attr(element, name) ?? '')
  return value === null ? 1 : Math.min(Number(value[1]), max)
}

function rowGroups(table: HtmlElement, cellText: (cell: HtmlElement) => string): SourceRow[][] {
  const groups: HtmlElement[][] = []
  let loose: HtmlElement[] | null = null
  for (const child of elementChildren(table)) {
    if (isUnseen(child)) continue
    if (child.tagName === 'tr') {
      if (loose === null) groups.push((loose = []))
      loose.push(child)
      continue
    }
    loose = null
    if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      groups.push(elementChildren(child).filter((row) => row.tagName === 'tr' && !isUnseen(row)))
    }
  }
  return groups.map((rows) =>
    rows
      .map((tr) => ({
        tr,
        cells: elementChildren(tr)
          .filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
          .map((element) => ({ element, text: isUnseen(element) ? '' : cellText(element) })),
      }))
      .filter((row) => !isWordSpacerRow(row)),
  )
}

/** `<tr height=0>` of empty cells: Word's HTML adds it to fix misaligned column widths. */
function isWordSpacerRow(row: SourceRow): boolean {
  const height = attr(row.tr, 'height') ?? /(?:^|;)\s*height\s*:\s*([\d.]+)/i.exec(attr(row.tr, 'style') ?? '')?.[1]
  return height !== undefined && Number.parseFloat(height) === 0 && row.cells.every((cell) => cell.text === '')
}
