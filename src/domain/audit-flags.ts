import { formChecks } from './form-checks.ts'
import { gradeForScore } from './grade.ts'
import type { ProjectRow } from './project-row.ts'
import type { DiagnosticCode } from './diagnostic-codes.ts'
import type { Diagnostic, Project } from './types.ts'

/**
 * Audit flags: what about a project deserves a second look before it is quoted. Each is worked out
 * from the record itself where it can be, so it holds for every source (report text, PDF, JSON,
 * CSV); the parser's diagnostics add what the record cannot show (text the parser had to guess
 * about), matched to a project by the line they point at.
 */

export const AUDIT_FLAG_IDS = [
  'grade-band-mismatch',
  'suggestions-mismatch',
  'rectifications-mismatch',
  'no-execution-rate',
  'missing-field',
  'parse-doubt',
  'score-fell',
  'problem-recurred',
  'score-sum-mismatch',
  'execution-score-mismatch',
  'rate-amount-mismatch',
  'target-missed-full-marks',
  'template-text',
] as const

export type AuditFlagId = (typeof AUDIT_FLAG_IDS)[number]

const inTableOrder = (flags: ReadonlySet<AuditFlagId>): AuditFlagId[] => AUDIT_FLAG_IDS.filter((id) => flags.has(id))

export interface AuditFlag {
  id: AuditFlagId
  /** Chinese, short: the facet's button text. */
  label: string
  /** Chinese, one sentence: what sets the flag. */
  description: string
}

export const AUDIT_FLAGS: readonly AuditFlag[] = [
  {
    id: 'grade-band-mismatch',
    label: '评分与等级不符',
    description: '评价分值不在评价结论的分数段内（优≥90，良80–<90，中60–<80，差<60）。',
  },
  {
    id: 'suggestions-mismatch',
    label: '整改建议与问题条数不一',
    description: '整改建议（自评表为改进措施）与存在问题都列有条目，但条数不同，逐条对应时有空位；一项未列条目时不比较（见“缺少字段”）。',
  },
  {
    id: 'rectifications-mismatch',
    label: '整改情况与问题条数不一',
    description: '整改情况与存在问题都列有条目，但条数不同，逐条对应时有空位；一项未列条目时不比较（见“缺少字段”）。',
  },
  {
    id: 'no-execution-rate',
    label: '未披露执行率',
    description: '项目文字中没有写明预算执行率。',
  },
  {
    id: 'missing-field',
    label: '缺少字段',
    description: '项目名称、决算金额、评价分值、评价结论、主要绩效或问题、建议、整改之一缺失或无法读取。',
  },
  {
    id: 'parse-doubt',
    label: '解析存疑',
    description: '解析时有文字无法归入字段、以标签词开头的行被并入上一字段、列表前有多余文字，或金额单位系推定。',
  },
  {
    id: 'score-fell',
    label: '得分较上年下降',
    description: '评价分值低于同一项目上一年度的分值（跨年关联的项目，首个年度不计）。',
  },
  {
    id: 'problem-recurred',
    label: '整改后问题再现',
    description: '一条存在问题与上一年度的某条问题实质相同（共有词句），而上一年度对该问题的整改情况称已整改。',
  },
  {
    id: 'score-sum-mismatch',
    label: '总分与各项得分不符',
    description: '自评总分不等于各绩效指标得分之和（总分含预算执行时再加执行得分），相差超出四舍五入。',
  },
  {
    id: 'execution-score-mismatch',
    label: '执行得分与执行率不符',
    description: '预算执行得分不等于执行率 × 其分值（以分值为上限），相差超出四舍五入。',
  },
  {
    id: 'rate-amount-mismatch',
    label: '执行率与金额不符',
    description: '填写的预算执行率不等于全年执行数 ÷ 全年预算数，相差超出四舍五入。',
  },
  {
    id: 'target-missed-full-marks',
    label: '未达目标仍得满分',
    description: '指标的实际完成值未达到按其方向（≥、≤、=）填写的指标值，却得了该指标的全部分值。',
  },
  {
    id: 'template-text',
    label: '留有填表说明',
    description: '单元格里仍是表格模板的填写说明（如“结合自评情况……（200字以内）”），不是填写的内容。',
  },
]

const BY_ID = new Map(AUDIT_FLAGS.map((f) => [f.id, f]))

export function auditFlagById(id: AuditFlagId): AuditFlag {
  return BY_ID.get(id) as AuditFlag
}

export const isAuditFlagId = (id: string): id is AuditFlagId => (AUDIT_FLAG_IDS as readonly string[]).includes(id)

/** The flags that compare a list's count with 存在问题's: the record's counts tell which of them holds. */
const COUNT_FLAGS = ['suggestions-mismatch', 'rectifications-mismatch'] as const satisfies readonly AuditFlagId[]

/**
 * What a diagnostic raises on the project whose lines it points at: a flag; or, for a code that
 * does not say which list differs (count-mismatch: its code alone, as a JSON file carries it, does
 * not), those of several flags that the record itself shows; or nothing.
 */
type DiagnosticFlag = AuditFlagId | { byRecord: readonly AuditFlagId[] } | null

/**
 * Each diagnostic code and what it raises; null for the codes that concern the file, not a project
 * (csv-*, no-blocks), and for a code the JSON reader did not know (unknown-code), whose meaning for
 * the project is unknown.
 */
export const DIAGNOSTIC_FLAGS: Readonly<Record<DiagnosticCode, DiagnosticFlag>> = {
  'grade-band-mismatch': 'grade-band-mismatch',
  'count-mismatch': { byRecord: COUNT_FLAGS },
  'missing-field': 'missing-field',
  'amount-unparseable': 'missing-field',
  'score-unparseable': 'missing-field',
  'score-out-of-range': 'missing-field',
  'grade-unrecognised': 'missing-field',
  'label-in-text': 'parse-doubt',
  'unassigned-text': 'parse-doubt',
  'list-preamble': 'parse-doubt',
  'amount-unit-assumed': 'parse-doubt',
  'no-blocks': null,
  'csv-empty': null,
  'csv-field-count': null,
  'csv-dataset-mismatch': null,
  'csv-syntax': null,
  'csv-unknown-column': null,
  'csv-missing-column': null,
  'csv-bad-number': null,
  'csv-bad-grade': null,
  'csv-bad-source-line': null,
  'csv-bad-source-page': null,
  'csv-bad-form': null,
  'csv-bad-indicators': null,
  'csv-bad-template-text': null,
  'csv-bad-source-table': null,
  'csv-bad-field-cells': null,
  'unknown-code': null,
}

/**
 * The flags the record itself shows, in table order: everything but 解析存疑 (the parser's
 * diagnostics) and the flags that compare it with the previous year (seriesFlagLookup).
 */
export function projectAuditFlags(p: Project): AuditFlagId[] {
  const flags: AuditFlagId[] = []
  if (p.grade !== null && p.score !== null && gradeForScore(p.score) !== p.grade) flags.push('grade-band-mismatch')
  // A list with no item is not compared: 缺少字段 says it is missing, not that it is short.
  const problems = p.problems.length
  if (problems > 0 && p.suggestions.length > 0 && p.suggestions.length !== problems) flags.push('suggestions-mismatch')
  if (problems > 0 && p.rectifications.length > 0 && p.rectifications.length !== problems) flags.push('rectifications-mismatch')
  if (p.executionRate === null) flags.push('no-execution-rate')
  if (recordFieldsOf(p).some((field) => lacksField(p, field))) flags.push('missing-field')
  for (const check of formChecks(p)) flags.push(check.id)
  return inTableOrder(new Set(flags))
}

/** The fields whose absence raises 缺少字段, in the order its description names them. */
const RECORD_FIELDS = [
  'name',
  'amountWan',
  'score',
  'grade',
  'performance',
  'problems',
  'suggestions',
  'rectifications',
] as const satisfies readonly (keyof Project)[]

export type RecordField = (typeof RECORD_FIELDS)[number]

/** A self-evaluation form has no grade cell, no rectifications and often no problems: it lacks only what it states. */
const FORM_FIELDS = ['name', 'amountWan', 'score'] as const satisfies readonly RecordField[]

/** The fields a record of its kind of document should have. */
export const recordFieldsOf = (p: Project): readonly RecordField[] => (p.form === 'result' ? RECORD_FIELDS : FORM_FIELDS)

/** True when the project lacks the field: a value that is null, or a list with no item. */
export function lacksField(p: Project, field: RecordField): boolean {
  const value = p[field]
  return Array.isArray(value) ? value.length === 0 : value === null
}

/** A dataset as the flags need it: its id, its rows and the diagnostics of its parse (a LoadedDataset). */
export interface AuditSource {
  id: string
  rows: readonly ProjectRow[]
  diagnostics: readonly Diagnostic[]
}

/** Gives the flags of a row; filterRows and the facet counts take one. */
export type AuditFlagLookup = (row: ProjectRow) => readonly AuditFlagId[]

/** The flags of a row from its record alone, for rows whose dataset is not at hand. */
export const recordFlagsOf: AuditFlagLookup = (row) => projectAuditFlags(row.project)

/** Row id → flags of every row of a dataset: the record's flags and those its diagnostics raise. */
function indexDataset(source: AuditSource): Map<string, AuditFlagId[]> {
  const byStart = source.rows.toSorted((a, b) => a.project.source.startLine - b.project.source.startLine)
  const index = new Map(source.rows.map((row) => [row.id, projectAuditFlags(row.project)]))
  const raised = new Map<string, Set<AuditFlagId>>()
  for (const d of source.diagnostics) {
    const flag = DIAGNOSTIC_FLAGS[d.code]
    if (flag === null || d.line === null) continue
    const row = rowAtLine(byStart, d.line)
    if (row === undefined) continue
    const own = index.get(row.id) ?? []
    const set = raised.get(row.id) ?? new Set()
    for (const f of typeof flag === 'string' ? [flag] : flag.byRecord.filter((id) => own.includes(id))) set.add(f)
    raised.set(row.id, set)
  }
  for (const [id, extra] of raised) index.set(id, inTableOrder(new Set([...(index.get(id) ?? []), ...extra])))
  return index
}

/** The row whose block holds the line (blocks do not overlap), by binary search over start lines. */
function rowAtLine(byStart: readonly ProjectRow[], line: number): ProjectRow | undefined {
  let lo = 0
  let hi = byStart.length - 1
  let found: ProjectRow | undefined
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const row = byStart[mid]
    if (row === undefined) break
    if (row.project.source.startLine <= line) {
      found = row
      lo = mid + 1
    } else hi = mid - 1
  }
  return found !== undefined && line <= found.project.source.endLine ? found : undefined
}

// A dataset is never mutated once loaded: its index is built once, on first use.
const indexCache = new WeakMap<AuditSource, Map<string, AuditFlagId[]>>()

function indexOf(source: AuditSource): Map<string, AuditFlagId[]> {
  let index = indexCache.get(source)
  if (index === undefined) {
    index = indexDataset(source)
    indexCache.set(source, index)
  }
  return index
}

/** The audit flags of one row of a dataset, in table order. */
export function auditFlagsOf(source: AuditSource, row: ProjectRow): AuditFlagId[] {
  return indexOf(source).get(row.id) ?? projectAuditFlags(row.project)
}

/**
 * A lookup over the datasets in view; a row of none of them gets its record's flags. `across`
 * adds the flags that compare a row with other datasets (seriesFlagLookup).
 */
export function auditFlagLookup(sources: readonly AuditSource[], across?: AuditFlagLookup): AuditFlagLookup {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const own: AuditFlagLookup = (row) => {
    const source = byId.get(row.datasetId)
    return source === undefined ? projectAuditFlags(row.project) : auditFlagsOf(source, row)
  }
  if (across === undefined) return own
  return (row) => {
    const more = across(row)
    return more.length === 0 ? own(row) : inTableOrder(new Set([...own(row), ...more]))
  }
}

/** True when the row has at least one of the flags (the flag filter: any of them). */
export function hasAnyFlag(row: ProjectRow, flags: readonly AuditFlagId[], flagsOf: AuditFlagLookup): boolean {
  if (flags.length === 0) return false
  return flagsOf(row).some((f) => flags.includes(f))
}

/** Rows per flag, every flag present (0 when none has it). */
export function countAuditFlags(rows: readonly ProjectRow[], flagsOf: AuditFlagLookup): Record<AuditFlagId, number> {
  const counts = Object.fromEntries(AUDIT_FLAG_IDS.map((id) => [id, 0])) as Record<AuditFlagId, number>
  for (const row of rows) for (const flag of flagsOf(row)) counts[flag]++
  return counts
}
