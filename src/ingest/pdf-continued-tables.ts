import { type CellTable, cellAddress, type TableCell } from '../domain/cell-table.ts'

/** A table of one page, with the x of each column edge (cols + 1 of them, left to right). */
export interface PlacedTable {
  table: Omit<CellTable, 'index'>
  edges: number[]
  /**
   * The cells (by address, 'I16') whose text fills its last line up to the right edge: text that a
   * page break may have cut, and that may go on in the same cell on the next page.
   */
  fullCells: ReadonlySet<string>
}

/** Column edges closer than this (pt) are the same edge drawn on two pages. */
const SAME_EDGE = 3.5

const SENTENCE_END = /[。！？；!?;]$/u
/** A placeholder row's only text: a row of its own, never the rest of a cut one. */
const PLACEHOLDER = /^(?:…+|\.{3,}|[—-]+|\/)$/u

const near = (edges: readonly number[], x: number): boolean => edges.some((edge) => Math.abs(edge - x) <= SAME_EDGE)

/**
 * Whether `b`, the first table of a page, is the rest of `a`, the last table of the page before:
 * the same outer edges, and at least half the inner edges of the one with fewer also edges of the
 * other (one table's columns; another form that happens to be as wide has columns of its own).
 */
export function continues(a: PlacedTable, b: PlacedTable): boolean {
  const [aLeft, aRight] = [a.edges[0], a.edges.at(-1)]
  const [bLeft, bRight] = [b.edges[0], b.edges.at(-1)]
  if (aLeft === undefined || aRight === undefined || bLeft === undefined || bRight === undefined) return false
  if (Math.abs(aLeft - bLeft) > SAME_EDGE || Math.abs(aRight - bRight) > SAME_EDGE) return false
  const [fewer, more] = a.edges.length <= b.edges.length ? [a.edges, b.edges] : [b.edges, a.edges]
  const inner = fewer.slice(1, -1)
  return inner.filter((x) => near(more, x)).length * 2 >= inner.length
}

/** The edges of both tables, each edge once. */
function unionEdges(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  for (const x of [...a, ...b].toSorted((p, q) => p - q)) {
    const last = out.at(-1)
    if (last === undefined || x - last > SAME_EDGE) out.push(x)
  }
  return out
}

const indexOf = (edges: readonly number[], x: number): number => {
  let best = 0
  edges.forEach((edge, i) => {
    if (Math.abs(edge - x) < Math.abs((edges[best] ?? 0) - x)) best = i
  })
  return best
}

/** A cell on the joined columns, and whether its text fills its last line. */
interface Joined {
  cell: TableCell
  full: boolean
}

/** The table's cells on the joined columns. */
function remap(placed: PlacedTable, edges: readonly number[]): Joined[] {
  return placed.table.cells.map((cell) => {
    const col = indexOf(edges, placed.edges[cell.col] ?? 0)
    const end = indexOf(edges, placed.edges[cell.col + cell.colSpan] ?? 0)
    return { cell: { ...cell, col, colSpan: Math.max(1, end - col) }, full: placed.fullCells.has(cellAddress(cell.row, cell.col)) }
  })
}

const sameColumns = (p: TableCell, q: TableCell): boolean => p.col === q.col && p.colSpan === q.colSpan

/**
 * Text a page break cut, joined. The text before filled its last line (or one side is empty), so
 * the break was a wrap: no break between, a space between two Latin words, a new line only after
 * a sentence's end.
 */
function joinText(before: string, after: string): string {
  if (before === '') return after
  if (after === '') return before
  if (SENTENCE_END.test(before)) return `${before}\n${after}`
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? `${before} ${after}` : before + after
}

/**
 * One table from a table and its rest on the next page. Cells merged over rows that the break cut
 * (one piece empty, at the same columns) become one cell again, and a row the break cut in two
 * becomes one row. The rest's first row is a cut row when it holds text in at most two cells, none
 * a placeholder, each below a cell whose text fills its last line, and the last row holds text in
 * more cells than it: the rest of a row has text only where a cell ran on.
 */
export function joinContinued(a: PlacedTable, b: PlacedTable): PlacedTable {
  const edges = unionEdges(a.edges, b.edges)
  const top = remap(a, edges)
  const lastRow = a.table.rows - 1
  const reachingBottom = top.filter(({ cell }) => cell.row + cell.rowSpan - 1 === lastRow)
  const rest = remap(b, edges)
  const counterpart = (cell: TableCell): Joined | undefined => reachingBottom.find((above) => sameColumns(above.cell, cell))
  const filledAbove = reachingBottom.filter(({ cell }) => cell.row === lastRow && cell.text !== '')
  const filledBelow = rest.filter(({ cell }) => cell.row === 0 && cell.text !== '').map(({ cell }) => cell)
  // Cells of the row itself (not pieces of merged cells): the rest of a cut row has text in fewer of them.
  const ownAbove = filledAbove.filter(({ cell }) => cell.rowSpan === 1).length
  const ownBelow = filledBelow.filter((cell) => cell.rowSpan === 1).length
  const cutRow =
    filledBelow.length > 0 &&
    ownBelow < ownAbove &&
    !filledBelow.some((cell) => PLACEHOLDER.test(cell.text)) &&
    filledBelow.every((cell) => {
      const above = counterpart(cell)
      return above !== undefined && above.cell.text !== '' && above.full
    })
  // Labels of groups (一级指标, 二级指标) stand left of what they group: empty cells before the row's first text are their cut pieces.
  const firstFilledCol = Math.min(...filledBelow.map((cell) => cell.col))
  const offset = cutRow ? lastRow : a.table.rows
  const cells = [...top]
  for (const { cell, full } of rest) {
    const above = cell.row === 0 ? counterpart(cell) : undefined
    // A merged cell the break cut: one piece holds the text (or neither does), the other is empty.
    const cutMerge =
      above !== undefined &&
      (above.cell.text === '' || cell.text === '') &&
      (above.cell.rowSpan > 1 || cell.rowSpan > 1 || (cell.text === '' && cell.col < firstFilledCol))
    if (above !== undefined && (cutRow || cutMerge)) {
      above.cell.text = joinText(above.cell.text, cell.text)
      above.cell.rowSpan = lastRow + (cutRow ? 0 : 1) + cell.rowSpan - above.cell.row
      if (cell.text !== '') above.full = full
      continue
    }
    if (cutRow && cell.row === 0) {
      // An empty piece under no cell of its own above: the cut row's cells cover its place; what it spans below stays.
      if (cell.rowSpan > 1) cells.push({ cell: { ...cell, row: offset + 1, rowSpan: cell.rowSpan - 1 }, full })
      continue
    }
    cells.push({ cell: { ...cell, row: cell.row + offset }, full })
  }
  cells.sort((p, q) => p.cell.row - q.cell.row || p.cell.col - q.cell.col)
  return {
    table: { ...a.table, rows: offset + b.table.rows, cols: edges.length - 1, cells: cells.map(({ cell }) => cell) },
    edges,
    fullCells: new Set(cells.filter(({ full }) => full).map(({ cell }) => cellAddress(cell.row, cell.col))),
  }
}
