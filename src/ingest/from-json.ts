import { RESULT_FORM_FIELDS } from '../domain/result-fields.ts'
import { z } from 'zod'
import { isDiagnosticCode } from '../domain/diagnostic-codes.ts'
import type { Diagnostic, ParseResult } from '../domain/types.ts'

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

const sourceSchema = z
  .object(
    {
      startLine: lineNumber,
      endLine: lineNumber,
      page: z
        .int({ error: '应为 ≥ 1 的整数，或省略此项' })
        .min(1, { error: '应为 ≥ 1 的整数，或省略此项' })
        .optional(),
    },
    { error: '应为对象' },
  )
  .refine((source) => source.endLine >= source.startLine, {
    path: ['endLine'],
    error: (issue) =>
      `应为 ≥ startLine（${(issue.input as { startLine: number }).startLine}）的整数`,
  })

const projectSchema = z.object(
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
    source: sourceSchema,
  },
  { error: '应为对象' },
)

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

/** The format toJson writes. z.object drops keys it does not list, so extra keys are ignored. */
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

/** Rebuilt key by key, so `page` is present only when the file has it. */
function toResults({ datasets }: ExportJson): ParseResult[] {
  return datasets.map(({ title, department, year, sourceName, projects, diagnostics }) => ({
    dataset: {
      title,
      department,
      year,
      sourceName,
      projects: projects.map(({ source: { startLine, endLine, page }, ...project }) => ({
        ...RESULT_FORM_FIELDS,
        ...project,
        source: page === undefined ? { startLine, endLine } : { startLine, endLine, page },
      })),
    },
    diagnostics: diagnostics.map(readDiagnostic),
  }))
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

function shapeMessage(data: unknown, path: readonly PropertyKey[], expected: string): string {
  const where = path.length === 0 ? '文件顶层' : readablePath(path)
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
