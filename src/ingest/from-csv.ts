import Papa from 'papaparse'
import type { Dataset, Diagnostic, Grade, Project } from '../domain/types.ts'
import { CSV_COLUMNS, CSV_LIST_SEPARATOR, type CsvColumn } from './to-csv.ts'

export interface CsvImport {
  /** One dataset per sourceName, in order of first appearance. title, department, year: null. */
  datasets: Dataset[]
  diagnostics: Diagnostic[]
}

const GRADES: readonly string[] = ['优', '良', '中', '差'] satisfies Grade[]
/** What Number#toString writes for a finite number, and nothing else (no blanks, hex, "Infinity"). */
const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

const PAPA_ERRORS: Partial<Record<string, string>> = {
  MissingQuotes: '引号未闭合',
  InvalidQuotes: '引号后紧跟了其他字符',
}

interface CsvRow {
  cells: string[]
  /** 1-based line of the CSV text where the row starts. */
  line: number
}

/**
 * Reads the CSV written by toCsv back into datasets. Columns are found by header name, so their
 * order may differ; columns it does not know are ignored with a warning. For the projects this is
 * the exact inverse of toCsv: one leading ' is removed from every text cell (toCsv adds it to
 * cells starting with = + - @ tab CR or '), lists are split on the newline, an empty cell is null
 * (an empty list for lists), numbers read back exactly. What CSV cannot tell apart: an empty
 * string and null, [''] and [], an item holding a newline and two items, -0 and 0; the parser
 * produces none of them. Never throws: problems become diagnostics.
 */
export function fromCsv(text: string): CsvImport {
  const diagnostics: Diagnostic[] = []
  const rows = readRows(text, diagnostics)
  const header = rows.shift()
  if (header === undefined) {
    diagnostics.push(error('csv-empty', 'CSV 文件为空，没有表头。', null))
    return { datasets: [], diagnostics }
  }
  const columns = mapColumns(header, diagnostics)
  if (columns === null) return { datasets: [], diagnostics }

  const datasets = new Map<string, Dataset>()
  for (const row of rows) {
    if (row.cells.length !== header.cells.length) {
      diagnostics.push(
        warning(
          'csv-field-count',
          `此行有 ${row.cells.length} 列，表头有 ${header.cells.length} 列。`,
          row.line,
        ),
      )
    }
    const project = readProject(row, columns, diagnostics)
    if (project === null) continue
    const sourceName = unescapeText(cellOf(row, columns, 'sourceName'))
    let dataset = datasets.get(sourceName)
    if (dataset === undefined) {
      dataset = { title: null, department: null, year: null, sourceName, projects: [] }
      datasets.set(sourceName, dataset)
    }
    dataset.projects.push(project)
  }
  return { datasets: [...datasets.values()], diagnostics }
}

function readRows(text: string, diagnostics: Diagnostic[]): CsvRow[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows: CsvRow[] = []
  const lines = lineCounter(body)
  let cursor = 0
  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    delimiter: headerDelimiter(body),
    step: (result) => {
      let start = cursor
      // Empty lines skipped before this row still moved the cursor past them: skip them too.
      while (body[start] === '\r' || body[start] === '\n') start++
      const line = lines(start)
      cursor = result.meta.cursor
      rows.push({ cells: result.data, line })
      for (const e of result.errors) {
        const what = PAPA_ERRORS[e.code] ?? e.message
        diagnostics.push(warning('csv-syntax', `CSV 格式有误：${what}。`, line))
      }
    },
  })
  return rows
}

/**
 * The header names hold no delimiter, so the first one on the first line is it: ',' as toCsv
 * writes, or ';' / tab after a spreadsheet re-saved the file. Papaparse's own guessing is not
 * used: it weighs field counts and can be swayed by cells full of ; or tabs.
 */
function headerDelimiter(body: string): string {
  const firstLine = body.slice(0, body.search(/\r|\n|$/))
  const found = [',', '\t', ';']
    .map((d) => ({ d, at: firstLine.indexOf(d) }))
    .filter((x) => x.at >= 0)
  found.sort((a, b) => a.at - b.at)
  return found[0]?.d ?? ','
}

/** Returns a function giving the 1-based line of an offset; offsets must not decrease. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0
  let line = 1
  return (offset) => {
    for (; at < offset; at++) {
      const ch = text[at]
      if (ch === '\n' || (ch === '\r' && text[at + 1] !== '\n')) line++
    }
    return line
  }
}

type ColumnIndex = Record<CsvColumn, number>

function mapColumns(header: CsvRow, diagnostics: Diagnostic[]): ColumnIndex | null {
  const found = new Map<string, number>()
  header.cells.forEach((cell, index) => {
    const name = cell.trim()
    if ((CSV_COLUMNS as readonly string[]).includes(name)) {
      if (!found.has(name)) found.set(name, index)
    } else {
      diagnostics.push(warning('csv-unknown-column', `未知的列「${name}」，已忽略。`, header.line))
    }
  })
  const missing = CSV_COLUMNS.filter((column) => !found.has(column))
  if (missing.length > 0) {
    diagnostics.push(
      error('csv-missing-column', `表头缺少列：${missing.join('、')}。`, header.line),
    )
    return null
  }
  return Object.fromEntries(found) as ColumnIndex
}

function readProject(row: CsvRow, columns: ColumnIndex, diagnostics: Diagnostic[]): Project | null {
  const startLine = readLineNumber(row, columns, 'sourceStartLine', diagnostics)
  const endLine = readLineNumber(row, columns, 'sourceEndLine', diagnostics)
  if (startLine === null || endLine === null) return null
  const text = (column: CsvColumn) => nullIfEmpty(unescapeText(cellOf(row, columns, column)))
  const list = (column: CsvColumn) => {
    const value = unescapeText(cellOf(row, columns, column))
    return value === '' ? [] : value.split(CSV_LIST_SEPARATOR)
  }
  const number = (column: CsvColumn) => readNumber(row, columns, column, diagnostics)
  return {
    name: text('name'),
    amountWan: number('amountWan'),
    score: number('score'),
    grade: readGrade(row, columns, diagnostics),
    performance: text('performance'),
    problems: list('problems'),
    suggestions: list('suggestions'),
    rectifications: list('rectifications'),
    executionRate: number('executionRate'),
    unit: text('unit'),
    source: { startLine, endLine },
  }
}

function cellOf(row: CsvRow, columns: ColumnIndex, column: CsvColumn): string {
  return row.cells[columns[column]] ?? ''
}

/** Undoes toCsv's formula guard: every text cell that starts with ' got exactly one added. */
function unescapeText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell
}

function nullIfEmpty(value: string): string | null {
  return value === '' ? null : value
}

function readNumber(
  row: CsvRow,
  columns: ColumnIndex,
  column: CsvColumn,
  diagnostics: Diagnostic[],
): number | null {
  const cell = cellOf(row, columns, column)
  if (cell === '') return null
  const value = NUMBER_TEXT.test(cell) ? Number(cell) : Number.NaN
  if (Number.isFinite(value)) return value
  diagnostics.push(
    warning('csv-bad-number', `列 ${column} 的「${cell}」不是数字，按缺失处理。`, row.line),
  )
  return null
}

function readGrade(row: CsvRow, columns: ColumnIndex, diagnostics: Diagnostic[]): Grade | null {
  const cell = unescapeText(cellOf(row, columns, 'grade'))
  if (cell === '') return null
  if (GRADES.includes(cell)) return cell as Grade
  diagnostics.push(
    warning('csv-bad-grade', `评价等级「${cell}」不是 优/良/中/差，按缺失处理。`, row.line),
  )
  return null
}

function readLineNumber(
  row: CsvRow,
  columns: ColumnIndex,
  column: 'sourceStartLine' | 'sourceEndLine',
  diagnostics: Diagnostic[],
): number | null {
  const cell = cellOf(row, columns, column)
  const value = /^\d+$/.test(cell) ? Number(cell) : Number.NaN
  if (Number.isSafeInteger(value) && value >= 1) return value
  diagnostics.push(
    error('csv-bad-source-line', `列 ${column} 的「${cell}」不是行号，此行未导入。`, row.line),
  )
  return null
}

function warning(code: string, message: string, line: number | null): Diagnostic {
  return { level: 'warning', code, message, line }
}

function error(code: string, message: string, line: number | null): Diagnostic {
  return { level: 'error', code, message, line }
}
