export type FieldKey =
  | 'name'
  | 'amount'
  | 'score'
  | 'grade'
  | 'performance'
  | 'problems'
  | 'suggestions'
  | 'rectifications'
  | 'unit'

/**
 * How a label meets its value. 'runs-in': an amount or score label may run straight into its digits
 * ("决算数338.62万元"). 'separated': a colon, a space or the end of the line follows, since a wrapped
 * line of prose may start with a label word ("整改情况（每季度一次）。"). 'number': 得分 needs a
 * separator and then a number, since "考核得分92.5分" wraps into a prose line "得分92.5分。".
 */
type Joining = 'runs-in' | 'separated' | 'number'

/** Every label a report may use for a field, longest first within a field. */
const LABELS: ReadonlyArray<readonly [string, FieldKey, Joining]> = [
  ['项目名称', 'name', 'separated'],
  ['决算金额', 'amount', 'runs-in'],
  ['决算数', 'amount', 'runs-in'],
  ['预算金额', 'amount', 'runs-in'],
  ['评价分值', 'score', 'runs-in'],
  ['评价得分', 'score', 'runs-in'],
  ['得分', 'score', 'number'],
  ['评价结论', 'grade', 'separated'],
  ['评价等级', 'grade', 'separated'],
  ['主要绩效', 'performance', 'separated'],
  ['存在问题', 'problems', 'separated'],
  ['存在的问题', 'problems', 'separated'],
  ['整改建议', 'suggestions', 'separated'],
  ['整改情况', 'rectifications', 'separated'],
  ['项目单位', 'unit', 'separated'],
  ['主管部门', 'unit', 'separated'],
]

export const FIELD_LABELS: Record<FieldKey, string> = {
  name: '项目名称',
  amount: '决算金额',
  score: '评价分值',
  grade: '评价结论',
  performance: '主要绩效',
  problems: '存在问题',
  suggestions: '整改建议',
  rectifications: '整改情况',
  unit: '项目单位',
}

const LABEL_BY_WORD = new Map(LABELS.map(([word, field]) => [word, field]))
const FIRST_CHARS = new Set(LABELS.map(([word]) => word[0]))
const UNIT_IN_LABEL = '\\s*(?:[（(]((?:万|亿)?元)[）)])?'
const DIGIT = '[\\d０-９]'
/** What may follow each kind of label (after the unit in the label and any spaces). */
const AFTER: Record<Joining, string> = {
  'runs-in': `(?:[:：]\\s*|\\s+|$|(?=${DIGIT}))`,
  separated: '(?:[:：]\\s*|\\s+|$)',
  number: `(?:[:：]\\s*|\\s+)(?=${DIGIT})`,
}
const JOININGS: readonly Joining[] = ['runs-in', 'separated', 'number']
/** One alternative per kind of label, each capturing the label word and then the unit in the label. */
const LABEL_LINE = new RegExp(
  `^(?:${JOININGS.map((joining) => {
    const words = LABELS.filter(([, , j]) => j === joining).map(([word]) => word)
    return `(${words.join('|')})${UNIT_IN_LABEL}\\s*${AFTER[joining]}`
  }).join('|')})`,
)

export interface LabelMatch {
  field: FieldKey
  /** The value that follows the label on the same line. */
  rest: string
  /** A unit stated in the label itself, as in 决算金额（元）. */
  unit: string | null
}

/** Recognises a line that opens a field: a known label at its start, then a colon, a space, the end, or the value. */
export function matchLabel(line: string): LabelMatch | null {
  if (!FIRST_CHARS.has(line[0])) return null
  const m = LABEL_LINE.exec(line)
  if (m === null) return null
  const field = LABEL_BY_WORD.get(m[1] ?? m[3] ?? m[5] ?? '')
  if (field === undefined) return null
  return { field, rest: line.slice(m[0].length), unit: m[2] ?? m[4] ?? m[6] ?? null }
}

/** The furniture that follows a table in published reports ("备注：…", "填报人：…"): text that belongs to no field. */
const TRAILING_SECTION = /^(?:备注|附注|注|附件\d*|说明|填报人|填表人|填报单位|填报日期|联系人|联系电话|审核人|负责人|单位负责人|制表人?)\s*[:：]/

export function isTrailingSection(line: string): boolean {
  return TRAILING_SECTION.test(line)
}

const BLOCK_HEADER = '绩效评价结果信息表'

export function isBlockHeader(line: string): boolean {
  return line.length <= 40 && line.endsWith(BLOCK_HEADER)
}

const PAGE_MARKER =
  /^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页|[-—–]+\s*\d+\s*[-—–]+|\d+\s*\/\s*\d+)$/
const PAGE_MARKER_FIRST = new Set(['第', '共', '-', '—', '–', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])

const PAGE_OF = /^(\d+)\s*\/\s*(\d+)$/

/** "第3页 共9页", "— 3 —", "3/9": a page's furniture, not report text. */
export function isPageMarker(line: string): boolean {
  if (line.length > 24 || !PAGE_MARKER_FIRST.has(line[0] ?? '') || !PAGE_MARKER.test(line)) return false
  const pageOf = PAGE_OF.exec(line)
  return pageOf === null || (Number(pageOf[1]) >= 1 && Number(pageOf[1]) <= Number(pageOf[2]))
}
