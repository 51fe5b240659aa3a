import Papa from 'papaparse'
import type { DiagnosticCode } from '../domain/diagnostic-codes.ts'
import type { Dataset, Diagnostic, FormKind, Grade, Indicator, Project, SourceRange, TemplateCell } from '../domain/types.ts'
import { fieldCellsFromCell, indicatorsFromCell, templateTextFromCell } from './from-json.ts'
import { CSV_COLUMNS, CSV_HEADERS_ZH, CSV_LIST_SEPARATOR, type CsvColumn, DERIVED_CSV_COLUMNS } from './to-csv.ts'

export interface CsvImport {
  /**
   * One dataset per sourceName, in order of first appearance, its title, department and year
   * from its first row (null when the file has no such column).
   */
  datasets: Dataset[]
  diagnostics: Diagnostic[]
}

/** The columns of the dataset rather than of the project: each row repeats them. */
const DATASET_COLUMNS = ['title', 'department', 'year'] as const satisfies readonly CsvColumn[]
/**
 * Columns that exports written before they existed lack; a file without them still reads, each
 * missing cell read as empty: a 绩效评价结果 record (form 'result', no code, budget, goals or indicators).
 */
const OPTIONAL_COLUMNS = [
  ...DATASET_COLUMNS,
  'form',
  'code',
  'projectDepartment',
  'budgetWan',
  'initialBudgetWan',
  'executionWeight',
  'executionScore',
  'goals',
  'indicators',
  'templateText',
  'sourcePage',
  'sourceSheet',
  'sourceTable',
  'sourceCells',
  'sourceFieldCells',
] as const satisfies readonly CsvColumn[]
type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number]
type RequiredColumn = Exclude<CsvColumn, OptionalColumn>
const REQUIRED_COLUMNS = CSV_COLUMNS.filter(
  (column): column is RequiredColumn => !(OPTIONAL_COLUMNS as readonly string[]).includes(column),
)

const GRADES: readonly string[] = ['优', '良', '中', '差'] satisfies Grade[]
const FORMS: readonly string[] = [
  'result',
  'project-self-evaluation',
  'department-self-evaluation',
] satisfies FormKind[]
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
 * Reads the CSV written by toCsv back into datasets. Columns are found by header name, the column
 * id or its Chinese name (CSV_HEADERS_ZH, as the dashboard writes in Chinese), so their order may differ; seriesKey and flags (derived) are ignored; columns it does not know are ignored with a warning; title, department, year,
 * sourcePage and the form columns may be missing (older exports). A row whose title, department or year differ
 * from the first row of its sourceName gets a warning (once per sourceName): the first row wins.
 * Otherwise the exact inverse of toCsv: one leading ' is removed from every text cell (toCsv adds
 * it to cells starting with = + - @ tab CR or '), lists are split on the newline, an empty cell is
 * null (an empty list for lists), numbers read back exactly. What CSV cannot tell apart: an empty
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
  const mismatchWarned = new Set<string>()
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
    const read = readRow(row, columns, diagnostics)
    if (read === null) continue
    const { sourceName, title, department, year, project } = read
    const dataset = datasets.get(sourceName)
    if (dataset === undefined) {
      datasets.set(sourceName, { title, department, year, sourceName, projects: [project] })
      continue
    }
    dataset.projects.push(project)
    const differ = DATASET_COLUMNS.filter((column) => dataset[column] !== read[column])
    if (differ.length > 0 && !mismatchWarned.has(sourceName)) {
      mismatchWarned.add(sourceName)
      const message = `此行的 ${differ.join('、')} 与「${sourceName}」的第一行不同，按第一行导入。`
      diagnostics.push(warning('csv-dataset-mismatch', message, row.line))
    }
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

type ColumnIndex = Record<RequiredColumn, number> & Partial<Record<OptionalColumn, number>>

/** The dashboard's Chinese header names (CSV_HEADERS_ZH) → the column ids they stand for. */
const ID_OF_ZH_HEADER: ReadonlyMap<string, string> = new Map(Object.entries(CSV_HEADERS_ZH).map(([id, zh]) => [zh, id]))

function mapColumns(header: CsvRow, diagnostics: Diagnostic[]): ColumnIndex | null {
  const found = new Map<string, number>()
  header.cells.forEach((cell, index) => {
    const name = ID_OF_ZH_HEADER.get(cell.trim()) ?? cell.trim()
    // seriesKey and flags are derived across the records: worked out again after import, not read.
    if ((DERIVED_CSV_COLUMNS as readonly string[]).includes(name)) return
    if ((CSV_COLUMNS as readonly string[]).includes(name)) {
      if (!found.has(name)) found.set(name, index)
    } else {
      diagnostics.push(warning('csv-unknown-column', `未知的列「${name}」，已忽略。`, header.line))
    }
  })
  const missing = REQUIRED_COLUMNS.filter((column) => !found.has(column))
  if (missing.length > 0) {
    diagnostics.push(
      error('csv-missing-column', `表头缺少列：${missing.join('、')}。`, header.line),
    )
    return null
  }
  return Object.fromEntries(found) as ColumnIndex
}

interface RowRead extends Pick<Dataset, 'sourceName' | 'title' | 'department' | 'year'> {
  project: Project
}

/** A row whose source lines are not line numbers is not imported (an error); else warnings only. */
function readRow(row: CsvRow, columns: ColumnIndex, diagnostics: Diagnostic[]): RowRead | null {
  const startLine = readLineNumber(row, columns, 'sourceStartLine', diagnostics)
  const endLine = readLineNumber(row, columns, 'sourceEndLine', diagnostics)
  if (startLine === null || endLine === null) return null
  const text = (column: CsvColumn) => nullIfEmpty(unescapeText(cellOf(row, columns, column)))
  const list = (column: CsvColumn) => {
    const value = unescapeText(cellOf(row, columns, column))
    return value === '' ? [] : value.split(CSV_LIST_SEPARATOR)
  }
  const number = (column: CsvColumn) => readNumber(row, columns, column, diagnostics)
  // Read in column order, so a row's warnings come in the order of its cells.
  const sourceName = unescapeText(cellOf(row, columns, 'sourceName'))
  const title = text('title')
  const department = text('department')
  const year = number('year')
  const project: Project = {
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
    form: readForm(row, columns, diagnostics),
    code: text('code'),
    department: text('projectDepartment'),
    budgetWan: number('budgetWan'),
    initialBudgetWan: number('initialBudgetWan'),
    executionWeight: number('executionWeight'),
    executionScore: number('executionScore'),
    goals: text('goals'),
    indicators: readIndicators(row, columns, diagnostics),
    templateText: readTemplateText(row, columns, diagnostics),
    source: readSource(row, columns, { startLine, endLine }, diagnostics),
  }
  return { sourceName, title, department, year, project }
}

/** Rebuilt key by key: page, sheet, table, cells and fieldCells only when their cell holds one. */
function readSource(
  row: CsvRow,
  columns: ColumnIndex,
  source: SourceRange,
  diagnostics: Diagnostic[],
): SourceRange {
  const page = readOrdinal(row, columns, 'sourcePage', diagnostics)
  if (page !== null) source.page = page
  const sheet = unescapeText(cellOf(row, columns, 'sourceSheet'))
  if (sheet !== '') source.sheet = sheet
  const table = readOrdinal(row, columns, 'sourceTable', diagnostics)
  if (table !== null) source.table = table
  const cells = unescapeText(cellOf(row, columns, 'sourceCells'))
  if (cells !== '') source.cells = cells
  const fieldCells = unescapeText(cellOf(row, columns, 'sourceFieldCells'))
  if (fieldCells === '') return source
  const read = fieldCellsFromCell(fieldCells)
  if (read.ok) source.fieldCells = read.value
  else {
    const message = `列 sourceFieldCells 不是各字段单元格的 JSON（${read.message}），按缺失处理。`
    diagnostics.push(warning('csv-bad-field-cells', message, row.line))
  }
  return source
}

/** A missing optional column reads as an empty cell. */
function cellOf(row: CsvRow, columns: ColumnIndex, column: CsvColumn): string {
  const index = (columns as Partial<Record<CsvColumn, number>>)[column]
  return index === undefined ? '' : (row.cells[index] ?? '')
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

const ORDINALS = {
  sourcePage: { code: 'csv-bad-source-page', what: '页码' },
  sourceTable: { code: 'csv-bad-source-table', what: '表格序号' },
} as const satisfies Partial<Record<CsvColumn, { code: DiagnosticCode; what: string }>>

/**
 * A page or table number. An empty cell is none; a bad one is dropped with a warning, the row is
 * still imported.
 */
function readOrdinal(
  row: CsvRow,
  columns: ColumnIndex,
  column: keyof typeof ORDINALS,
  diagnostics: Diagnostic[],
): number | null {
  const cell = cellOf(row, columns, column)
  if (cell === '') return null
  const value = /^\d+$/.test(cell) ? Number(cell) : Number.NaN
  if (Number.isSafeInteger(value) && value >= 1) return value
  const { code, what } = ORDINALS[column]
  diagnostics.push(warning(code, `列 ${column} 的「${cell}」不是${what}，按缺失处理。`, row.line))
  return null
}

/** An empty cell (or no column: an older export) is a 绩效评价结果 record. */
function readForm(row: CsvRow, columns: ColumnIndex, diagnostics: Diagnostic[]): FormKind {
  const cell = unescapeText(cellOf(row, columns, 'form'))
  if (cell === '') return 'result'
  if (FORMS.includes(cell)) return cell as FormKind
  const message = `列 form 的「${cell}」不是 result、project-self-evaluation 或 department-self-evaluation，按 result 导入。`
  diagnostics.push(warning('csv-bad-form', message, row.line))
  return 'result'
}

/** The indicators' JSON; an empty cell is no indicator, a bad one none with a warning. */
function readIndicators(row: CsvRow, columns: ColumnIndex, diagnostics: Diagnostic[]): Indicator[] {
  const cell = unescapeText(cellOf(row, columns, 'indicators'))
  if (cell === '') return []
  const read = indicatorsFromCell(cell)
  if (read.ok) return read.value
  const message = `列 indicators 不是指标列表的 JSON（${read.message}），按无指标导入。`
  diagnostics.push(warning('csv-bad-indicators', message, row.line))
  return []
}

/** The template cells' JSON; an empty cell is none, a bad one none with a warning. */
function readTemplateText(row: CsvRow, columns: ColumnIndex, diagnostics: Diagnostic[]): TemplateCell[] {
  const cell = unescapeText(cellOf(row, columns, 'templateText'))
  if (cell === '') return []
  const read = templateTextFromCell(cell)
  if (read.ok) return read.value
  const message = `列 templateText 不是模板说明文字列表的 JSON（${read.message}），按无模板文字导入。`
  diagnostics.push(warning('csv-bad-template-text', message, row.line))
  return []
}

function warning(code: DiagnosticCode, message: string, line: number | null): Diagnostic {
  return { level: 'warning', code, message, line }
}

function error(code: DiagnosticCode, message: string, line: number | null): Diagnostic {
  return { level: 'error', code, message, line }
}
