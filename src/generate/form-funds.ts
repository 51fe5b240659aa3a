import type { Project } from '../domain/types.ts'
import type { Traps } from './form-traps.ts'
import { chance, pick, type Random } from './random.ts'
import type { FormLayout, FundsRowView } from './render-form-html.ts'

export interface DrawnFunds {
  rows: FundsRowView[]
  stated: Pick<Project, 'initialBudgetWan' | 'budgetWan' | 'amountWan' | 'executionRate' | 'executionWeight' | 'executionScore'>
  /** The funds row's 得分, in hundredths of a point. */
  scoreHundredths: number
}

/** How one form's typist writes amounts. */
interface AmountStyle {
  thousands: boolean
  wanSuffix: boolean
  /** Whole amounts without decimals: 150 rather than 150.00. */
  bare: boolean
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** An amount in cents of 万元, as the form writes it. */
function writeAmount(cents: number, style: AmountStyle): string {
  const whole = String(Math.floor(cents / 100))
  const fraction = String(cents % 100).padStart(2, '0')
  const integer = style.thousands ? groupThousands(whole) : whole
  const text = style.bare && fraction === '00' ? integer : `${integer}.${fraction}`
  return style.wanSuffix ? `${text}万` : text
}

/** 10.00 to 99,999.99 万元, log-uniform by order of magnitude; sometimes a whole number of 万元. */
function drawBudgetCents(random: Random): number {
  const digits = random.int(1, 4)
  const cents = random.int(10 ** (digits + 2), 10 ** (digits + 3) - 1)
  return chance(random, 0.3) ? Math.max(100, cents - (cents % 100)) : cents
}

function writeRate(random: Random, hundredths: number): string {
  const value = hundredths / 100
  if (hundredths % 100 === 0 && random.int(0, 1) === 1) return `${value}%`
  return `${value.toFixed(2)}${random.int(0, 5) === 5 ? ' %' : '%'}`
}

const NATIONAL_SUB_ROWS = [['其中：当年财政拨款', '其中：本年财政拨款'], ['上年结转资金'], ['其他资金']]
const SICHUAN_SUB_ROWS = [['其中：财政资金'], ['财政专户管理资金'], ['单位资金'], ['其他资金']]

/**
 * The 项目资金 / 预算执行情况 table: the total row (年度资金总额 / 总额) and its 其中 rows. The rate is
 * what the stated amounts give, rounded to hundredths, and the funds score is rate × 10 (at most 10).
 */
export function drawFunds(random: Random, traps: Traps, layout: FormLayout): DrawnFunds {
  const style: AmountStyle = {
    thousands: traps.spring('thousands', 0.5),
    wanSuffix: layout === 'project' && traps.spring('wan-suffix', 0.1),
    bare: chance(random, 0.4),
  }
  const budget = drawBudgetCents(random)
  const initialKind = random.int(0, 19)
  const initial = initialKind < 11 ? budget : initialKind < 15 ? Math.round((budget * random.int(60, 99)) / 100) : initialKind < 19 ? 0 : null
  const targetRate = chance(random, 0.35) ? 10_000 : random.int(6000, 9999)
  const executed = Math.round((budget * targetRate) / 10_000)
  const rate = Math.round((executed * 10_000) / budget)
  const rateText = traps.spring('missing-rate', 0.1) ? '' : writeRate(random, rate)
  const scoreHundredths = Math.min(1000, Math.round(rate / 10))

  const total: FundsRowView = {
    label: layout === 'project' ? pick(random, ['年度资金总额', '年度资金总额：']) : '总额',
    initial: initial === null ? '' : writeAmount(initial, style),
    budget: writeAmount(budget, style),
    executed: writeAmount(executed, style),
    rate: rateText,
    weight: '10',
    score: String(scoreHundredths / 100),
  }
  const dash = layout === 'sichuan' ? '/' : traps.spring('placeholders', 0.7) ? pick(random, ['—', '-', '/']) : ''
  const subRows = (layout === 'project' ? NATIONAL_SUB_ROWS : SICHUAN_SUB_ROWS).map((labels, i): FundsRowView => {
    const fiscal = i === 0
    const zero = traps.spring('placeholders', 0.3) ? writeAmount(0, style) : ''
    return {
      label: pick(random, labels),
      initial: fiscal ? total.initial : zero,
      budget: fiscal ? total.budget : zero,
      executed: fiscal ? total.executed : zero,
      rate: dash,
      weight: dash,
      score: dash,
    }
  })
  return {
    rows: [total, ...subRows],
    stated: {
      initialBudgetWan: initial === null ? null : initial / 100,
      budgetWan: budget / 100,
      amountWan: executed / 100,
      executionRate: rateText === '' ? null : rate / 100,
      executionWeight: 10,
      executionScore: scoreHundredths / 100,
    },
    scoreHundredths,
  }
}
