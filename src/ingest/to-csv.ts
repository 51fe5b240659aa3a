import Papa from 'papaparse'
import type { Dataset, ParseResult, Project } from '../domain/types.ts'
import { type Derived, fieldCellsJson, indicatorJson, templateCellJson } from './to-json.ts'

/**
 * The CSV columns, in order: the record's fields in the order of Project (and of the JSON), then
 * its source. from-csv.ts reads the same names. title, department and year belong to the dataset
 * and repeat on each of its rows; projectDepartment is the record's own 主管部门 (Project.department).
 * sourcePage is empty unless the text came from a PDF; sourceSheet, sourceTable, sourceCells and
 * sourceFieldCells unless the record was read from a table. indicators, templateText and
 * sourceFieldCells hold compact JSON, as a row is one project. Exports older than title, department,
 * year and sourcePage, than the form columns (form … indicators, sourceSheet … sourceFieldCells), or
 * than executionWeight, executionScore and templateText, lack them, and fromCsv still reads them.
 */
export const CSV_COLUMNS = [
  'sourceName',
  'title',
  'department',
  'year',
  'name',
  'amountWan',
  'score',
  'grade',
  'executionRate',
  'unit',
  'performance',
  'problems',
  'suggestions',
  'rectifications',
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
  'sourceStartLine',
  'sourceEndLine',
  'sourcePage',
  'sourceSheet',
  'sourceTable',
  'sourceCells',
  'sourceFieldCells',
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]

/**
 * Columns written after CSV_COLUMNS when the caller gives what it derived across the records (the
 * CLI and the dashboard's export always do): `seriesKey`, the key of the record's series (empty
 * when it is in none), and `flags`, its audit flag ids joined by CSV_FLAG_SEPARATOR. fromCsv
 * knows them and ignores them: they are derived again on import.
 */
export const DERIVED_CSV_COLUMNS = ['seriesKey', 'flags'] as const

const CSV_FLAG_SEPARATOR = ';'

type CsvHeaderColumn = CsvColumn | (typeof DERIVED_CSV_COLUMNS)[number]

/**
 * The header the dashboard's CSV export writes in the Chinese interface, one name per column (the
 * English interface and the CLI write the column ids). fromCsv reads either. Part of the file
 * format: renaming one breaks reading older exports. No name holds , ; or a tab (the delimiter is
 * found in the header line).
 */
export const CSV_HEADERS_ZH: Readonly<Record<CsvHeaderColumn, string>> = {
  sourceName: '来源文件',
  title: '报告标题',
  department: '发布部门',
  year: '年度',
  name: '项目名称',
  amountWan: '决算金额（万元）',
  score: '评价分值',
  grade: '评价结论',
  executionRate: '预算执行率（%）',
  unit: '实施单位',
  performance: '主要绩效',
  problems: '存在问题',
  suggestions: '整改建议',
  rectifications: '整改情况',
  form: '表类',
  code: '项目编码',
  projectDepartment: '主管部门',
  budgetWan: '全年预算数（万元）',
  initialBudgetWan: '年初预算数（万元）',
  executionWeight: '预算执行分值',
  executionScore: '预算执行得分',
  goals: '年度目标',
  indicators: '绩效指标（JSON）',
  templateText: '填表说明（JSON）',
  sourceStartLine: '起始行',
  sourceEndLine: '结束行',
  sourcePage: '页码',
  sourceSheet: '工作表',
  sourceTable: '表格序号',
  sourceCells: '单元格范围',
  sourceFieldCells: '字段单元格（JSON）',
  seriesKey: '跨年系列',
  flags: '审计提示',
}

/** Which header toCsv writes: the column ids (the CLI, the English interface) or CSV_HEADERS_ZH. */
type CsvHeaderNames = 'ids' | 'zh'

interface CsvOptions extends Pick<Derived, 'series' | 'flags'> {
  headers?: CsvHeaderNames
}

/** Separates the items of a list inside one cell. Items never contain it (the parser joins lines). */
export const CSV_LIST_SEPARATOR = '\n'

/**
 * Cells that a spreadsheet would run as a formula (= + - @, and tab / carriage return per OWASP)
 * get a leading '. Cells that already start with ' get one too, so reading back can always strip
 * exactly one leading ' and get the original text. Numbers are never prefixed (papaparse only
 * tests strings), so a negative amount stays a number.
 *
 * Our own pattern rather than `escapeFormulae: true`: papaparse's built-in /^[=+\-@\t\r].*$/ has no
 * `s` flag, so a multi-line cell (a list) that starts with = would not be escaped.
 */
const CSV_FORMULA_START = /^[=+\-@\t\r']/

const BOM = '\uFEFF'
const ROW_END = '\r\n'

type CsvCell = string | number | null

/**
 * One row per project of every result, a header row first. UTF-8 BOM so Excel reads Chinese,
 * CRLF between rows (RFC 4180), list items joined by a newline inside one quoted cell, null as an
 * empty cell, numbers as JavaScript writes them (they read back exactly). Ends with a row end.
 * With `series` or `flags` (indices as in the JSON's), DERIVED_CSV_COLUMNS follow. `headers: 'zh'`
 * writes CSV_HEADERS_ZH as the header; the cells are the same whatever the header.
 */
export function toCsv(results: readonly ParseResult[], { series, flags, headers = 'ids' }: CsvOptions = {}): string {
  const derived = series !== undefined || flags !== undefined
  const keys = new Map<string, string>()
  for (const { key, projects } of series ?? []) for (const ref of projects) keys.set(`${ref.dataset}/${ref.project}`, key)
  const data: CsvCell[][] = []
  results.forEach(({ dataset }, i) => {
    dataset.projects.forEach((project, j) => {
      const row = projectRow(dataset, project)
      if (derived) row.push(keys.get(`${i}/${j}`) ?? null, (flags?.[i]?.[j] ?? []).join(CSV_FLAG_SEPARATOR))
      data.push(row)
    })
  })
  // The header is written here: with no data row, Papa.unparse would add a stray empty line.
  const columns: CsvHeaderColumn[] = [...CSV_COLUMNS, ...(derived ? DERIVED_CSV_COLUMNS : [])]
  const header = `${columns.map((c) => (headers === 'zh' ? CSV_HEADERS_ZH[c] : c)).join(',')}${ROW_END}`
  if (data.length === 0) return `${BOM}${header}`
  const body = Papa.unparse(data, {
    escapeFormulae: CSV_FORMULA_START,
    newline: ROW_END,
    quotes: false,
  })
  return `${BOM}${header}${body}${ROW_END}`
}

function projectRow(d: Dataset, p: Project): CsvCell[] {
  const row: Record<CsvColumn, CsvCell> = {
    sourceName: d.sourceName,
    title: d.title,
    department: d.department,
    year: finite(d.year),
    name: p.name,
    amountWan: finite(p.amountWan),
    score: finite(p.score),
    grade: p.grade,
    executionRate: finite(p.executionRate),
    unit: p.unit,
    performance: p.performance,
    problems: p.problems.join(CSV_LIST_SEPARATOR),
    suggestions: p.suggestions.join(CSV_LIST_SEPARATOR),
    rectifications: p.rectifications.join(CSV_LIST_SEPARATOR),
    form: p.form,
    code: p.code,
    projectDepartment: p.department,
    budgetWan: finite(p.budgetWan),
    initialBudgetWan: finite(p.initialBudgetWan),
    executionWeight: finite(p.executionWeight),
    executionScore: finite(p.executionScore),
    goals: p.goals,
    // No indicator is an empty cell, like an empty list; JSON.stringify writes NaN and ±∞ as null.
    indicators: p.indicators.length === 0 ? null : JSON.stringify(p.indicators.map(indicatorJson)),
    templateText: p.templateText.length === 0 ? null : JSON.stringify(p.templateText.map(templateCellJson)),
    sourceStartLine: p.source.startLine,
    sourceEndLine: p.source.endLine,
    sourcePage: finite(p.source.page ?? null),
    sourceSheet: p.source.sheet ?? null,
    sourceTable: finite(p.source.table ?? null),
    sourceCells: p.source.cells ?? null,
    sourceFieldCells: p.source.fieldCells === undefined ? null : JSON.stringify(fieldCellsJson(p.source.fieldCells)),
  }
  return CSV_COLUMNS.map((column) => row[column])
}

/** NaN and ±Infinity have no CSV form that reads back; like JSON.stringify, write them as null. */
function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null
}
