import { RESULT_FORM_FIELDS } from '../domain/result-fields.ts'
import { gradeForScore } from '../domain/grade.ts'
import type { Dataset, Project } from '../domain/types.ts'
import { renderReportWithRanges } from './render-report.ts'

export interface GenerateOptions {
  projects: number
  seed?: number
  wrapAt?: number
  /** Lines per page; a page break (lines of spaces) follows each page, often mid-value. */
  pageBreakEvery?: number
  sourceName?: string
}

export interface GeneratedReport {
  /** What parseReport should read back from `text`. */
  dataset: Dataset
  text: string
}

/** A tiny seeded PRNG (mulberry32): the same seed always gives the same sequence in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Rng {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  uniform(): number {
    return this.next()
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)]
    if (item === undefined) throw new RangeError('pick from an empty list')
    return item
  }
  /** `n` distinct items in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items]
    for (let i = 0; i < Math.min(n, pool.length); i++) {
      const j = this.int(i, pool.length - 1)
      const swapped = pool[j] as T
      pool[j] = pool[i] as T
      pool[i] = swapped
    }
    return pool.slice(0, n)
  }
  normal(): number {
    const u = 1 - this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }
}

const DEPARTMENTS = [
  '中共上海市委组织部', '上海市教育委员会', '上海市卫生健康委员会', '上海市民政局', '上海市生态环境局',
  '上海市交通委员会', '上海市文化和旅游局', '上海市农业农村委员会', '上海市人力资源和社会保障局',
  '上海市市场监督管理局', '上海市科学技术委员会', '上海市体育局',
]
const SCOPES = ['', '市级', '全市', '重点']
const DOMAINS = [
  '基层党建', '干部教育培训', '人才发展', '党员教育', '社区治理', '公共卫生', '疾病预防控制', '义务教育',
  '职业教育', '学前教育', '文物保护', '公共文化服务', '全民健身', '农田水利', '乡村振兴', '道路养护',
  '公共交通', '环境监测', '大气污染防治', '水环境治理', '食品安全抽检', '就业援助', '职业技能培训', '养老服务',
  '儿童福利', '残疾人康复', '社会救助', '科技创新', '知识产权保护', '政务信息化', '数据资源管理', '档案管理',
  '法律援助', '消防安全', '应急管理', '气象服务', '绿化养护', '市容环卫', '城市管理执法', '住房保障',
]
const ACTIVITIES = ['', '培训', '运行维护', '宣传推广', '系统建设', '专项补助', '监督检查', '能力提升', '设备购置', '服务保障', '课题研究', '平台运营']
const SUFFIXES = ['经费', '工作经费', '项目', '经费项目', '专项资金', '补助资金', '专项经费']
const UNITS = ['市党建服务中心', '市干部教育中心', '市信息中心', '市疾病预防控制中心', '市档案馆', '市教育评估院', '市环境监测中心', '市社会福利中心', '市公共资源交易中心']

export const PERFORMANCE_PHRASES = [
  '按计划完成年度各项工作任务', '系统运行稳定，数据更新及时', '项目管理制度较为健全，资金使用基本规范',
  '服务对象满意度较高', '各项产出指标基本达成', '社会效益逐步显现', '在推动管理服务力量下沉方面取得了较大进展',
  '形成了一定的经验和积累', '得到了相关领导的批示', '按时完成设备采购和安装调试', '及时订阅印发相关学习资料',
  '建立了较为完善的工作台账', '各环节衔接顺畅，沟通及时有效', '宣传覆盖面不断扩大，社会知晓度提高',
]
export const PROBLEM_PHRASES = [
  '预算编制有待进一步优化', '二级项目编制不尽合理', '资金使用有待进一步规范', '合同管理存在潜在风险',
  '部分合同的支付方式为一次性支付，不利于风险控制', '绩效目标指标设置不够合理，产出指标与预算不匹配',
  '效果类指标较单薄', '评审和验收环节制度落实不够', '项目绩效指标不够细化，可衡量性、明确性欠佳',
  '未制定相应的计划调整制度，管理制度亟待健全', '申报表中缺乏明确的绩效目标', '部分计划内容未执行',
  '业务台账资料不完善', '运维合同签订晚于项目启动时间', '部分设备未及时登记入账', '政府采购程序执行不够规范',
  '项目实施进度滞后于计划安排', '部分支出未严格按照预算科目列支', '专项资金存在结余，未及时清理',
  '第三方服务质量考核机制不健全', '信息系统运行维护记录不完整', '宣传推广力度不足，社会知晓度有待提高',
]
export const SUGGESTION_PHRASES = [
  '优化预算结构，结合项目特性，提升预算管理精细化水平', '严格资金使用，明确范围边界，控制资金管理风险',
  '加强合同管理，优化合同条款，控制合同履约风险', '深化绩效管理，强化绩效目标与工作计划、预算的关系',
  '进一步提高部分绩效目标的细化、量化水平', '进一步完善项目评审和验收机制', '建议加强对服务单位考核结果的留存',
  '规范政府采购流程，提前启动采购程序', '建立健全资产管理台账，定期开展资产清查', '加快项目实施进度，确保按计划完成各项任务',
  '及时清理结余资金，提高财政资金使用效益', '完善第三方服务考核办法，强化过程监督', '加大宣传推广力度，扩大项目受益覆盖面',
]
export const RECTIFICATION_PHRASES = [
  '根据职能调整对二级项目明细进行梳理优化，进一步提升预算结构合理性', '严格规范资金核算，有效控制资金管理风险',
  '优化合同条款，采取分期付款，明确质量要求和验收要求', '已对年度绩效目标进行优化调整，明确绩效指标',
  '已建立资产管理台账并完成年度资产清查', '已修订项目管理办法，明确各环节职责分工', '已将结余资金按规定上缴财政',
  '已与服务单位签订补充协议，细化考核标准', '进一步规范工作流程，建立健全计划调整制度', '强化项目计划审核，不断提升计划制定的科学性',
]
const PERCENT_PHRASES = ['受益者满意度', '任务完成率达到', '服务对象知晓率为', '目标人群覆盖率达到']

function uniqueName(rng: Rng, year: number, taken: Set<string>): string {
  let name = ''
  for (let attempt = 0; attempt < 30; attempt++) {
    const domain = rng.pick(DOMAINS)
    const activity = rng.pick(ACTIVITIES)
    const parts = [`${year}年${rng.chance(0.5) ? '度' : ''}`, rng.pick(SCOPES), domain, domain.includes(activity) ? '' : activity]
    name = parts.join('') + rng.pick(SUFFIXES)
    if (!taken.has(name)) break
  }
  for (let batch = 2; taken.has(name); batch++) name = `${name.replace(/第\d+期$/, '')}第${batch}期`
  taken.add(name)
  return name
}

function drawAmountWan(rng: Rng): number {
  for (;;) {
    const cents = Math.round(Math.exp(Math.log(300) + 1.5 * rng.normal()) * 100)
    if (cents >= 500 && cents <= 5_000_000) return cents / 100
  }
}

/** 55–99, mostly 良 and 优, with one or two decimals, the last never 0 (89.6, 93.17). */
function drawScore(rng: Rng): number {
  for (;;) {
    const cents = Math.round((rng.chance(0.06) ? 55 + 25 * rng.uniform() : 87 + 5 * rng.normal()) * 100)
    if (cents < 5500 || cents > 9900) continue
    if (rng.chance(0.3)) {
      const tenths = Math.round(cents / 10)
      return (tenths % 10 === 0 ? tenths + (tenths === 990 ? -1 : 1) : tenths) / 10
    }
    return (cents % 10 === 0 ? cents + (cents === 9900 ? -1 : 1) : cents) / 100
  }
}

const percent = (rng: Rng): string => (rng.int(700, 999) / 10).toFixed(1)

function performanceText(rng: Rng, domain: string): string {
  const phrases = [`根据相关要求，积极落实${domain}各项工作`, ...rng.sample(PERFORMANCE_PHRASES, rng.int(2, 5))]
  if (rng.chance(0.35)) phrases.splice(rng.int(1, phrases.length), 0, `${rng.pick(PERCENT_PHRASES)}${percent(rng)}%`)
  return phrases.map((p, i) => p + (i === phrases.length - 1 || rng.chance(0.2) ? '。' : '，')).join('')
}

/** `count` items of one or two distinct phrases each. */
function listItems(rng: Rng, pool: readonly string[], count: number): string[] {
  const phrases = rng.sample(pool, pool.length)
  const seconds = phrases.slice(count)
  return phrases.slice(0, count).map((first, i) => {
    const second = seconds[i]
    return second !== undefined && rng.chance(0.3) ? `${first}，${second}。` : `${first}。`
  })
}

const nearby = (rng: Rng, n: number, p: number): number =>
  rng.chance(p) ? Math.min(6, Math.max(1, n + (rng.chance(0.7) ? -1 : 1))) : n

function project(rng: Rng, year: number, taken: Set<string>): Omit<Project, 'source'> {
  const name = uniqueName(rng, year, taken)
  const domain = DOMAINS.find((d) => name.includes(d)) ?? '项目'
  const value = drawScore(rng)
  const count = rng.int(1, 6)
  const problems = listItems(rng, PROBLEM_PHRASES, count)
  let executionRate: number | null = null
  if (rng.chance(0.25)) {
    executionRate = rng.int(5000, 8999) / 100
    problems[0] = `预算执行率为${executionRate.toFixed(2)}%，执行率偏低。${rng.chance(0.5) ? '' : (problems[0] ?? '')}`
  }
  const rectifications = listItems(rng, RECTIFICATION_PHRASES, nearby(rng, count, 0.15))
  if (rng.chance(0.3)) rectifications.push(`编制${year + 2}年预算时参考以前年度实际资金使用情况，合理设置三级科目。`)
  return {
    name,
    amountWan: drawAmountWan(rng),
    score: value,
    grade: gradeForScore(value),
    performance: performanceText(rng, domain),
    problems,
    suggestions: listItems(rng, SUGGESTION_PHRASES, nearby(rng, count, 0.2)),
    rectifications: rectifications.slice(0, 6),
    executionRate,
    unit: rng.chance(0.3) ? rng.pick(UNITS) : null,
    ...RESULT_FORM_FIELDS,
    executionWeight: null,
    executionScore: null,
    templateText: [],
  }
}

/** A realistic report of `projects` projects, the same for the same seed, with the text a PDF extraction would give. */
export function generateReport(options: GenerateOptions): GeneratedReport {
  const seed = options.seed ?? 1
  const rng = new Rng(seed)
  const department = rng.pick(DEPARTMENTS)
  const year = rng.int(2016, 2023)
  const title = `${department}${year}年度财政支出项目绩效评价结果`
  const taken = new Set<string>()
  const records = Array.from({ length: options.projects }, () => project(rng, year, taken))
  const rendered = renderReportWithRanges(
    { title, projects: records },
    { wrapAt: options.wrapAt ?? 22, pageBreakEvery: options.pageBreakEvery ?? 26 },
  )
  const projects = records.map((record, i) => ({
    ...record,
    source: rendered.ranges[i] ?? { startLine: 0, endLine: 0 },
  }))
  return {
    dataset: { title, department, year, sourceName: options.sourceName ?? `generated-${seed}.txt`, projects },
    text: rendered.text,
  }
}
