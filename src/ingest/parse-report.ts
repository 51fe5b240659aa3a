import { RESULT_FORM_FIELDS } from '../domain/result-fields.ts'
import { gradeForScore } from '../domain/grade.ts'
import type { Diagnostic, Grade, ParseResult, Project } from '../domain/types.ts'
import type { DiagnosticCode } from '../domain/diagnostic-codes.ts'
import { findExecutionRate, readAmount, readGrade, readScore } from './field-values.ts'
import { joinWrapped } from './join-lines.ts'
import { forEachTrimmedLine } from './text-lines.ts'
import {
  FIELD_LABELS,
  type FieldKey,
  isBlockHeader,
  isPageMarker,
  isTrailingSection,
  type LabelMatch,
  matchLabel,
} from './labels.ts'
import { parseTitle } from './parse-title.ts'
import { splitNumberedItems } from './split-items.ts'

export interface ParseOptions {
  /** The file name or label the text came from; it becomes dataset.sourceName. */
  sourceName: string
}

interface FieldText {
  /** The field the text is read into; null for text that belongs to no field, reported and never read. */
  key: FieldKey | null
  lines: string[]
  line: number
  /** A unit stated in the label, as in 决算金额（元）. */
  unit: string | null
}

interface Block {
  startLine: number
  endLine: number
  fields: Map<FieldKey, FieldText>
  /** Where text that belongs to no field is going, if anywhere. */
  open: FieldText | null
}

const SENTENCE_ENDS = new Set(['。', '；', ';', '！', '!', '？', '?'])
const CLOSERS = new Set(['）', ')', '”', '’', '」', '』', '》', '"', "'"])

/** "…完成。", "…（详见附表。）", "…“满意。”": the line ends a sentence, perhaps inside a bracket or quote. */
function endsSentence(line: string): boolean {
  let i = line.length - 1
  while (i >= 0 && CLOSERS.has(line[i] ?? '')) i--
  return SENTENCE_ENDS.has(line[i] ?? '')
}

/** Fields whose value is one short item; the line after one may open a field whatever it ends with. */
const SINGLE_LINE_FIELDS: ReadonlySet<FieldKey> = new Set(['name', 'amount', 'score', 'grade', 'unit'])
/** Fields a wrapped line of prose may look like the label of: their labels are followed by words. */
const TEXT_FIELDS: ReadonlySet<FieldKey> = new Set(['name', 'performance', 'problems', 'suggestions', 'rectifications', 'unit'])
const LIST_FIELDS: ReadonlySet<FieldKey> = new Set(['problems', 'suggestions', 'rectifications'])
/** A list's first number after its label ("（1）", "1.", "①", "一、"), or the start of "（1）" cut by a wrap. */
const FIRST_ITEM = /^(?:[（(]\s*[1１]\s*[）)]|[1１][.．、]|①|一、|[（(][1１]?$)/
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/

function newBlock(line: number): Block {
  return { startLine: line, endLine: line, fields: new Map(), open: null }
}

function warn(diagnostics: Diagnostic[], code: DiagnosticCode, message: string, line: number | null): void {
  diagnostics.push({ level: 'warning', code, message, line })
}

function fail(diagnostics: Diagnostic[], code: DiagnosticCode, message: string, line: number | null): void {
  diagnostics.push({ level: 'error', code, message, line })
}

function unassigned(diagnostics: Diagnostic[], line: string, lineNo: number): void {
  warn(diagnostics, 'unassigned-text', `这段文字不属于任何字段，未计入项目：“${line.slice(0, 30)}”`, lineNo)
}

type TextReason = 'unfinished' | 'repeated'

/**
 * Why a line of a headed block that starts like a label is text the open field continues, if it is:
 * a text field's label after a sentence the open multi-line field has not finished ("…由各" /
 * "项目单位 按计划实施。"), unless a list label is followed by its first number; or a label met again.
 */
function continuesText(found: LabelMatch, block: Block): TextReason | null {
  const open = block.open
  if (open !== null && open.key !== null && TEXT_FIELDS.has(found.field) && !SINGLE_LINE_FIELDS.has(open.key)) {
    const last = open.lines.at(-1)
    const startsList = LIST_FIELDS.has(found.field) && FIRST_ITEM.test(found.rest)
    if (last !== undefined && !endsSentence(last) && !startsList) return 'unfinished'
  }
  return found.field !== 'name' && block.fields.has(found.field) ? 'repeated' : null
}

function labelInText(line: string, found: LabelMatch, reason: TextReason, open: FieldText | null): string {
  const word = line.slice(0, line.length - found.rest.length).replace(/[\s:：]+$/, '')
  const why = reason === 'unfinished' ? '上一行的句子尚未结束' : `本项目已有“${FIELD_LABELS[found.field]}”`
  const into = open === null || open.key === null ? '前面不属于任何字段的文字' : `“${FIELD_LABELS[open.key]}”的续行`
  return `这一行以“${word}”开头，但${why}，已按${into}读入：“${line.slice(0, 30)}”`
}

/**
 * Turns the text of a 财政支出项目绩效评价结果 report, as extracted from its PDF, into records.
 * Never throws: whatever cannot be read becomes null and a diagnostic.
 */
export function parseReport(text: string, options: ParseOptions): ParseResult {
  const diagnostics: Diagnostic[] = []
  const hasHeaders = text.includes('绩效评价结果信息表')
  const preamble: string[] = []
  /** A 主管部门/项目单位 stated above the first block: it answers for every project that names none. */
  let reportUnit: string | null = null
  let inStrayPreamble = false
  const projects: Project[] = []
  let block: Block | null = null
  // Each block is read as soon as the next one starts, so its lines die young instead of piling up.
  const startBlock = (line: number): Block => {
    if (block !== null) projects.push(readProject(block, reportUnit, diagnostics))
    block = newBlock(line)
    return block
  }

  forEachTrimmedLine(text, (line, lineNo) => {
    if (isPageMarker(line)) return
    if (isBlockHeader(line)) {
      block = startBlock(lineNo)
      return
    }
    let label = matchLabel(line)
    // Within headed blocks a line may start with a label word and still be wrapped text.
    if (label !== null && hasHeaders && block !== null) {
      const reason = continuesText(label, block)
      if (reason !== null) {
        warn(diagnostics, 'label-in-text', labelInText(line, label, reason, block.open), lineNo)
        label = null
      }
    }
    if (label !== null && hasHeaders && block === null) {
      // Above the first block lies the title area: a unit there is the report's, other labels are no
      // project's, and so are the lines that continue a multi-line one (a text cut in mid-block).
      if (label.field === 'unit' && reportUnit === null && label.rest !== '') reportUnit = joinWrapped([label.rest])
      else unassigned(diagnostics, line, lineNo)
      inStrayPreamble = !SINGLE_LINE_FIELDS.has(label.field)
      return
    }
    if (label !== null) {
      // A label met again starts the next project: any label without block headers, 项目名称 with them.
      if (block === null || block.fields.has(label.field)) block = startBlock(lineNo)
      const field = block.fields.get(label.field) ?? { key: label.field, lines: [], line: lineNo, unit: label.unit }
      if (label.rest !== '') field.lines.push(label.rest)
      block.fields.set(label.field, field)
      block.open = field
      block.endLine = lineNo
      return
    }
    if (block === null) {
      if (!inStrayPreamble) preamble.push(line)
      return
    }
    block.endLine = lineNo
    const open = block.open
    const lastLine = open?.lines.at(-1)
    const afterSentence = open === null || lastLine === undefined || endsSentence(lastLine)
    const startsStrayText = afterSentence && open?.key !== null && (isTrailingSection(line) || DATE_LINE.test(line))
    if (open === null || startsStrayText) {
      const stray: FieldText = { key: null, lines: [line], line: lineNo, unit: null }
      block.open = stray
      unassigned(diagnostics, line, lineNo)
      return
    }
    open.lines.push(line)
  })

  if (block !== null) projects.push(readProject(block, reportUnit, diagnostics))
  if (projects.length === 0) {
    fail(diagnostics, 'no-blocks', '未找到可识别的绩效评价结果信息表（没有“绩效评价结果信息表”或“项目名称”），未读出任何项目', null)
  }
  return {
    dataset: { ...parseTitle(joinWrapped(preamble)), sourceName: options.sourceName, projects },
    diagnostics: diagnostics.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  }
}

function firstExecutionRate(texts: readonly string[]): number | null {
  for (const text of texts) {
    const rate = findExecutionRate(text)
    if (rate !== null) return rate
  }
  return null
}

function readProject(block: Block, reportUnit: string | null, diagnostics: Diagnostic[]): Project {
  const text = (key: FieldKey): string | null => {
    const field = block.fields.get(key)
    if (field === undefined) return null
    const joined = joinWrapped(field.lines)
    return joined === '' ? null : joined
  }
  const name = text('name')
  const who = name === null ? `第${block.startLine}行起的项目` : `项目“${name}”`
  const missing = (key: FieldKey, level: 'error' | 'warning'): void => {
    const message = `${who}缺少“${FIELD_LABELS[key]}”`
    if (level === 'error') fail(diagnostics, 'missing-field', message, block.startLine)
    else warn(diagnostics, 'missing-field', message, block.startLine)
  }
  const lineOf = (key: FieldKey): number => block.fields.get(key)?.line ?? block.startLine

  if (name === null) missing('name', 'error')

  let amountWan: number | null = null
  const amountText = text('amount')
  if (amountText === null) missing('amount', 'error')
  else {
    const reading = readAmount(amountText, block.fields.get('amount')?.unit ?? null)
    if (!reading.ok) fail(diagnostics, 'amount-unparseable', `${who}的决算金额“${amountText}”无法读成数字`, lineOf('amount'))
    else {
      amountWan = reading.amountWan
      if (!reading.unitStated) warn(diagnostics, 'amount-unit-assumed', `${who}的决算金额“${amountText}”未注明单位，按万元计`, lineOf('amount'))
    }
  }

  let score: number | null = null
  const scoreText = text('score')
  if (scoreText === null) missing('score', 'error')
  else {
    const reading = readScore(scoreText)
    if (!reading.ok) fail(diagnostics, 'score-unparseable', `${who}的评价分值“${scoreText}”无法读成数字`, lineOf('score'))
    else if (reading.score > 100) fail(diagnostics, 'score-out-of-range', `${who}的评价分值${reading.score}超出0–100`, lineOf('score'))
    else score = reading.score
  }

  let grade: Grade | null = null
  const gradeText = text('grade')
  if (gradeText === null) missing('grade', 'error')
  else {
    grade = readGrade(gradeText)
    if (grade === null) fail(diagnostics, 'grade-unrecognised', `${who}的评价结论“${gradeText}”不是优、良、中、差之一`, lineOf('grade'))
  }
  if (grade !== null && score !== null && gradeForScore(score) !== grade) {
    warn(
      diagnostics,
      'grade-band-mismatch',
      `${who}评价分值${score}对应“${gradeForScore(score)}”，但评价结论为“${grade}”（优≥90，良80–<90，中60–<80，差<60）`,
      lineOf('grade'),
    )
  }

  const list = (key: FieldKey): string[] => {
    const value = text(key)
    if (value === null) {
      missing(key, 'warning')
      return []
    }
    const { items, preamble } = splitNumberedItems(value)
    if (preamble === '') return items
    warn(diagnostics, 'list-preamble', `${who}的“${FIELD_LABELS[key]}”在第1条前有文字，已并入第1条`, lineOf(key))
    return [`${preamble}${items[0] ?? ''}`, ...items.slice(1)]
  }
  const performance = text('performance')
  if (performance === null) missing('performance', 'warning')
  const problems = list('problems')
  const suggestions = list('suggestions')
  const rectifications = list('rectifications')
  if (problems.length > 0 && rectifications.length > 0 && problems.length !== rectifications.length) {
    warn(
      diagnostics,
      'count-mismatch',
      `${who}列出${problems.length}条存在问题，但整改情况有${rectifications.length}条`,
      lineOf('rectifications'),
    )
  }

  return {
    name,
    amountWan,
    score,
    grade,
    performance,
    problems,
    suggestions,
    rectifications,
    // A rate is a fact about the project: suggestions and rectifications state targets and later years.
    executionRate: firstExecutionRate([performance ?? '', ...problems]),
    unit: text('unit') ?? reportUnit,
    ...RESULT_FORM_FIELDS,
    executionWeight: null,
    executionScore: null,
    templateText: [],
    source: { startLine: block.startLine, endLine: block.endLine },
  }
}
