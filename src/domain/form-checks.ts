import { decimalsOf, halfUnit } from './decimal.ts'
import type { Indicator, Project, TemplateCell } from './types.ts'

/**
 * Does a self-evaluation hold together? Each check uses stated values only and is skipped when one
 * it needs is missing; "beyond rounding" means further apart than the stated numbers' own rounding
 * allows (half a unit of their last digit), so 8 for 8.36 passes and 10 for 8.36 does not.
 */

export type FormCheck =
  | {
      id: 'score-sum-mismatch'
      stated: number
      /** The indicator scores added, plus the execution score when the total includes it. */
      sum: number
      indicatorScores: number
      /** The funds table's 得分 when the total includes it (indicator weights + its weight = 100), else null. */
      executionScore: number | null
    }
  | { id: 'execution-score-mismatch'; stated: number; expected: number; rate: number; weight: number }
  | { id: 'rate-amount-mismatch'; stated: number; computed: number; spentWan: number; budgetWan: number }
  | { id: 'target-missed-full-marks'; indicators: MissedTarget[] }
  | { id: 'template-text'; cells: TemplateCell[] }

export interface MissedTarget {
  name: string
  target: string
  actual: string
  direction: Direction
  weight: number
}

type Direction = '≥' | '>' | '≤' | '<' | '='

const EPSILON = 1e-9

/** Adds stated numbers at the precision written: 2.67 + 3.1 is 5.77. */
const sumOf = (values: readonly number[]): number =>
  Number(values.reduce((a, b) => a + b, 0).toFixed(Math.max(0, ...values.map(decimalsOf))))

/** A 分值 of 100 in the funds row is the whole form's total written there (鄂州), not execution's weight. */
const executionWeightOf = (p: Project): number | null =>
  p.executionWeight !== null && p.executionWeight > 0 && p.executionWeight < 100 ? p.executionWeight : null

function scoreSum(p: Project): FormCheck | null {
  const { score, indicators } = p
  if (score === null || indicators.length === 0 || indicators.some((i) => i.score === null)) return null
  const indicatorScores = sumOf(indicators.map((i) => i.score as number))
  const weights = indicators.every((i) => i.weight !== null) ? sumOf(indicators.map((i) => i.weight as number)) : null
  const executionWeight = executionWeightOf(p)
  let executionScore: number | null
  if (weights === 100) executionScore = null
  else if (weights !== null && executionWeight !== null && p.executionScore !== null && weights + executionWeight === 100) executionScore = p.executionScore
  else return null
  const sum = executionScore === null ? indicatorScores : sumOf([indicatorScores, executionScore])
  return Math.abs(sum - score) > halfUnit(score) + EPSILON ? { id: 'score-sum-mismatch', stated: score, sum, indicatorScores, executionScore } : null
}

function executionScoreCheck(p: Project): FormCheck | null {
  const weight = executionWeightOf(p)
  const { executionScore: stated, executionRate: rate } = p
  if (weight === null || stated === null || rate === null) return null
  const expected = Math.min(Number(((rate * weight) / 100).toFixed(4)), weight)
  // A rate written as a whole percent (84) may be 83.5–84.5: the score may lie that much further.
  const slack = halfUnit(stated) + (halfUnit(rate) * weight) / 100
  return Math.abs(stated - expected) > slack + EPSILON ? { id: 'execution-score-mismatch', stated, expected, rate, weight } : null
}

function rateAmount(p: Project): FormCheck | null {
  const { executionRate: stated, amountWan: spent, budgetWan: budget } = p
  if (stated === null || spent === null || budget === null || budget <= 0) return null
  const computed = (spent / budget) * 100
  // Spending over budget is often written as 100% (the rate capped): that is a convention, not a contradiction.
  if (stated === 100 && computed > 100) return null
  // How far the rate may move when each amount moves by half a unit of its own last digit.
  const slack = halfUnit(stated) + 100 * (halfUnit(spent) / budget + (spent * halfUnit(budget)) / budget ** 2)
  return Math.abs(stated - computed) > slack + EPSILON
    ? { id: 'rate-amount-mismatch', stated, computed: Number(computed.toFixed(2)), spentWan: spent, budgetWan: budget }
    : null
}

const DIRECTION_WORDS: readonly [RegExp, Direction][] = [
  [/^(≥|>=|不低于|不少于|大于等于|达到)/, '≥'],
  [/^(≤|<=|不高于|不超过|不多于|小于等于|控制在)/, '≤'],
  [/^(>|大于|高于|超过)/, '>'],
  [/^(<|小于|低于|少于)/, '<'],
  [/^(=|＝|等于)/, '='],
]

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g

interface Stated {
  direction: Direction | null
  value: number
  unit: string
}

/** A cell holding one number, with an optional direction before it and a unit after: "≥95%", "38处"; else null. */
export function statedValue(text: string | null): Stated | null {
  if (text === null) return null
  const folded = text.normalize('NFKC').replace(/\s+/g, '')
  const numbers = folded.match(NUMBER)
  if (numbers === null || numbers.length !== 1) return null
  const found = DIRECTION_WORDS.find(([re]) => re.test(folded))
  const rest = found === undefined ? folded : folded.replace(found[0], '')
  const at = rest.indexOf(numbers[0])
  if (at < 0 || rest.slice(0, at) !== '') return null
  return { direction: found?.[1] ?? null, value: Number(numbers[0].replace(/,/g, '')), unit: rest.slice(at + numbers[0].length) }
}

const DIRECTION_OF: Readonly<Record<string, Direction>> = { '≥': '≥', '>=': '≥', '≤': '≤', '<=': '≤', '>': '>', '<': '<', '=': '=' }

/** 95% against 0.98: the bare number may be a fraction, not a percent. */
const fractionOfPercent = (one: Stated, other: Stated): boolean => one.unit === '%' && other.unit === '' && other.value <= 1

const misses = (actual: number, target: number, direction: Direction): boolean =>
  direction === '≥' ? actual < target : direction === '>' ? actual <= target : direction === '≤' ? actual > target : direction === '<' ? actual >= target : actual !== target

function missedTarget(i: Indicator): MissedTarget | null {
  if (i.weight === null || i.score === null || i.weight <= 0 || i.score < i.weight) return null
  const target = statedValue(i.target)
  const actual = statedValue(i.actual)
  if (target === null || actual === null || i.target === null || i.actual === null) return null
  const direction = (i.direction === null ? undefined : DIRECTION_OF[i.direction.normalize('NFKC').trim()]) ?? target.direction
  if (direction === null) return null
  // 95% against 98 reads as one unit; 天 against 小时 does not compare, nor 95% against 0.98 (a fraction?).
  if (target.unit !== '' && actual.unit !== '' && target.unit !== actual.unit) return null
  if (fractionOfPercent(target, actual) || fractionOfPercent(actual, target)) return null
  return misses(actual.value, target.value, direction) ? { name: i.name, target: i.target, actual: i.actual, direction, weight: i.weight } : null
}

/** The checks a record fails, in the order of FORM_CHECK_IDS; none for a result report. */
export function formChecks(p: Project): FormCheck[] {
  if (p.form === 'result') return []
  const missed = p.indicators.map(missedTarget).filter((m): m is MissedTarget => m !== null)
  return [
    scoreSum(p),
    executionScoreCheck(p),
    rateAmount(p),
    missed.length > 0 ? ({ id: 'target-missed-full-marks', indicators: missed } as const) : null,
    p.templateText.length > 0 ? ({ id: 'template-text', cells: p.templateText } as const) : null,
  ].filter((c): c is FormCheck => c !== null)
}
