import { z } from 'zod'
import { isDiagnosticCode } from '../domain/diagnostic-codes.ts'
import { RESULT_FORM_FIELDS } from '../domain/result-fields.ts'
import type { Diagnostic, FormKind, Indicator, ParseResult, Project, SourceRange, TemplateCell } from '../domain/types.ts'
import { fieldCellsJson, SOURCED_FIELDS, templateCellJson } from './to-json.ts'

// No code generation: the page's Content-Security-Policy forbids eval, and zod would try it.
z.config({ jitless: true })

export type JsonImport = { ok: true; results: ParseResult[] } | { ok: false; message: string }

// Every schema carries its own Chinese expectation, so every issue reads "应为 …" whatever its
// code (wrong type, not an integer, below the minimum, outside the safe-integer range).
const TEXT = '应为文本'
const TEXT_OR_NULL = '应为文本或 null'
const NUMBER_OR_NULL = '应为数字或 null'
const LINE = '应为 ≥ 1 的整数'

const textSchema = z.string({ error: TEXT })
const textOrNull = z.string({ error: TEXT_OR_NULL }).nullable()
/** z.number() takes finite numbers only: JSON.parse turns 1e400 into Infinity, which fails here. */
const numberOrNull = z.number({ error: NUMBER_OR_NULL }).nullable()
const textList = z.array(textSchema, { error: '应为文本数组' })
const lineNumber = z.int({ error: LINE }).min(1, { error: LINE })
const OPTIONAL_NUMBER = '应为 ≥ 1 的整数，或省略此项'
const optionalNumber = z.int({ error: OPTIONAL_NUMBER }).min(1, { error: OPTIONAL_NUMBER }).optional()
const optionalText = z.string({ error: '应为文本，或省略此项' }).optional()

/** Each SourcedField may name its cell; other keys are ignored like everywhere else. */
const fieldCellsSchema = z.object(Object.fromEntries(SOURCED_FIELDS.map((field) => [field, optionalText])), {
  error: '应为对象，或省略此项',
})

const sourceSchema = z
  .object(
    {
      startLine: lineNumber,
      endLine: lineNumber,
      page: optionalNumber,
      sheet: optionalText,
      table: optionalNumber,
      cells: optionalText,
      fieldCells: fieldCellsSchema.optional(),
    },
    { error: '应为对象' },
  )
  .refine((source) => source.endLine >= source.startLine, {
    path: ['endLine'],
    error: (issue) =>
      `应为 ≥ startLine（${(issue.input as { startLine: number }).startLine}）的整数`,
  })

const FORMS = ['result', 'project-self-evaluation', 'department-self-evaluation'] as const satisfies readonly FormKind[]

const indicatorSchema = z.object(
  {
    level1: textOrNull,
    level2: textOrNull,
    name: textSchema,
    direction: textOrNull,
    target: textOrNull,
    actual: textOrNull,
    unit: textOrNull,
    weight: numberOrNull,
    score: numberOrNull,
    note: textOrNull,
  },
  { error: '应为对象' },
)
const indicatorList = z.array(indicatorSchema, { error: '应为数组' })

const templateCellSchema = z.object({ field: textSchema, cell: textOrNull, text: textSchema }, { error: '应为对象' })
const templateCellList = z.array(templateCellSchema, { error: '应为数组' })

/** The keys the first version of the format lacked: a project with none of them is of that version. */
const FORM_KEYS = Object.keys(RESULT_FORM_FIELDS)

/**
 * A project of the first version (written before forms were read) is a 绩效评价结果 record: it
 * gets RESULT_FORM_FIELDS. A project with some of the keys but not all is refused, naming the
 * first one missing.
 */
function withResultFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  if (FORM_KEYS.some((key) => Object.hasOwn(value, key))) return value
  return { ...value, ...RESULT_FORM_FIELDS, indicators: [] }
}

const currentProjectSchema = z.object(
  {
    name: textOrNull,
    amountWan: numberOrNull,
    score: numberOrNull,
    grade: z.enum(['优', '良', '中', '差'], { error: '应为 优、良、中、差 或 null' }).nullable(),
    performance: textOrNull,
    problems: textList,
    suggestions: textList,
    rectifications: textList,
    executionRate: numberOrNull,
    unit: textOrNull,
    form: z.enum(FORMS, { error: '应为 "result"、"project-self-evaluation" 或 "department-self-evaluation"' }),
    code: textOrNull,
    department: textOrNull,
    budgetWan: numberOrNull,
    initialBudgetWan: numberOrNull,
    // Exports written before these three keys lack them: none stated.
    executionWeight: numberOrNull.default(null),
    executionScore: numberOrNull.default(null),
    goals: textOrNull,
    indicators: indicatorList,
    templateText: templateCellList.default([]),
    source: sourceSchema,
  },
  { error: '应为对象' },
)
const projectSchema = z.preprocess(withResultFields, currentProjectSchema)

const diagnosticSchema = z.object(
  {
    level: z.enum(['error', 'warning'], { error: '应为 "error" 或 "warning"' }),
    code: textSchema,
    message: textSchema,
    line: z
      .int({ error: '应为 ≥ 1 的整数或 null' })
      .min(1, { error: '应为 ≥ 1 的整数或 null' })
      .nullable(),
  },
  { error: '应为对象' },
)

const datasetSchema = z.object(
  {
    title: textOrNull,
    department: textOrNull,
    year: numberOrNull,
    sourceName: textSchema,
    projects: z.array(projectSchema, { error: '应为数组' }),
    diagnostics: z.array(diagnosticSchema, { error: '应为数组' }),
  },
  { error: '应为对象' },
)

/**
 * The format toJson writes. z.object drops keys it does not list, so extra keys are ignored: among
 * them what toJson writes as derived (the top-level series and linkDecisions, each project's
 * flags), worked out again after import.
 */
const exportSchema = z.object(
  { datasets: z.array(datasetSchema, { error: '应为数组' }) },
  { error: '应为含 datasets 的对象' },
)

type ExportJson = z.output<typeof exportSchema>

/**
 * Reads the JSON written by toJson back into parse results, one per dataset, in order. A leading
 * BOM is skipped. Never throws: text that is not JSON, or JSON of another shape, gives
 * `ok: false` with a one-line Chinese message; for a wrong shape it names the first invalid
 * place, e.g. `datasets[0].projects[3].amountWan：应为数字或 null，实际为 "abc"`.
 */
export function fromJson(text: string): JsonImport {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, message: 'JSON 文件为空。' }
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch (e) {
    return { ok: false, message: syntaxMessage(body, e) }
  }
  const parsed = exportSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const message =
      issue === undefined ? 'JSON 内容不符合导出格式。' : shapeMessage(data, issue.path, issue.message)
    return { ok: false, message }
  }
  return { ok: true, results: toResults(parsed.data) }
}

type JsonCell<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * A CSV cell that holds JSON (from-csv.ts): its value, or what is wrong with it, the place named
 * from the column, e.g. `indicators[0].weight：应为数字或 null，实际为 "5"`.
 */
function readJsonCell<T>(text: string, column: string, schema: z.ZodType<T>): JsonCell<T> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, message: `${column}：不是有效的 JSON` }
  }
  const parsed = schema.safeParse(data)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  return { ok: false, message: shapeMessage(data, issue?.path ?? [], issue?.message ?? '格式不符', column) }
}

/** The `indicators` cell of a CSV row: the JSON of an Indicator[]. */
export const indicatorsFromCell = (text: string): JsonCell<Indicator[]> =>
  readJsonCell(text, 'indicators', indicatorList)

/** The `templateText` cell of a CSV row: the JSON of a TemplateCell[]. */
export const templateTextFromCell = (text: string): JsonCell<TemplateCell[]> =>
  readJsonCell(text, 'templateText', templateCellList)

/** The `sourceFieldCells` cell of a CSV row: the JSON of a SourceRange's fieldCells, keys in SOURCED_FIELDS order. */
export function fieldCellsFromCell(text: string): JsonCell<NonNullable<SourceRange['fieldCells']>> {
  const read = readJsonCell(text, 'sourceFieldCells', fieldCellsSchema)
  return read.ok ? { ok: true, value: fieldCellsJson(read.value) } : read
}

type ProjectJson = ExportJson['datasets'][number]['projects'][number]

/** Rebuilt key by key, so `page`, `sheet`, `table`, `cells` and `fieldCells` are present only when the file has them. */
function toResults({ datasets }: ExportJson): ParseResult[] {
  return datasets.map(({ title, department, year, sourceName, projects, diagnostics }) => ({
    dataset: { title, department, year, sourceName, projects: projects.map(readProject) },
    diagnostics: diagnostics.map(readDiagnostic),
  }))
}

function readProject({ source, indicators, templateText, ...project }: ProjectJson): Project {
  const { startLine, endLine, page, sheet, table, cells, fieldCells } = source
  const range: SourceRange = { startLine, endLine }
  if (page !== undefined) range.page = page
  if (sheet !== undefined) range.sheet = sheet
  if (table !== undefined) range.table = table
  if (cells !== undefined) range.cells = cells
  if (fieldCells !== undefined) range.fieldCells = fieldCellsJson(fieldCells)
  return { ...project, indicators: indicators.map(readIndicator), templateText: templateText.map(templateCellJson), source: range }
}

function readIndicator({ level1, level2, name, direction, target, actual, unit, weight, score, note }: Indicator): Indicator {
  return { level1, level2, name, direction, target, actual, unit, weight, score, note }
}

/**
 * A diagnostic whose code is not one of DIAGNOSTIC_CODES (a file written by another version of
 * the app, or edited by hand) is kept, as 'unknown-code' with its own code written after its
 * message: nothing in the file is lost, and the file still imports. Rejecting the file would lose
 * all its projects over one note, and this reader also reads back the datasets saved in the
 * browser's storage (src/store/persistence.ts), which an older version may have written; dropping
 * the note would lose what it says. Read again, the kept note stays as it is.
 */
function readDiagnostic({ level, code, message, line }: ExportJson['datasets'][number]['diagnostics'][number]): Diagnostic {
  if (isDiagnosticCode(code)) return { level, code, message, line }
  return { level, code: 'unknown-code', message: `${message}（诊断代码：${code}）`, line }
}

const ENGINE_MESSAGE_MAX = 160

/**
 * JSON.parse's own wording differs by engine; the position, when it gives one (V8: "at position
 * 7", Firefox and newer V8: "line 1 column 8"), becomes line and column.
 */
function syntaxMessage(body: string, e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e)
  const detail = truncate(raw.replace(/\s+/g, ' ').trim(), ENGINE_MESSAGE_MAX)
  const lineColumn = /line (\d+) column (\d+)/.exec(raw)
  const position = /position (\d+)/.exec(raw)
  let where = ''
  if (lineColumn !== null) where = `第 ${lineColumn[1]} 行第 ${lineColumn[2]} 列`
  else if (position !== null) where = lineAndColumn(body, Number(position[1]))
  return where === '' ? `不是有效的 JSON：${detail}` : `不是有效的 JSON（${where}）：${detail}`
}

function lineAndColumn(body: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let at = 0; at < offset && at < body.length; at++) {
    const ch = body[at]
    if (ch === '\n' || (ch === '\r' && body[at + 1] !== '\n')) {
      line++
      lineStart = at + 1
    }
  }
  return `第 ${line} 行第 ${offset - lineStart + 1} 列`
}

/** The place of an issue and what it should hold; `root` names the top (a CSV column), else 文件顶层. */
function shapeMessage(data: unknown, path: readonly PropertyKey[], expected: string, root?: string): string {
  const where = root !== undefined ? readablePath([root, ...path]) : path.length === 0 ? '文件顶层' : readablePath(path)
  const found = valueAt(data, path)
  return found.present
    ? `${where}：${expected}，实际为 ${describe(found.value)}`
    : `${where}：缺少此项，${expected}`
}

/** ['datasets', 0, 'title'] → datasets[0].title; a key that is no identifier is quoted. */
function readablePath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else {
      const name = String(key)
      if (/^[A-Za-z_$][\w$]*$/.test(name)) out += out === '' ? name : `.${name}`
      else out += `[${JSON.stringify(name)}]`
    }
  }
  return out
}

function valueAt(
  data: unknown,
  path: readonly PropertyKey[],
): { present: boolean; value: unknown } {
  let value = data
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) {
      return { present: false, value: undefined }
    }
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return { present: true, value }
}

const SHOWN_TEXT_MAX = 30

/** A short one-line picture of a JSON value. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value, SHOWN_TEXT_MAX))
  if (Array.isArray(value)) return `数组（${value.length} 项）`
  if (typeof value === 'object' && value !== null) return '对象'
  return String(value)
}

function truncate(value: string, max: number): string {
  const chars = Array.from(value)
  return chars.length <= max ? value : `${chars.slice(0, max).join('')}…`
}
