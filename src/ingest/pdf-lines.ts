import { matchLabel } from './labels.ts'

/** One text item as a PDF reader gives it: PDF user space, y pointing up, (x, y) on the baseline. */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  /** The font height; 0 when the reader could not tell. */
  height: number
}

export interface PdfPageItems {
  /** 1-based. */
  page: number
  items: readonly PdfTextItem[]
}

export interface RebuiltLines {
  /** Lines joined by "\n", no trailing newline: the input of parseReport. */
  text: string
  /** The 1-based page of each line of `text`: pageOfLine[n - 1] for the parser's line n. */
  pageOfLine: number[]
}

/** Items closer than this (in font heights) belong to one cell; farther apart, to two cells of a table row. */
const CELL_GAP = 0.8
/** A gap wider than this (in font heights) between two Latin runs is a word space. */
const WORD_GAP = 0.15
/** A gap between value lines wider than this many line pitches separates two table rows. */
const ROW_GAP = 1.25

/**
 * Kangxi radicals (⼀ U+2F00…), CJK radicals and compatibility ideographs, which some PDFs map their
 * glyphs to, become the ordinary ideographs by NFKC. Only these: NFKC of the whole text would also
 * turn the report's full-width （，：； into ASCII and change the text.
 */
const COMPATIBILITY_HAN = /[\u2e80-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu
const normaliseHan = (text: string): string => text.replace(COMPATIBILITY_HAN, (c) => c.normalize('NFKC'))

/** A CJK character: ideographs, CJK punctuation, full-width forms. */
export const CJK_CLASS = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]'
const CJK = new RegExp(CJK_CLASS, 'u')
export const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c)
/** Spaces between two CJK characters, as PDF readers insert between spaced-out glyphs. */
const SPACE_IN_CJK = new RegExp(`(${CJK_CLASS})\\s+(?=${CJK_CLASS})`, 'gu')
const isOneCjk = (text: string): boolean => text.length === 1 && isCjk(text)

interface Run {
  text: string
  x: number
  right: number
  y: number
  size: number
}

interface Cell {
  text: string
  x: number
  right: number
}

interface Line {
  y: number
  size: number
  cells: Cell[]
  /** Text of the cells inside the label column, or null. */
  label: string | null
  /** Cells inside the value column, or null. */
  value: Cell[] | null
  /** A cell straddles the column boundary, or the page has no table: the line is plain text. */
  plain: boolean
  /** The label group whose fragment lies on this line. */
  fragmentOf: LabelGroup | null
}

interface LabelGroup {
  text: string
  lines: number[]
  firstY: number
  lastY: number
  size: number
  /** The line the label is written in front of; null: the label stands alone on its first line. */
  start: number | null
}

interface PageLayout {
  page: number
  lines: Line[]
  groups: LabelGroup[]
  pitch: number
  /** Left edge of the value column's text; lines far right of it (centred headings) are not column lines. */
  valueLeft: number
}

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? null
}

function toRuns(items: readonly PdfTextItem[]): Run[] {
  const fallback = median(items.filter((item) => item.height > 0).map((item) => item.height)) ?? 10
  const runs: Run[] = []
  for (const item of items) {
    const text = normaliseHan(item.str)
    if (text.trim() === '') continue
    const size = item.height > 0 ? item.height : fallback
    runs.push({ text, x: item.x, right: item.x + Math.max(item.width, 0), y: item.y, size })
  }
  return runs
}

/** Groups runs by baseline (within half a font height), top to bottom; each group sorted left to right. */
function groupByBaseline(runs: readonly Run[]): Run[][] {
  const sorted = runs.toSorted((a, b) => b.y - a.y || a.x - b.x)
  const groups: Run[][] = []
  let current: Run[] = []
  let top = 0
  let size = 0
  for (const run of sorted) {
    if (current.length > 0 && top - run.y <= 0.5 * Math.max(size, run.size)) {
      current.push(run)
      size = Math.max(size, run.size)
      continue
    }
    if (current.length > 0) groups.push(current)
    current = [run]
    top = run.y
    size = run.size
  }
  if (current.length > 0) groups.push(current)
  return groups.map((group) => group.toSorted((a, b) => a.x - b.x))
}

/** Joins runs into cells: no space between CJK runs, one between Latin words, a new cell after a wide gap. */
function toCells(runs: readonly Run[], size: number): Cell[] {
  const cells: Cell[] = []
  let previous: Run | null = null
  for (const run of runs) {
    // Fake bold: the same text drawn again a hair to the right.
    if (previous !== null && run.text === previous.text && Math.abs(run.x - previous.x) < 0.3 * size) continue
    const cell = cells.at(-1)
    const gap = cell === undefined ? 0 : run.x - cell.right
    if (cell === undefined || gap > CELL_GAP * size) {
      cells.push({ text: run.text, x: run.x, right: run.right })
    } else {
      const wordSpace = gap > WORD_GAP * size && !isCjk(cell.text.at(-1)) && !isCjk(run.text[0])
      cell.text += wordSpace ? ` ${run.text}` : run.text
      cell.right = Math.max(cell.right, run.right)
    }
    previous = run
  }
  return joinSpread(
    cells.map((cell) => ({ ...cell, text: cell.text.replace(/\s+/g, ' ').replace(SPACE_IN_CJK, '$1').trim() })).filter((cell) => cell.text !== ''),
  )
}

/**
 * A label spread over its cell (分散对齐, "项   目") comes as one-character cells an equal gap apart:
 * they become one cell again. A cell after a different gap (the value) stays apart.
 */
function joinSpread(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = []
  let spread: { gap: number | null } | null = null
  for (const cell of cells) {
    const last = out.at(-1)
    if (last !== undefined && spread !== null && isOneCjk(cell.text)) {
      const gap = cell.x - last.right
      if (spread.gap === null || Math.abs(gap - spread.gap) <= 0.15 * spread.gap + 0.5) {
        last.text += cell.text
        last.right = cell.right
        spread.gap = gap
        continue
      }
    }
    out.push({ ...cell })
    spread = isOneCjk(cell.text) ? { gap: null } : null
  }
  return out
}

/**
 * The x that separates the label column from the value column: the point covered by the most gaps
 * between a line's first and second cell (the middle of that stretch), with how many cover it.
 */
function columnBoundary(lines: ReadonlyArray<{ cells: Cell[] }>): { x: number; support: number } | null {
  const events: Array<readonly [number, number]> = []
  for (const { cells } of lines) {
    const [first, second] = cells
    if (first === undefined || second === undefined) continue
    events.push([first.right, 1], [second.x, -1])
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let depth = 0
  let best: { x: number; support: number } | null = null
  events.forEach(([x, step], i) => {
    depth += step
    const next = events[i + 1]
    if (next !== undefined && depth > (best?.support ?? 0)) best = { x: (x + next[0]) / 2, support: depth }
  })
  return best
}

function classify(line: Line, boundary: number | null): void {
  if (boundary === null) return
  // Cells come sorted by x, so label cells (ending left of the boundary) precede value cells.
  const label = line.cells.filter((cell) => cell.right <= boundary)
  const value = line.cells.filter((cell) => cell.x >= boundary)
  if (label.length + value.length < line.cells.length) return
  line.plain = false
  line.label = label.length > 0 ? label.map((cell) => cell.text.replace(/\s+/g, '')).join('') : null
  line.value = value.length > 0 ? value : null
}

const isWholeLabel = (text: string): boolean => matchLabel(text)?.rest === ''

/** Stacks the label-column fragments of one cell ("项目" over "名称") into one label. */
function groupFragments(lines: Line[]): LabelGroup[] {
  const groups: LabelGroup[] = []
  lines.forEach((line, index) => {
    if (line.label === null) return
    const last = groups.at(-1)
    const stacks =
      last !== undefined &&
      !isWholeLabel(last.text) &&
      !isWholeLabel(line.label) &&
      last.lastY - line.y <= 2 * Math.max(last.size, line.size)
    const group: LabelGroup = stacks
      ? last
      : { text: '', lines: [], firstY: line.y, lastY: line.y, size: line.size, start: null }
    if (!stacks) groups.push(group)
    group.text += line.label
    group.lines.push(index)
    group.lastY = line.y
    group.size = Math.max(group.size, line.size)
    line.fragmentOf = group
  })
  return groups
}

/** The value line beside a label: the first at or below its first fragment and within about a line of its last. */
function valueLineBeside(group: LabelGroup, lines: readonly Line[], pitch: number, taken: ReadonlySet<number>): number | null {
  const first = group.lines[0] ?? 0
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]
    if (line === undefined || line.y < group.lastY - pitch) return null
    if (line.value === null || taken.has(i)) continue
    if (line.fragmentOf !== null && line.fragmentOf !== group) continue
    if (line.y <= group.firstY + 0.5 * group.size) return i
  }
  return null
}

/**
 * For labels centred beside a value of several lines: the first line of the row, found by walking up
 * the value column until a gap wider than the line pitch, a line outside the column or the page top.
 * Reaching a labelled line with no such gap means the rows cannot be told apart: keep `start`.
 */
function rowStart(layout: PageLayout, start: number): number {
  const { lines, pitch, valueLeft } = layout
  let top = start
  for (let i = start - 1; i >= 0; i--) {
    const line = lines[i]
    const below = lines[top]
    if (line === undefined || below === undefined) break
    if (line.value === null && !line.plain) continue // label-column fragments lie between value lines
    const inColumn = line.value !== null && (line.value[0]?.x ?? Infinity) <= valueLeft + 2.5 * line.size
    if (!inColumn || line.y - below.y > ROW_GAP * pitch) return top
    if (line.fragmentOf !== null) return start
    top = i
  }
  return top
}

function pageLines(items: readonly PdfTextItem[]): Line[] {
  return groupByBaseline(toRuns(items)).map((runs): Line => {
    const size = Math.max(...runs.map((run) => run.size))
    return { y: runs[0]?.y ?? 0, size, cells: toCells(runs, size), label: null, value: null, plain: true, fragmentOf: null }
  })
}

function layoutPage(page: number, lines: Line[], globalBoundary: number | null): PageLayout {
  const own = columnBoundary(lines)
  const boundary = own !== null && own.support >= 2 ? own.x : (globalBoundary ?? own?.x ?? null)
  for (const line of lines) classify(line, boundary)

  const size = median(lines.map((line) => line.size)) ?? 10
  const valueLines = lines.filter((line) => line.value !== null)
  const deltas = valueLines.slice(1).map((line, i) => (valueLines[i]?.y ?? line.y) - line.y)
  const pitch = median(deltas.filter((d) => d > 0.5 * size && d < 3 * size)) ?? 1.5 * size
  const labelled = lines.filter((line) => line.label !== null && line.value !== null)
  const valueLeft = Math.min(...labelled.map((line) => line.value?.[0]?.x ?? Infinity))

  const groups = groupFragments(lines)
  const taken = new Set<number>()
  for (const group of groups) {
    group.start = valueLineBeside(group, lines, pitch, taken)
    if (group.start !== null) taken.add(group.start)
  }
  return { page, lines, groups, pitch, valueLeft }
}

function lineTexts(line: Line, label: string | null): string[] {
  if (line.plain) return [line.cells.map((cell) => cell.text).join(' ')]
  // A second label inside the value column ("决算金额 338.62万元 评价分值 93.17") starts its own line.
  const out: string[] = []
  let current: string[] = label === null ? [] : [label]
  for (const cell of line.value ?? []) {
    if (isWholeLabel(cell.text) && current.length > (label === null ? 0 : 1)) {
      out.push(current.join(' '))
      current = []
    }
    current.push(cell.text)
  }
  if (current.length > 0) out.push(current.join(' '))
  return out
}

/**
 * Rebuilds the text lines of a PDF from its positioned text items, in reading order: lines by
 * baseline top to bottom, items left to right; a space between the label and value cells of a
 * table row; labels wrapped inside a narrow label column ("项目" over "名称") joined and written in
 * front of the first line of their value. Pure: no PDF library, runs in Node and the browser.
 */
export function rebuildLines(pages: readonly PdfPageItems[]): RebuiltLines {
  const sorted = pages.toSorted((a, b) => a.page - b.page)
  const groups = rebuildLineGroups(sorted)
  return {
    text: groups.flat().join('\n'),
    pageOfLine: groups.flatMap((lines, i) => lines.map(() => sorted[i]?.page ?? 0)),
  }
}

/**
 * rebuildLines for parts of pages, in the order given (the text above, between and below a page's
 * tables): the lines of each part. The label column is found over all the parts together.
 */
export function rebuildLineGroups(parts: readonly PdfPageItems[]): string[][] {
  const byPart = parts.map(({ page, items }) => ({ page, lines: pageLines(items) }))
  const global = columnBoundary(byPart.flatMap(({ lines }) => lines))
  const layouts = byPart.map(({ page, lines }) => layoutPage(page, lines, global?.x ?? null))

  // Labels centred beside their value show up as a first fragment on a line of its own above the value
  // line they are matched to; top-aligned labels never do. Only then look for the row's first line.
  const centred = layouts.some(({ groups }) => groups.some((g) => g.start !== null && g.start !== g.lines[0]))
  if (centred) {
    for (const layout of layouts) {
      for (const group of layout.groups) if (group.start !== null) group.start = rowStart(layout, group.start)
    }
  }

  return layouts.map(({ lines, groups }) => {
    const labelAt = new Map<number, string>()
    for (const group of groups) labelAt.set(group.start ?? group.lines[0] ?? 0, group.text)
    return lines.flatMap((line, i) => {
      const label = labelAt.get(i) ?? null
      return line.plain || line.value !== null ? lineTexts(line, label) : label === null ? [] : [label]
    })
  })
}

/** One visual line of text: its items joined as rebuildLines joins them, and where it lies. */
export interface VisualLine {
  text: string
  x: number
  right: number
  /** The baseline. */
  y: number
  size: number
}

/** The visual lines of some text items (a table cell's), top to bottom, without the label-column handling. */
export function visualLines(items: readonly PdfTextItem[]): VisualLine[] {
  return pageLines(items).flatMap(({ y, size, cells }) => {
    const first = cells[0]
    const last = cells.at(-1)
    if (first === undefined || last === undefined) return []
    return [{ text: cells.map((cell) => cell.text).join(' '), x: first.x, right: last.right, y, size }]
  })
}
