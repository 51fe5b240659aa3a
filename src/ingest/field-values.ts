import { PLACES_TO_WAN, shiftDecimal } from '../domain/decimal.ts'
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

/** Reads 决算金额 as 万元: "338.62万元", "3,386,200元", "0.0338亿元", "３３８.６２万元"; a unit in the label applies when the value has none. */
export function readAmount(raw: string, labelUnit: string | null): AmountReading {
  const m = AMOUNT.exec(normalise(raw).replace(SEPARATORS, ''))
  if (m === null || m[1] === undefined) return { ok: false }
  const unit = m[2] ?? labelUnit
  return { ok: true, amountWan: shiftDecimal(m[1], unit === null ? 0 : (PLACES_TO_WAN[unit] ?? 0)), unitStated: unit !== null }
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

const RATE_WORD = '预算执行率'
/** 预算执行率, the words up to the number, the number, and what follows the %. Read on the NFKC form. */
const EXECUTION_RATE = /预算执行率([^\d%。；;]{0,8}?)(\d+(?:\.\d+)?)\s*%([^。；;]{0,3})/g
/**
 * Words that state the value the rate has: nothing, 为/是/达/达到/仅为/只有 or a colon, possibly after
 * 偏低/较低，. Anything else (未达到, 低于, 不足, 超过, 提高至, 应达到, 目标为 …) compares or sets a target.
 */
const STATES_VALUE = /^(?:(?:偏低|较低|过低|偏高|较高)[,、]?)?(?:为|是|已?达到?|仅为|仅|只有|只)?:?$/
/** A bound or an estimate, not a value: "95%以上", "90%左右", "100%的目标". */
const QUALIFIED = /^(?:以上|以下|以内|左右|上下|的目标|的要求)/
/** A target set just before the rate: "确保预算执行率达到95%", "力争…". */
const TARGET_BEFORE = /(?:提高|提升|确保|力争|争取|保证|目标|要求)$/
const SPACES = /\s+/g

/**
 * The 预算执行率 a text states as a fact, in percent: "预算执行率为83.63%", "预算执行率偏低，仅为60%".
 * Targets and comparisons ("未达到90%", "提高至95%以上") and other percentages (满意度82.4%) are not rates.
 */
export function findExecutionRate(text: string): number | null {
  if (!text.includes(RATE_WORD)) return null
  const normal = normalise(text)
  for (const m of normal.matchAll(EXECUTION_RATE)) {
    const between = (m[1] ?? '').replace(SPACES, '')
    const after = (m[3] ?? '').replace(SPACES, '')
    const before = normal.slice(Math.max(0, m.index - 4), m.index)
    if (STATES_VALUE.test(between) && !QUALIFIED.test(after) && !TARGET_BEFORE.test(before)) return Number(m[2])
  }
  return null
}
