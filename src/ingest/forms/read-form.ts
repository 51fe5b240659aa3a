import { cellAddress } from '../../domain/cell-table.ts'
import { gradeFromWord } from '../../domain/grade.ts'
import type { Diagnostic, FormKind, Grade, Project, SourcedField, SourceRange } from '../../domain/types.ts'
import { readAmount } from '../field-values.ts'
import { splitNumberedItems } from '../split-items.ts'
import type { DocumentRow, RowCell } from './document-rows.ts'
import {
  GOAL_COLUMNS,
  HEADER_LABELS,
  type HeaderField,
  isContent,
  type LabelSet,
  TEXT_SECTIONS,
  type TextSection,
  TOTAL_SCORE,
} from './form-labels.ts'
import { foldLines } from '../fold-lines.ts'
import { addressOf, cellAt, type Found, keyOf, labelIndex, readFormNumber, readRate, valueRightOf } from './form-rows.ts'
import { readFunds } from './read-funds.ts'
import { leadKey, readIndicators } from './read-indicators.ts'
import { type LabelledText, labelText, templateCells } from './template-cells.ts'

export interface FormBlock {
  kind: Exclude<FormKind, 'result'>
  rows: DocumentRow[]
}

const ALL_LABELS = new Set(
  [...Object.values(HEADER_LABELS), ...Object.values(TEXT_SECTIONS)].flatMap((set) => [...set]),
)

/** "项目名称：xxx" in one cell. */
const INLINE_LABEL = /^\s*([^:：]{2,12})[:：]\s*(.+)$/s

/** The value of a header label: the next cell to its right, or the rest of the cell after a colon. */
function headerValue(rows: readonly DocumentRow[], labels: LabelSet): Found | null {
  for (const row of rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const rc = row.cells[i]
      if (rc === undefined || rc.fromAbove) continue
      if (labels.has(keyOf(rc))) {
        const value = valueRightOf(row, i)
        if (value === null || ALL_LABELS.has(keyOf(value))) return null
        return { text: foldLines(value.cell.text), rowCell: value, row }
      }
      const inline = INLINE_LABEL.exec(rc.cell.text)
      if (inline !== null && labels.has(keyOf({ ...rc, cell: { ...rc.cell, text: inline[1] ?? '' } }))) {
        return { text: foldLines(inline[2] ?? ''), rowCell: rc, row }
      }
    }
  }
  return null
}

/** A free-text section: the cell right of its label, or, when the label stands alone, the next row's text. */
function sectionText(rows: readonly DocumentRow[], section: TextSection): LabelledText | null {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]
    if (row === undefined) continue
    const i = labelIndex(row, TEXT_SECTIONS[section])
    const labelCell = row.cells[i]
    if (labelCell === undefined || labelCell.fromAbove) continue
    const label = labelText(labelCell.cell.text)
    const right = valueRightOf(row, i)
    if (right !== null) return { text: foldLines(right.cell.text), rowCell: right, row, label }
    const below = rows[r + 1]?.cells.find((rc) => !rc.fromAbove && rc.cell.text.trim() !== '')
    const next = rows[r + 1]
    if (below !== undefined && next !== undefined) return { text: foldLines(below.cell.text), rowCell: below, row: next, label }
    return { text: '', rowCell: labelCell, row, label }
  }
  return null
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** "一是…；二是…": the items in order, each marker found after the previous one; null when there is no 二是. */
function ordinalItems(text: string): string[] | null {
  const starts: number[] = []
  let from = 0
  for (const ordinal of ORDINALS) {
    const at = text.indexOf(`${ordinal}是`, from)
    if (at < 0) break
    starts.push(at)
    from = at + 2
  }
  if (starts.length < 2) return null
  return starts.map((start, i) => text.slice(start + 2, starts[i + 1] ?? text.length).replace(/^[，,:：]/, ''))
}

/** A section's list: "1.…；2.…", "（1）…", "一是…二是…"; one item when it is not numbered. */
function listItems(text: string): string[] {
  const items = ordinalItems(text) ?? splitNumberedItems(text).items
  return items.map((item) => item.trim().replace(/[；;]$/, '').trim()).filter((item) => item !== '')
}

const CODE_BEFORE_NAME = /^([0-9A-Z]{15,})\s*[-－—–]\s*(.+)$/s
const UNIT_CODE = /^\d+\s*[-－—–]\s*/

const PROSE_SCORE =
  /(?:自评(?:总分|得分|总得分|分数|结果)|综合(?:评分|得分)|总得分|评价得分|最终得分|评价结果)\s*(?:为|是|:|：)?\s*(\d+(?:\.\d+)?)\s*分/
const PROSE_GRADE =
  /(?:(?:评价|自评|绩效)?(?:等级|结论|结果)\s*(?:为|是|:|：)|自评为|评定为|评为)\s*[“"「]?(优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)(?![\p{Script=Han}])/u

interface Reading {
  project: Project
  diagnostics: Diagnostic[]
}

/**
 * Reads one self-evaluation form into a record: stated values only, each with the cell it came
 * from. Null when the rows hold neither a funds table nor an indicator table: not a form.
 */
export function readForm(block: FormBlock): Reading | null {
  const { rows } = block
  const funds = readFunds(rows)
  const indicatorTable = readIndicators(rows)
  if (funds === null && indicatorTable === null) return null
  const diagnostics: Diagnostic[] = []
  const firstRow = rows[0]
  const startLine = firstRow?.startLine ?? 1
  const fieldCells: Partial<Record<SourcedField, string>> = {}
  const table = rows.find((row) => row.table !== null)?.table ?? null
  const note = (field: SourcedField, found: Found | null | undefined): void => {
    if (found === null || found === undefined || found.row.table !== table) return
    const address = addressOf(found)
    if (address !== null) fieldCells[field] = address
  }
  const header = (field: HeaderField): Found | null => headerValue(rows, HEADER_LABELS[field])

  const nameFound =
    block.kind === 'department-self-evaluation'
      ? (header('departmentName') ?? header('name') ?? header('department'))
      : (header('name') ?? header('departmentName'))
  let name = nameFound === null || !isContent(nameFound.text) ? null : nameFound.text
  let code: string | null = null
  const coded = name === null ? null : CODE_BEFORE_NAME.exec(name)
  if (coded !== null) {
    code = coded[1] ?? null
    name = (coded[2] ?? '').trim()
  }
  note('name', nameFound)
  const who = name === null ? `第${startLine}行起的自评表` : `自评表“${name}”`
  if (name === null) diagnostics.push({ level: 'error', code: 'missing-field', message: `${who}缺少“项目名称”`, line: startLine })

  const organisation = (field: 'department' | 'unit'): string | null => {
    const found = header(field)
    if (found === null) return null
    const text = found.text.replace(UNIT_CODE, '').trim()
    if (!isContent(text)) return null
    note(field, found)
    return text
  }
  const department = organisation('department')
  const unit = organisation('unit')

  const amount = (field: 'budgetWan' | 'initialBudgetWan' | 'amountWan', found: Found | undefined, label: string): number | null => {
    if (found === undefined || !/\d/.test(found.text)) return null
    const reading = readAmount(found.text, funds?.unit ?? '万元')
    if (!reading.ok) {
      diagnostics.push({
        level: 'warning',
        code: 'amount-unparseable',
        message: `${who}的${label}“${found.text}”无法读成数字`,
        line: found.row.startLine,
      })
      return null
    }
    note(field, found)
    return reading.amountWan
  }
  const budgetWan = amount('budgetWan', funds?.values.budget, '全年预算数')
  const initialBudgetWan = amount('initialBudgetWan', funds?.values.initialBudget, '年初预算数')
  const amountWan = amount('amountWan', funds?.values.executed, '全年执行数')
  if (amountWan === null) {
    diagnostics.push({ level: 'warning', code: 'missing-field', message: `${who}缺少“全年执行数”`, line: startLine })
  }
  const rateFound = funds?.values.rate
  const executionRate = rateFound === undefined ? null : readRate(rateFound.text)
  if (executionRate !== null) note('executionRate', rateFound)
  // The funds row's 分值 / 得分 as written: `/`, `—` or an empty cell is none. 鄂州's form totals (100, 98) are kept.
  const points = (field: 'executionWeight' | 'executionScore', found: Found | undefined): number | null => {
    const value = found === undefined ? null : readFormNumber(found.text)
    if (value !== null) note(field, found)
    return value
  }
  const executionWeight = points('executionWeight', funds?.values.weight)
  const executionScore = points('executionScore', funds?.values.score)

  const indicators = indicatorTable?.indicators ?? []

  const conclusion = sectionText(rows, 'conclusion')
  const conclusionText = conclusion !== null && isContent(conclusion.text) ? conclusion.text : null

  const score = readScore(rows, indicatorTable?.columns.score, header('score'), conclusion, note)
  if (score === null) diagnostics.push({ level: 'warning', code: 'missing-field', message: `${who}没有写明总分`, line: startLine })
  const grade = readGrade(header('grade'), conclusion, note)

  const goalsRow = readGoals(rows)
  if (goalsRow.goals !== null) note('goals', goalsRow.goals)
  if (goalsRow.achieved !== null) note('performance', goalsRow.achieved)
  else if (conclusionText !== null) note('performance', conclusion)
  const performanceParts = [goalsRow.achieved?.text ?? null, conclusionText].filter((t): t is string => t !== null && isContent(t))
  const goals = goalsRow.goals !== null && isContent(goalsRow.goals.text) ? goalsRow.goals.text : null

  const problemSection = sectionText(rows, 'problems')
  let problems: string[]
  if (problemSection !== null) {
    problems = isContent(problemSection.text) ? listItems(problemSection.text) : []
    if (problems.length > 0) note('problems', problemSection)
  } else {
    problems = indicators.flatMap((indicator) => (indicator.note === null ? [] : [indicator.note]))
  }
  const measures = sectionText(rows, 'measures')
  const suggestions = measures !== null && isContent(measures.text) ? listItems(measures.text) : []
  if (suggestions.length > 0) note('suggestions', measures)
  const templateText = templateCells(
    rows,
    [goalsRow.goals, goalsRow.achieved, sectionText(rows, 'implementation'), ...(indicatorTable?.noteCells ?? []), conclusion, problemSection, measures],
    table,
  )

  const source: SourceRange = { startLine, endLine: rows.at(-1)?.endLine ?? startLine }
  if (firstRow?.page !== null && firstRow?.page !== undefined) source.page = firstRow.page
  if (table !== null) {
    if (table.sheet !== null) source.sheet = table.sheet
    source.table = table.index
    const inTable = rows.filter((row) => row.table === table)
    const first = inTable[0]?.row ?? 0
    const last = inTable.at(-1)?.row ?? first
    source.cells = `${cellAddress(first, 0)}:${cellAddress(last, table.cols - 1)}`
    source.fieldCells = fieldCells
  }

  return {
    project: {
      name,
      amountWan,
      score,
      grade,
      performance: performanceParts.length === 0 ? null : performanceParts.join('\n'),
      problems,
      suggestions,
      rectifications: [],
      executionRate,
      unit,
      form: block.kind,
      code,
      department,
      budgetWan,
      initialBudgetWan,
      executionWeight,
      executionScore,
      goals,
      indicators,
      templateText,
      source,
    },
    diagnostics,
  }
}

type Note = (field: SourcedField, found: Found | null | undefined) => void

/** 总分 row's 得分, else the header's 自评得分, else a score the conclusion states. Never a sum of rows. */
function readScore(
  rows: readonly DocumentRow[],
  scoreCol: number | undefined,
  headerScore: Found | null,
  conclusion: Found | null,
  note: Note,
): number | null {
  const totalRow = rows.find((row) => TOTAL_SCORE.has(leadKey(row)))
  if (totalRow !== undefined) {
    const found = totalScoreCell(totalRow, scoreCol)
    const value = found === null ? null : readFormNumber(found.text)
    if (found !== null && value !== null) {
      note('score', found)
      return value
    }
  }
  const fromHeader = headerScore === null ? null : readFormNumber(headerScore.text)
  if (fromHeader !== null) {
    note('score', headerScore)
    return fromHeader
  }
  const prose = conclusion === null ? null : PROSE_SCORE.exec(conclusion.text.normalize('NFKC'))
  if (prose !== null && conclusion !== null) {
    note('score', conclusion)
    return Number(prose[1])
  }
  return null
}

/** The 总分 row's score: the cell under 得分; without that column, the last of two or more numbers (分值 first). */
function totalScoreCell(row: DocumentRow, scoreCol: number | undefined): Found | null {
  if (scoreCol !== undefined) {
    const rc = cellAt(row, scoreCol)
    return rc === null || rc.fromAbove ? null : { text: rc.cell.text.trim(), rowCell: rc, row }
  }
  const numbers = row.cells.filter((rc) => !rc.fromAbove && readFormNumber(rc.cell.text) !== null)
  const last = numbers.at(-1)
  return numbers.length >= 2 && last !== undefined ? { text: last.cell.text.trim(), rowCell: last, row } : null
}

/** A grade cell's word, else a grade the conclusion states ("评价等级为优"). Never from the score. */
function readGrade(headerGrade: Found | null, conclusion: Found | null, note: Note): Grade | null {
  const stated = headerGrade === null ? null : gradeWord(headerGrade.text)
  if (stated !== null) {
    note('grade', headerGrade)
    return stated
  }
  const prose = conclusion === null ? null : PROSE_GRADE.exec(conclusion.text.normalize('NFKC'))
  if (prose === null) return null
  note('grade', conclusion)
  return gradeFromWord(prose[1] ?? '')
}

function gradeWord(text: string): Grade | null {
  const m = /^(优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)(?![\p{Script=Han}])/u.exec(text.normalize('NFKC').trim())
  return m === null ? null : gradeFromWord(m[1] ?? '')
}

/** The goals row: a header naming 预期目标 and 实际完成情况 (or their synonyms), the texts in the row below, each with its label. */
function readGoals(rows: readonly DocumentRow[]): { goals: LabelledText | null; achieved: LabelledText | null } {
  for (let r = 0; r < rows.length - 1; r++) {
    const header = rows[r]
    if (header === undefined) continue
    const goalsIndex = labelIndex(header, GOAL_COLUMNS.goals)
    if (goalsIndex < 0) continue
    const goalsHeader = header.cells[goalsIndex]
    const goalsCol = goalsHeader?.cell.col ?? 0
    const goalsLabel = labelText(goalsHeader?.cell.text ?? '')
    const achievedCell = header.cells.find((rc) => rc.cell.col > goalsCol && GOAL_COLUMNS.achieved.has(keyOf(rc)))
    const achievedLabel = labelText(achievedCell?.cell.text ?? '')
    const next = rows[r + 1]
    // A page break between the header and its texts (a PDF table that did not join): the next table's
    // columns are its own, so its texts are taken in order, the goals first.
    if (next !== undefined && next.table !== header.table) {
      const texts = next.cells.filter((rc) => !rc.fromAbove && rc.cell.text.trim() !== '')
      const found = (rc: RowCell | undefined, label: string): LabelledText | null =>
        rc === undefined ? null : { text: foldLines(rc.cell.text), rowCell: rc, row: next, label }
      return { goals: found(texts[0], goalsLabel), achieved: achievedCell === undefined ? null : found(texts[1], achievedLabel) }
    }
    // The first row below that has a cell of its own there (a PDF's joined grid can put an empty row between).
    const below = (col: number, label: string): LabelledText | null => {
      for (const row of rows.slice(r + 1, r + 4)) {
        const rc = cellAt(row, col)
        if (rc !== null && !rc.fromAbove) return { text: foldLines(rc.cell.text), rowCell: rc, row, label }
      }
      return null
    }
    return { goals: below(goalsCol, goalsLabel), achieved: achievedCell === undefined ? null : below(achievedCell.cell.col, achievedLabel) }
  }
  return { goals: null, achieved: null }
}
