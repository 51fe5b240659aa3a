import { parse } from 'parse5'
import {
  DEFAULT_READ_LIMITS,
  type DocumentPart,
  type TableDocument,
  type ReadLimits,
  type TableReadFailureReason,
  type TableReadResult,
} from '../../domain/cell-table.ts'
import { decodeHtml } from './html-decode.ts'
import { elementChildren, holdsTable, type HtmlElement, type HtmlNode } from './html-dom.ts'
import { readHtmlTable } from './html-table.ts'
import { Lines, walkText, type TextSink } from './html-text.ts'

class Refused extends Error {
  readonly reason: TableReadFailureReason

  constructor(reason: TableReadFailureReason, detail: string) {
    super(detail)
    this.reason = reason
  }
}

/**
 * A saved web page (.html/.htm) → its title, its blocks of text and its data tables, in document
 * order. A table that holds another table lays out the page: its text and the tables inside it
 * are read as if it were not there. Tables without any text are left out. Never throws.
 */
export function readHtml(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): TableReadResult {
  try {
    return { ok: true, document: readDocument(bytes, limits) }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason, detail: error.message }
    if (error instanceof RangeError) return { ok: false, reason: 'too-large', detail: `网页过大或嵌套过深，无法读取（${error.message}）` }
    return { ok: false, reason: 'damaged', detail: `网页无法读取（${error instanceof Error ? error.message : String(error)}）` }
  }
}

function readDocument(bytes: Uint8Array, limits: ReadLimits): TableDocument {
  if (bytes.length > limits.maxInflatedBytes) {
    throw new Refused('too-large', `网页超过 ${Math.round(limits.maxInflatedBytes / 1024 / 1024)} MB，不予读取`)
  }
  const text = bytes.length === 0 ? null : decodeHtml(bytes)
  if (text === null) throw new Refused('not-a-document', bytes.length === 0 ? '文件是空的' : '不是网页（.html/.htm）文件：内容不是文本')
  return new PageReader(limits).read(parse(text))
}

class PageReader implements TextSink {
  private readonly parts: DocumentPart[] = []
  private readonly lines = new Lines()
  private tables = 0
  private cells = 0

  private readonly limits: ReadLimits

  constructor(limits: ReadLimits) {
    this.limits = limits
  }

  /** The page's <title> is the document's title, not a paragraph: it is not part of the page's text. */
  read(document: HtmlNode): TableDocument {
    const titleElement = findTitle(document)
    let title = ''
    if (titleElement !== null) {
      walkText(titleElement, this)
      title = this.lines.take()
    }
    walkText(document, this)
    this.block()
    return title === '' ? { parts: this.parts } : { parts: this.parts, title }
  }

  text(value: string): void {
    this.lines.add(value)
  }

  lineBreak(): void {
    this.lines.breakLine()
  }

  block(): void {
    const text = this.lines.take()
    if (text !== '') this.parts.push({ kind: 'text', text, page: null })
  }

  table(table: HtmlElement): boolean {
    if (holdsTable(table)) return true
    const caption = elementChildren(table).find((child) => child.tagName === 'caption')
    if (caption !== undefined) {
      walkText(caption, this)
      this.block()
    }
    const grid = readHtmlTable(table, cellText, () => {
      this.cells += 1
      if (this.cells > this.limits.maxCells) throw new Refused('too-large', `网页的表格超过 ${this.limits.maxCells} 个单元格，不予读取`)
    })
    if (grid.cells.every((cell) => cell.text === '')) return false
    if (grid.rows * grid.cols > this.limits.maxCells) {
      throw new Refused('too-large', `网页的表格（${grid.rows} 行 × ${grid.cols} 列）超过 ${this.limits.maxCells} 个格位，不予读取`)
    }
    this.tables += 1
    this.parts.push({ kind: 'table', table: { page: null, sheet: null, index: this.tables, rows: grid.rows, cols: grid.cols, cells: grid.cells } })
    return false
  }
}

/** A cell's text: its blocks and <br>s as lines. */
function cellText(cell: HtmlElement): string {
  const lines = new Lines()
  walkText(cell, {
    text: (value) => lines.add(value),
    lineBreak: () => lines.breakLine(),
    block: () => lines.breakLine(),
    // Never met: a table holding a shown table is read as layout, not as data.
    table: () => false,
  })
  return lines.take()
}

/** The page's <title> (the first, outside SVG), which walking the page skips. */
function findTitle(document: HtmlNode): HtmlElement | null {
  const stack = elementChildren(document).toReversed()
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (element.tagName === 'title') return element
    if (element.tagName !== 'svg' && element.tagName !== 'template') stack.push(...elementChildren(element).toReversed())
  }
  return null
}
