import { ACHIEVEMENTS, DEVIATIONS, GOALS, UNITS } from './form-phrases.ts'
import { chance, pick, type Random } from './random.ts'
import type { FormView, FundsRowView, IndicatorView, PageStyle } from './render-form-html.ts'
import { FORM_CHECK_PLANTS, type FormCheckPlant, type Identity, nameIn, type PlantRole, type YearsPlan } from './year-plan.ts'
import { PLANTED_SCORES, TEMPLATE_ACHIEVED } from './year-words.ts'

/**
 * The national self-evaluation forms (财预〔2020〕10号 附件1) of the generated years: plain pages
 * without the traps of generate-forms.ts, every stated number chosen so that the form adds up,
 * except where a consistency flag is planted.
 */

/** What a planted form check should report, with the numbers the form states. */
export type FormCheckFacts =
  | { flag: 'score-sum-mismatch'; stated: number; sum: number }
  | { flag: 'execution-score-mismatch'; stated: number; expected: number; rate: number; weight: number }
  | { flag: 'rate-amount-mismatch'; stated: number; computed: number; spentWan: number; budgetWan: number }
  | { flag: 'target-missed-full-marks'; name: string; target: string; actual: string; weight: number }
  | { flag: 'template-text'; text: string }

export interface FormRow {
  identity: Identity
  view: FormView
  /** The total the form states (总分). */
  score: number
  check: FormCheckFacts | null
}

export const PLAIN_PAGE: PageStyle = { chrome: null, wordMarkup: false, sourceBreaks: false }

interface IndicatorSeed {
  level1: string
  level2: string
  name: string
  /** A `≥` target in percent. */
  target: number
  weight: number
}

/** The indicators every generated form has: 90 points, with the funds row's 10 a total of 100. */
const INDICATORS: readonly IndicatorSeed[] = [
  { level1: '产出指标', level2: '数量指标', name: '年度任务完成率', target: 95, weight: 20 },
  { level1: '产出指标', level2: '质量指标', name: '验收合格率', target: 98, weight: 15 },
  { level1: '产出指标', level2: '时效指标', name: '按期完成率', target: 90, weight: 15 },
  { level1: '效益指标', level2: '社会效益指标', name: '政策知晓率', target: 85, weight: 30 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: 90, weight: 10 },
]
const INDICATOR_TENTHS = 900

const amount = (cents: number): string => (cents / 100).toFixed(2)
const percent = (hundredths: number): string => `${(hundredths / 100).toFixed(2)}%`

/** Tenths of a point lost on each indicator: on one when few, else on the two heaviest. */
function losses(random: Random, lost: number): number[] {
  const out = INDICATORS.map(() => 0)
  if (lost === 0) return out
  if (lost <= 100) {
    const candidates = INDICATORS.flatMap((seed, i) => (seed.weight * 10 > lost ? [i] : []))
    out[pick(random, candidates)] = lost
    return out
  }
  out[0] = Math.floor(lost / 3)
  out[3] = lost - Math.floor(lost / 3)
  return out
}

interface Numbers {
  budgetCents: number
  executedCents: number
  /** The rate the form states, in hundredths of a percent. */
  rate: number
  /** The funds row's 得分 as stated, in hundredths of a point. */
  executionScore: number
  /** The total the form should state, in hundredths of a point. */
  target: number
}

/**
 * Budget, spending, rate and execution score. The budget is a multiple of 10 万元 and the rate
 * ten times the execution score, so spending is a whole number of cents and nothing needs rounding.
 */
function numbers(random: Random, identity: Identity, y: number, check: FormCheckPlant | null): Numbers {
  const tens = random.int(1, 2000)
  const planted = identity.role === 'scores' ? Math.round((PLANTED_SCORES[y] as number) * 100) : null
  const target = planted ?? random.int(8000, 9800)
  // The planted scores come out exact: the execution score ends in the total's last digit.
  const score =
    planted === null
      ? chance(random, 0.35)
        ? 1000
        : random.int(700, 999)
      : random.int(0, 19) * 10 + 800 + (planted % 10)
  const budgetCents = tens * 1000
  if (check === 'execution-score-mismatch') return { budgetCents, executedCents: tens * 850, rate: 8500, executionScore: 1000, target }
  if (check === 'rate-amount-mismatch') return { budgetCents, executedCents: tens * 800, rate: 9500, executionScore: 950, target }
  const executionScore = Math.min(score, 1000)
  return { budgetCents, executedCents: tens * executionScore, rate: executionScore * 10, executionScore, target }
}

const emptyFunds = (label: string): FundsRowView => ({ label, initial: '', budget: '', executed: '', rate: '—', weight: '—', score: '—' })

function fundsRows(n: Numbers): FundsRowView[] {
  const total: FundsRowView = {
    label: '年度资金总额',
    initial: amount(n.budgetCents),
    budget: amount(n.budgetCents),
    executed: amount(n.executedCents),
    rate: percent(n.rate),
    weight: '10',
    score: String(n.executionScore / 100),
  }
  const fiscal: FundsRowView = { ...total, label: '其中：当年财政拨款', rate: '—', weight: '—', score: '—' }
  return [total, fiscal, emptyFunds('上年结转资金'), emptyFunds('其他资金')]
}

const isFormCheckPlant = (role: PlantRole): role is FormCheckPlant => (FORM_CHECK_PLANTS as readonly string[]).includes(role)

function drawForm(random: Random, plan: YearsPlan, identity: Identity, y: number): FormRow {
  const year = plan.years[y] as number
  const last = y === plan.years.length - 1
  const plant = last && isFormCheckPlant(identity.role) ? identity.role : null
  const n = numbers(random, identity, y, plant)
  let lost = Math.min(250, Math.max(0, Math.round((INDICATOR_TENTHS * 10 + n.executionScore - n.target) / 10)))
  if (plant === 'score-sum-mismatch') lost = Math.max(lost, 20)
  const total = (INDICATOR_TENTHS - lost) * 10 + n.executionScore
  const stated = plant === 'score-sum-mismatch' ? total + 200 : total
  const lostBy = losses(random, lost)
  const fullMarksMissed = plant === 'target-missed-full-marks' ? pick(random, lostBy.flatMap((l, i) => (l === 0 ? [i] : []))) : -1
  const indicators = INDICATORS.map((seed, i): IndicatorView => {
    const missed = (lostBy[i] as number) > 0 || i === fullMarksMissed
    const actual = missed ? seed.target - random.int(2, 8) : seed.target + random.int(0, 100 - seed.target)
    return {
      level1: seed.level1,
      level2: seed.level2,
      name: seed.name,
      direction: '',
      unit: '',
      target: `≥${seed.target}%`,
      actual: `${actual}%`,
      weight: String(seed.weight),
      score: String((seed.weight * 10 - (lostBy[i] as number)) / 10),
      note: (lostBy[i] as number) > 0 ? pick(random, DEVIATIONS) : '',
    }
  })
  const achieved = plant === 'template-text' ? TEMPLATE_ACHIEVED : pick(random, ACHIEVEMENTS)
  const view: FormView = {
    layout: 'project',
    preface: null,
    reportNumber: null,
    title: '项目支出绩效自评表',
    yearLine: `（${year}年度）`,
    titleInTable: false,
    name: identity.code === null ? nameIn(identity, y, year) : `${identity.code}-${nameIn(identity, y, year)}`,
    department: plan.department,
    unit: pick(random, UNITS),
    funds: fundsRows(n),
    fundsReason: '',
    goals: pick(random, GOALS),
    achieved,
    implementation: '',
    indicators,
    mergeLevels: true,
    totalWeight: '100',
    totalScore: String(stated / 100),
    conclusion: '',
    problems: '',
    measures: '',
    footnote: null,
    signatures: null,
    spacedLabels: false,
  }
  const missedRow = indicators[fullMarksMissed]
  const facts = plant === null ? null : CHECKS[plant]({ n, total, stated, missedRow })
  return { identity, view, score: stated / 100, check: facts }
}

interface CheckInput {
  n: Numbers
  total: number
  stated: number
  missedRow: IndicatorView | undefined
}

const CHECKS: Record<FormCheckPlant, (input: CheckInput) => FormCheckFacts> = {
  'score-sum-mismatch': ({ total, stated }) => ({ flag: 'score-sum-mismatch', stated: stated / 100, sum: total / 100 }),
  'execution-score-mismatch': ({ n }) => ({ flag: 'execution-score-mismatch', stated: n.executionScore / 100, expected: n.rate / 1000, rate: n.rate / 100, weight: 10 }),
  'rate-amount-mismatch': ({ n }) => ({
    flag: 'rate-amount-mismatch',
    stated: n.rate / 100,
    computed: Number(((n.executedCents / n.budgetCents) * 100).toFixed(2)),
    spentWan: n.executedCents / 100,
    budgetWan: n.budgetCents / 100,
  }),
  'target-missed-full-marks': ({ missedRow }) => ({
    flag: 'target-missed-full-marks',
    name: missedRow?.name ?? '',
    target: missedRow?.target ?? '',
    actual: missedRow?.actual ?? '',
    weight: Number(missedRow?.weight),
  }),
  'template-text': () => ({ flag: 'template-text', text: TEMPLATE_ACHIEVED }),
}

/** The forms of each year's page, in the plan's order. */
export function formYears(random: Random, plan: YearsPlan): FormRow[][] {
  return plan.order.map((identities, y) => identities.map((identity) => drawForm(random, plan, identity, y)))
}
