import type { Project, SourceRange } from '../domain/types.ts'

/** What the result-report layout prints: the fields of a 绩效评价结果 record. */
export type RenderableProject = Pick<
  Project,
  'name' | 'amountWan' | 'score' | 'grade' | 'performance' | 'problems' | 'suggestions' | 'rectifications' | 'unit'
>

export interface RenderInput {
  title: string | null
  projects: readonly RenderableProject[]
}

export interface RenderOptions {
  /** Characters of value text per line; 22 by default. */
  wrapAt?: number
  /** Insert a page break (lines of spaces) after every N text lines; none by default. */
  pageBreakEvery?: number
}

export interface RenderedReport {
  text: string
  /** Where each project's block lies in `text`, as parseReport reports it. */
  ranges: SourceRange[]
}

const BLOCK_HEADER = '绩效评价结果信息表'
const TITLE_TAIL = '项目绩效评价结果'
const PAGE_BREAK = [' ', '  ']
const CLOSING = new Set('，。、；：！？）》」』”’%％')
const OPENING = new Set('（《「『“‘')

/** The text is a blank line, then every line followed by a blank one: line i of `out` is line 2 + 2i. */
const lineNumber = (index: number): number => 2 + 2 * index

const isSpace = (c: string): boolean => /\s/.test(c)
const isAsciiGraphic = (c: string): boolean => c > ' ' && c <= '~'
const isAsciiAlnum = (c: string): boolean => /^[0-9A-Za-z]$/.test(c)
const isDigit = (c: string): boolean => c >= '0' && c <= '9'

interface Break {
  /** The line ends before this index. */
  end: number
  /** The next line starts at this index. */
  next: number
  /** False where a closing mark would start a line or an opening mark end one. */
  nice: boolean
}

/**
 * Where a line may break so that trimming and the parser's join rule give the text back:
 * never beside a space, never inside a run of ASCII, except that a single space between
 * two Latin words may become the break itself.
 */
function breakAt(chars: readonly string[], i: number): Break | null {
  const a = chars[i - 1]
  const b = chars[i]
  if (a === undefined || b === undefined) return null
  if (b === ' ') {
    const c = chars[i + 1]
    const joinsWithSpace = c !== undefined && isAsciiAlnum(a) && isAsciiAlnum(c) && !(isDigit(a) && isDigit(c))
    return joinsWithSpace ? { end: i, next: i + 1, nice: true } : null
  }
  if (isSpace(a) || isSpace(b) || (isAsciiGraphic(a) && isAsciiGraphic(b))) return null
  return { end: i, next: i, nice: !CLOSING.has(b) && !OPENING.has(a) }
}

function chooseBreak(chars: readonly string[], start: number, width: number): Break | null {
  const limit = Math.min(start + width, chars.length - 1)
  let fallback: Break | null = null
  for (let i = limit; i > start; i--) {
    const found = breakAt(chars, i)
    if (found?.nice === true) return found
    fallback ??= found
  }
  if (fallback !== null) return fallback
  for (let i = limit + 1; i < chars.length; i++) {
    const found = breakAt(chars, i)
    if (found !== null) return found
  }
  return null
}

/** Splits a value into lines of at most `width` characters where a safe break allows. */
export function wrapValue(value: string, width: number): string[] {
  const chars = Array.from(value)
  if (chars.length <= width) return [value]
  const lines: string[] = []
  let start = 0
  for (;;) {
    const found = chars.length - start > width ? chooseBreak(chars, start, width) : null
    if (found === null) {
      lines.push(chars.slice(start).join(''))
      return lines
    }
    lines.push(chars.slice(start, found.end).join(''))
    start = found.next
  }
}

function titleLines(title: string): string[] {
  if (title.length > TITLE_TAIL.length && title.endsWith(TITLE_TAIL)) {
    const chars = Array.from(title)
    const at = chars.length - TITLE_TAIL.length
    if (breakAt(chars, at) !== null) return [chars.slice(0, at).join(''), TITLE_TAIL]
  }
  return wrapValue(title, Math.ceil(Array.from(title).length / 2))
}

/** 338.62 → "338.62", 139.3 → "139.30", 12.345 → "12.345": two decimals unless that would change the number. */
export function formatAmount(amountWan: number): string {
  const fixed = amountWan.toFixed(2)
  return Number(fixed) === amountWan ? fixed : String(amountWan)
}

const numbered = (items: readonly string[]): string | null =>
  items.length === 0 ? null : items.map((item, i) => `（${i + 1}）${item}`).join('')

function fields(project: RenderableProject): Array<readonly [string, string | null]> {
  return [
    ['项目名称', project.name],
    ['项目单位', project.unit],
    ['决算金额', project.amountWan === null ? null : `${formatAmount(project.amountWan)}万元`],
    ['评价分值', project.score === null ? null : String(project.score)],
    ['评价结论', project.grade],
    ['主要绩效', project.performance],
    ['存在问题', numbered(project.problems)],
    ['整改建议', numbered(project.suggestions)],
    ['整改情况', numbered(project.rectifications)],
  ]
}

/** Renders records as report text in the layout of the bundled report, and says where each block went. */
export function renderReportWithRanges(input: RenderInput, options: RenderOptions = {}): RenderedReport {
  const wrapAt = Math.max(1, options.wrapAt ?? 22)
  const every = options.pageBreakEvery ?? 0
  const out: string[] = []
  let written = 0
  const write = (line: string): number => {
    out.push(line)
    const index = out.length - 1
    written++
    if (every > 0 && written % every === 0) out.push(...PAGE_BREAK)
    return index
  }
  const writeField = (lines: readonly string[]): number => {
    let last = -1
    lines.forEach((line, i) => {
      last = write(i === lines.length - 1 ? `${line} ` : line)
    })
    return last
  }

  if (input.title !== null && input.title !== '') writeField(titleLines(input.title))
  const ranges = input.projects.map((project) => {
    const start = write(`${BLOCK_HEADER} `)
    let end = start
    for (const [label, value] of fields(project)) {
      if (value === null) continue
      const [first = '', ...rest] = wrapValue(value, wrapAt)
      end = writeField([`${label} ${first}`, ...rest])
    }
    return { startLine: lineNumber(start), endLine: lineNumber(end) }
  })
  return { text: `\n${out.join('\n\n')}\n`, ranges }
}

/** Renders records as report text in the layout of the bundled report. Pure; runs in the browser too. */
export function renderReport(input: RenderInput, options: RenderOptions = {}): string {
  return renderReportWithRanges(input, options).text
}
