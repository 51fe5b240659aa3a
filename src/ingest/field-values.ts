import { gradeFromWord } from '../domain/grade.ts'
import type { Grade } from '../domain/types.ts'

export type AmountReading =
  | { ok: true; amountWan: number; unitStated: boolean }
  | { ok: false }

const AMOUNT = /^(\d+(?:\.\d+)?)(万元|亿元|元|万)?$/
const SEPARATORS = /[\s,，\u3000]/g

/**
 * Values are read after NFKC, so full-width digits and points ("３３８．６２") and Kangxi radicals
 * read like their plain forms. Only the reading is normalised; free text stays verbatim.
 */
const normalise = (raw: string): string => raw.normalize('NFKC')

/** Moves the decimal point of a plain decimal string by `places` (positive: right), exactly. */
function shiftDecimal(digits: string, places: number): number {
  if (places === 0) return Number(digits)
  const [whole = '', fraction = ''] = digits.split('.')
  const all = whole + fraction
  const point = whole.length + places
  const padded = point > all.length ? all.padEnd(point, '0') : point < 0 ? '0'.repeat(-point) + all : all
  const at = Math.max(point, 0)
  return Number(`${padded.slice(0, at) || '0'}.${padded.slice(at) || '0'}`)
}

/** Reads 决算金额 as 万元: "338.62万元", "3,386,200元", "0.0338亿元", "３３８.６２万元"; a unit in the label applies when the value has none. */
export function readAmount(raw: string, labelUnit: string | null): AmountReading {
  const m = AMOUNT.exec(normalise(raw).replace(SEPARATORS, ''))
  if (m === null || m[1] === undefined) return { ok: false }
  const unit = m[2] ?? labelUnit
  const places = unit === '元' ? -4 : unit === '亿元' ? 4 : 0
  return { ok: true, amountWan: shiftDecimal(m[1], places), unitStated: unit !== null }
}

export type ScoreReading = { ok: true; score: number } | { ok: false }

const SCORE = /^(\d+(?:\.\d+)?)分?$/

export function readScore(raw: string): ScoreReading {
  const m = SCORE.exec(normalise(raw).replace(SEPARATORS, ''))
  return m === null ? { ok: false } : { ok: true, score: Number(m[1]) }
}

const GRADE_PREFIX = /^(优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)(?![\p{Script=Han}])/u

/** Reads 评价结论: 优/良/中/差 and the words reports use for them, allowing a trailing remark such as "优（93分）". */
export function readGrade(raw: string): Grade | null {
  const m = GRADE_PREFIX.exec(normalise(raw).trim())
  return m === null ? null : gradeFromWord(m[1] ?? '')
}

const EXECUTION_RATE = /预算执行率[^\d%％。；;]{0,6}?(\d+(?:\.\d+)?)\s*[%％]/

/** The 预算执行率 a text states, in percent; other percentages (满意度82.4%) are not execution rates. */
export function findExecutionRate(text: string): number | null {
  const m = EXECUTION_RATE.exec(text)
  return m === null ? null : Number(m[1])
}
