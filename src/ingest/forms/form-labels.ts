/**
 * The labels of the self-evaluation forms and their synonyms across the national template and the
 * provincial variants. Labels are compared on their key: NFKC (full-width brackets and colons become
 * half-width) with all whitespace removed, so the spaced labels of some pages (绩 效 指 标) match.
 */
export const labelKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '')

/**
 * Labels compared by key. A label also matches with a colon after it (项目名称：) or a unit in
 * brackets (全年预算数（万元）, 得分（分）): a form adds those freely.
 */
export class LabelSet {
  private readonly labels: ReadonlySet<string>
  constructor(labels: readonly string[]) {
    this.labels = new Set(labels.map(labelKey))
  }
  has(key: string): boolean {
    if (this.labels.has(key)) return true
    const bare = key.replace(/[:：]$/, '')
    return this.labels.has(bare) || this.labels.has(bare.replace(/\((?:|万元|元|亿元|%|分|万元\/%)\)$/, ''))
  }
  [Symbol.iterator](): Iterator<string> {
    return this.labels[Symbol.iterator]()
  }
}

const keys = (...labels: string[]): LabelSet => new LabelSet(labels)

/** A title that starts a form: 项目支出绩效自评表, 部门整体支出绩效自评表, 财政项目支出绩效自评表 … */
export const FORM_TITLE = /绩效(?:目标)?(?:评价)?(?:自评价?|自评得分|得分)表/
export const DEPARTMENT_TITLE = /部门整体|整体支出/

export const HEADER_LABELS = {
  name: keys('项目名称'),
  departmentName: keys('部门(单位)名称', '部门名称', '单位名称'),
  department: keys('主管部门', '主管部门及代码', '市级主管部门'),
  unit: keys('实施单位', '实施单位(盖章)', '项目实施单位'),
  score: keys('自评得分', '自评总分(分)', '自评总分', '自评分数'),
  grade: keys('自评等级', '评价等级', '自评结论', '评价结论等级'),
} as const

export type HeaderField = keyof typeof HEADER_LABELS

/** Funds-table column headers, each by meaning. */
export const FUNDS_COLUMNS = {
  initialBudget: keys('年初预算数', '年初预算', '年初预算数(A)', '年初预算数(万元)'),
  budget: keys('全年预算数', '全年预算数(A)', '调整后预算数', '调整预算数(A)', '调整预算数', '全年(调整)预算数', '预算数', '全年预算'),
  executed: keys('全年执行数', '全年执行数(B)', '预算执行数', '执行数', '全年执行'),
  rate: keys('执行率', '执行率(B/A)', '预算执行率', '执行率(%)'),
  weight: keys('分值', '权重', '分值(10分)', '执行率权重', '权重(分)'),
  score: keys('得分', '执行率得分', '得分(分)'),
} as const

/** The funds columns that hold amounts or the rate: a header names at least one of them (分值 and 得分 alone head an indicator table). */
export const FUNDS_AMOUNT_COLUMNS = ['initialBudget', 'budget', 'executed', 'rate'] as const satisfies readonly FundsColumn[]

export type FundsColumn = keyof typeof FUNDS_COLUMNS

/** The first cell of a funds table's total row. */
export const FUNDS_TOTAL = keys('年度资金总额', '年度资金总额:', '总额', '资金总额', '合计', '年度资金总额(万元)')

/** Indicator-table column headers, each by meaning. */
export const INDICATOR_COLUMNS = {
  level1: keys('一级指标'),
  level2: keys('二级指标'),
  name: keys('三级指标', '指标名称', '绩效指标名称'),
  direction: keys('指标性质'),
  target: keys('年度指标值', '年度指标值(A)', '指标值', '指标值(A)', '年初指标值', '目标值', '预期指标值'),
  actual: keys('实际完成值', '实际完成值(B)', '全年实际值(B)', '全年实际值', '完成值', '全年完成值', '实际值'),
  unit: keys('度量单位', '计量单位'),
  weight: keys('分值', '权重', '参考分值', '指标权重(分)', '指标分值', '权重(分)'),
  score: keys('得分', '指标得分(分)', '得分(分)', '自评得分'),
  note: keys('偏差原因分析及改进措施', '未完成原因分析', '未完成原因分析及改进措施', '偏差原因分析', '偏差原因及改进措施'),
} as const

export type IndicatorColumn = keyof typeof INDICATOR_COLUMNS

/** Goals-table headers: the target text and what was achieved. */
export const GOAL_COLUMNS = {
  goals: keys('预期目标', '年初预期目标', '年初设定目标', '项目年度目标', '年初绩效目标', '年度目标'),
  achieved: keys('实际完成情况', '年度总体目标完成情况', '年度目标完成情况', '全年目标实际完成情况', '目标完成情况'),
} as const

/** Rows that end an indicator table. */
export const INDICATOR_END = keys('总分', '合计', '总计', '评价结论', '存在问题', '改进措施', '其他需要说明事项', '其他需说明问题')

export const TOTAL_SCORE = keys('总分', '合计', '总计')

/** Free-text sections: a label cell and the text to its right. */
export const TEXT_SECTIONS = {
  conclusion: keys('评价结论', '自评结论', '总体评价结论'),
  problems: keys('存在问题', '存在的问题', '主要问题', '问题及原因'),
  measures: keys('改进措施', '整改措施', '改进措施及建议', '整改措施及建议', '下一步改进措施', '改进建议'),
  implementation: keys('项目实施内容及过程概述', '2.项目实施内容及过程概述'),
} as const

export type TextSection = keyof typeof TEXT_SECTIONS

/**
 * The instructions the templates print in cells for the filler to replace: never content.
 * "结合自评情况，分析存在的问题及原因。（200字以内）", "1.预算执行率=预算执行数/调整后预算数…".
 */
const TEMPLATE_TEXT = [/[(（]\s*\d+\s*字以内\s*[)）]/, /^结合自评情况/, /^针对项目自评中发现的问题/, /预算执行率\s*=\s*预算执行数/, /^说明项目/]

export const isTemplateText = (text: string): boolean => TEMPLATE_TEXT.some((re) => re.test(text.trim()))

/** Cells that say "nothing" in a text field: 无, 暂无, —, /, 0 … */
const NOTHING = keys('', '无', '暂无', '无。', '暂无。', '—', '——', '-', '--', '/', '／', '0', '…', '……', '无问题', '不适用')

const isNothing = (text: string): boolean => NOTHING.has(labelKey(text))

/** Text that is content: not empty, not a placeholder, not the template's instructions. */
export const isContent = (text: string): boolean => !isNothing(text) && !isTemplateText(text)
