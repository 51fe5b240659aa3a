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

/** Every label a report may use for a field, longest first within a field. */
const LABELS: ReadonlyArray<readonly [string, FieldKey]> = [
  ['项目名称', 'name'],
  ['决算金额', 'amount'],
  ['决算数', 'amount'],
  ['预算金额', 'amount'],
  ['评价分值', 'score'],
  ['评价得分', 'score'],
  ['得分', 'score'],
  ['评价结论', 'grade'],
  ['评价等级', 'grade'],
  ['主要绩效', 'performance'],
  ['存在问题', 'problems'],
  ['存在的问题', 'problems'],
  ['整改建议', 'suggestions'],
  ['整改情况', 'rectifications'],
  ['项目单位', 'unit'],
  ['主管部门', 'unit'],
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

const LABEL_BY_WORD = new Map(LABELS)
const FIRST_CHARS = new Set(LABELS.map(([word]) => word[0]))
const longLabels = LABELS.filter(([word]) => word.length >= 4).map(([word]) => word)
const shortLabels = LABELS.filter(([word]) => word.length < 4).map(([word]) => word)
const UNIT_IN_LABEL = '\\s*(?:[（(]((?:万|亿)?元)[）)])?'
/**
 * A four-character label may run straight into its value ("决算金额338.62万元"); a short one such as
 * 得分 needs a colon or a space and a value, so a wrapped line "得分92.5分。" stays text.
 */
const LABEL_LINE = new RegExp(
  `^(?:(${longLabels.join('|')})${UNIT_IN_LABEL}\\s*(?:[:：]\\s*|\\s+|$|(?=[（(\\d]))|(${shortLabels.join('|')})${UNIT_IN_LABEL}\\s*(?:[:：]\\s*|\\s+)(?=\\S))`,
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
  const field = LABEL_BY_WORD.get(m[1] ?? m[3] ?? '')
  if (field === undefined) return null
  return { field, rest: line.slice(m[0].length), unit: m[2] ?? m[4] ?? null }
}

/** The furniture that follows a table in published reports ("备注：…", "填报人：…"): text that belongs to no field. */
const TRAILING_SECTION = /^(?:备注|附注|注|附件\d*|说明|填报人|填表人|填报单位|填报日期|联系人|联系电话|审核人|负责人|单位负责人|制表人?)\s*[:：]/

export function isTrailingSection(line: string): boolean {
  return TRAILING_SECTION.test(line)
}

export const BLOCK_HEADER = '绩效评价结果信息表'

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
