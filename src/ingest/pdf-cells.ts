import { cellAddress, type DocumentPart, type TableCell, type TableDocument } from '../domain/cell-table.ts'
import { CJK_CLASS, isCjk, type PdfPageItems, type PdfTextItem, rebuildLineGroups, type VisualLine, visualLines } from './pdf-lines.ts'
import { continues, joinContinued, type PlacedTable } from './pdf-continued-tables.ts'
import { type RuledCell, type RuledTable, type RuleSegment, ruledTables } from './pdf-rules.ts'

/** A page's text items and the rules it draws, both in PDF user space. */
export interface PdfPageContent extends PdfPageItems {
  rules: readonly RuleSegment[]
}

/** A table found on a page, without its number in the document, where it lies, and its column edges. */
interface PageTable extends PlacedTable {
  top: number
}

export interface PageTables {
  /** Top to bottom. */
  tables: PageTable[]
  /** The items in no cell. */
  outside: PdfTextItem[]
}

/** Spaces beside a CJK character: PDF readers put them where a gap sits between CJK and Latin glyphs (2018 年). */
const SPACE_BY_CJK = new RegExp(`\\s+(?=${CJK_CLASS})|(?<=${CJK_CLASS})\\s+`, 'gu')
/** A line ending with these ends a sentence: a short line after one is a real new line, not a wrap. */
const SENTENCE_END = /[。！？；：!?;:]$/u
const WORD_END = /[\p{L}\p{N}]$/u
const WORD_START = /^[\p{L}\p{N}]/u
/** How far (in font heights) a wrapped line may stop short of the room its next line's first word needs. */
const WRAP_SLACK = 0.5

/** Widths in em as a CJK font draws them: CJK one, the rest half. */
const units = (text: string): number => [...text].reduce((sum, c) => sum + (isCjk(c) ? 1 : 0.5), 0)

/**
 * What the next line needed room for on the previous one: its first word (a CJK character, or a
 * run of Latin letters and digits) with the opening brackets before it and the closing marks after
 * it, which a line may neither end nor start with.
 */
const FIRST_CHUNK = new RegExp(`^[（《“‘〔【「『([{]*(?:(?:(?!${CJK_CLASS})\\S)+|.)[）》”’〕】」』)\\]},.，。、；：？！!?;:%]*`, 'u')

/** The width of the next line's first chunk, measured on the line. */
function firstChunkWidth(line: VisualLine): number {
  const chunk = FIRST_CHUNK.exec(line.text)?.[0] ?? ''
  const all = units(line.text)
  return all === 0 ? 0 : ((line.right - line.x) * units(chunk)) / all
}

/**
 * A cell's text from its visual lines. A line break is a wrap, and the lines join without a
 * newline, when the previous line leaves no room for the next line's first word, or when CJK meets
 * CJK and the previous line does not end a sentence; otherwise it is a real new line ('\n'). Wrapped
 * Latin words keep a space between them.
 */
function cellText(lines: readonly VisualLine[], cell: RuledCell): string {
  const padding = Math.max(0, Math.min(...lines.map((line) => line.x - cell.left)))
  let text = ''
  lines.forEach((line, i) => {
    const previous = lines[i - 1]
    if (previous === undefined) {
      text = line.text
      return
    }
    const room = cell.right - padding - previous.right
    const last = /.$/u.exec(previous.text)?.[0]
    const first = /^./u.exec(line.text)?.[0]
    const wrapped =
      room < firstChunkWidth(line) + WRAP_SLACK * line.size || (isCjk(last) && isCjk(first) && !SENTENCE_END.test(previous.text))
    // Words wrap at spaces; a line of one word (a code, a number) broke inside it for want of room.
    const space = wrapped && WORD_END.test(previous.text) && WORD_START.test(line.text) && previous.text.includes(' ')
    text += (wrapped ? (space ? ' ' : '') : '\n') + line.text
  })
  return text
    .split('\n')
    .map((paragraph) => paragraph.replace(SPACE_BY_CJK, '').trim())
    .join('\n')
}

/**
 * Whether a cell's last line leaves no room for another CJK character (with the slack a wrap
 * allows): its text may have been cut there, by a page break, to go on below.
 */
function fillsLastLine(lines: readonly VisualLine[], cell: RuledCell, padding: number): boolean {
  const last = lines.at(-1)
  return last !== undefined && cell.right - padding - last.right < (1 + WRAP_SLACK) * last.size
}

const contains = (box: { left: number; right: number; top: number; bottom: number }, x: number, y: number): boolean =>
  x >= box.left && x <= box.right && y >= box.bottom && y <= box.top

/** The point an item is placed by: the middle of its run, a third of the font height above the baseline. */
const centreOf = (item: PdfTextItem): [number, number] => [item.x + Math.max(item.width, 0) / 2, item.y + 0.3 * item.height]

/** The item runs past a side of its cell: a PDF reader joined the texts of neighbouring cells. */
const crosses = (item: PdfTextItem, cell: RuledCell): boolean => item.x < cell.left - 1 || item.x + item.width > cell.right + 1

/**
 * An item's words as items of their own, placed along it in proportion to their widths: a PDF
 * reader joins the texts of neighbouring cells of a row into one item with a space between when
 * they are close, and each word must go to its own cell.
 */
function words(item: PdfTextItem): PdfTextItem[] {
  const total = units(item.str)
  if (!/\S\s+\S/u.test(item.str) || total === 0) return [item]
  const scale = item.width / total
  const out: PdfTextItem[] = []
  let offset = 0
  for (const [run] of item.str.matchAll(/\S+|\s+/gu)) {
    const width = units(run) * scale
    if (run.trim() !== '') out.push({ ...item, str: run, x: item.x + offset, width })
    offset += width
  }
  return out
}

/**
 * The tables a page's rules draw, with the text of each cell: every text item goes to the
 * smallest cell holding its centre; one that runs into the next cell is split into its words
 * first. Tables without any text are left out (signature boxes, empty grids); so are frames
 * around a table. Each table keeps its column edges and the cells whose text fills its last line,
 * which a page break may have cut (joinPageBreaks).
 */
export function pageTables(items: readonly PdfTextItem[], rules: readonly RuleSegment[]): PageTables {
  const ruled = rules.length < 4 ? [] : ruledTables(rules)
  if (ruled.length === 0) return { tables: [], outside: [...items] }
  const cells = ruled.flatMap((table) => table.cells.map((cell) => ({ cell, table, items: [] as PdfTextItem[] })))
  cells.sort((a, b) => (a.cell.right - a.cell.left) * (a.cell.top - a.cell.bottom) - (b.cell.right - b.cell.left) * (b.cell.top - b.cell.bottom))
  const homeOf = (item: PdfTextItem): (typeof cells)[number] | undefined => {
    const [x, y] = centreOf(item)
    return cells.find(({ cell, table }) => contains(table, x, y) && contains(cell, x, y))
  }
  const outside: PdfTextItem[] = []
  for (const whole of items) {
    const home = homeOf(whole)
    const pieces = home !== undefined && crosses(whole, home.cell) ? words(whole) : [whole]
    for (const item of pieces) {
      const own = item === whole ? home : homeOf(item)
      if (own === undefined) outside.push(item)
      else own.items.push(item)
    }
  }
  const tables = ruled.flatMap((table: RuledTable): PageTable[] => {
    const own = cells
      .filter((c) => c.table === table)
      .toSorted((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col)
      .map(({ cell, items: inCell }) => ({ cell, items: inCell, lines: visualLines(inCell) }))
    const tableCells = own.map(({ cell, lines }): TableCell => ({
      row: cell.row,
      col: cell.col,
      rowSpan: cell.rowSpan,
      colSpan: cell.colSpan,
      text: lines.length === 0 ? '' : cellText(lines, cell),
    }))
    if (tableCells.every((cell) => cell.text === '')) {
      outside.push(...own.flatMap((c) => c.items))
      return []
    }
    const edges: number[] = []
    for (const cell of table.cells) {
      edges[cell.col] = cell.left
      edges[cell.col + cell.colSpan] = cell.right
    }
    // The table's padding: the least gap between a cell's left edge and its text (none where text sticks out).
    const padding = Math.max(0, Math.min(...own.flatMap(({ cell, lines }) => lines.map((line) => line.x - cell.left))))
    const fullCells = new Set(own.filter(({ cell, lines }) => fillsLastLine(lines, cell, padding)).map(({ cell }) => cellAddress(cell.row, cell.col)))
    return [{ top: table.top, edges, fullCells, table: { page: null, sheet: null, rows: table.rows, cols: table.cols, cells: tableCells } }]
  })
  return { tables, outside }
}

/**
 * A PDF as a TableDocument: page by page, top to bottom, the lines outside tables as text parts
 * (one per line, rebuilt as rebuildLines does) and each ruled table as a table part, numbered from
 * 1 through the document. A table that runs on to the next page is one table (joinPageBreaks), on
 * the page it starts on.
 */
export function pdfDocument(pages: readonly PdfPageContent[]): TableDocument {
  const texts: PdfPageItems[] = []
  const order: Array<{ text: number } | { table: PlacedTable & { page: number } }> = []
  for (const { page, items, rules } of pages.toSorted((a, b) => a.page - b.page)) {
    const { tables, outside } = pageTables(items, rules)
    // The text above the first table, between each two, and below the last (or beside: after the table).
    const bands: PdfTextItem[][] = Array.from({ length: tables.length + 1 }, () => [])
    for (const item of outside) {
      const y = centreOf(item)[1]
      bands[tables.filter((t) => t.top > y).length]?.push(item)
    }
    bands.forEach((band, i) => {
      if (band.length > 0) {
        order.push({ text: texts.length })
        texts.push({ page, items: band })
      }
      const found = tables[i]
      if (found !== undefined) order.push({ table: { ...found, page } })
    })
  }
  const lines = rebuildLineGroups(texts)
  const parts = order.flatMap((entry): Array<TextPart | PlacedPart> => {
    if ('table' in entry) return [{ kind: 'table', placed: entry.table, page: entry.table.page }]
    const page = texts[entry.text]?.page ?? null
    return (lines[entry.text] ?? []).map((text) => ({ kind: 'text', text, page }))
  })
  let index = 0
  return {
    parts: joinPageBreaks(parts).map((part): DocumentPart =>
      part.kind === 'text' ? part : { kind: 'table', table: { ...part.placed.table, page: part.page, index: ++index } },
    ),
  }
}

type TextPart = Extract<DocumentPart, { kind: 'text' }>
interface PlacedPart {
  kind: 'table'
  placed: PlacedTable
  page: number
}

/** A page number printed below a table: "-1-", "— 2 —", "第 3 页", "3/12". */
const PAGE_NUMBER = /^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/u

/**
 * Tables that a page break cut: the last table of a page and the first of the next, with only a
 * page number between them and the same columns (continues), become one table (joinContinued), so
 * a form that runs on reads as one table and a row the break cut reads as one row.
 */
function joinPageBreaks(parts: ReadonlyArray<TextPart | PlacedPart>): Array<TextPart | PlacedPart> {
  const out: Array<TextPart | PlacedPart> = []
  let open: { part: PlacedPart; endPage: number } | null = null
  let between: TextPart[] = []
  for (const part of parts) {
    if (part.kind === 'text') {
      if (open !== null && PAGE_NUMBER.test(part.text.trim())) {
        between.push(part)
        continue
      }
      out.push(...between, part)
      between = []
      open = null
      continue
    }
    if (open !== null && part.page === open.endPage + 1 && continues(open.part.placed, part.placed)) {
      open.part.placed = joinContinued(open.part.placed, part.placed)
      open.endPage = part.page
    } else {
      open = { part, endPage: part.page }
      out.push(...between, part)
      between = []
      continue
    }
    // The page numbers the break left stay, after the joined table.
    out.push(...between)
    between = []
  }
  out.push(...between)
  return out
}
