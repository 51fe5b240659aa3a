import { PLACES_TO_WAN, shiftDecimal } from './decimal.ts'

/**
 * What a person types in a range box (src/table/RangeFilters.tsx), read as a bound: the amount in
 * 万元, the score in points, the execution rate in percent, the number of problems. Read after NFKC, so full-width digits, point, comma and minus
 * ("１，０００．５") read like their plain forms.
 */

type RangeInputReason = 'unreadable' | 'negative' | 'out-of-range' | 'not-whole'

export type RangeInput =
  | { kind: 'empty' }
  | { kind: 'value'; value: number }
  | { kind: 'invalid'; reason: RangeInputReason }

/**
 * A decimal as the table writes it or a person types it: "1059.83", "1,059.83", "85." half-typed,
 * ".5". A comma after a digit separates thousands, wherever it stands (as src/ingest reads amounts),
 * so "1," and "1,00" on the way to "1,000" read as 1 and 100 rather than flash an error. An optional
 * minus is read only to say a bound cannot be negative.
 */
const NUMBER = /^(-?)(\d[\d,]*)?(?:\.(\d*))?$/

const AMOUNT = /^(.*?)\s*(万元|亿元|元|万|亿)?$/

/** The number typed, × 10^`places` (shifted exactly, see shiftDecimal). */
function readNumber(text: string, places: number): RangeInput {
  const m = NUMBER.exec(text)
  const whole = m?.[2]?.replaceAll(',', '') ?? ''
  const fraction = m?.[3] ?? ''
  if (m === null || (whole === '' && fraction === '')) return { kind: 'invalid', reason: 'unreadable' }
  const value = shiftDecimal(`${whole || '0'}.${fraction || '0'}`, places)
  if (m[1] === '-' && value !== 0) return { kind: 'invalid', reason: 'negative' }
  return { kind: 'value', value }
}

const normal = (raw: string): string => raw.normalize('NFKC').trim()

/**
 * An amount bound in 万元: "1,000" → 1000, "0.1亿" → 1000, "5万元" → 5, "50000元" → 5. Amounts are
 * never negative, so "-5" is invalid ('negative') rather than a bound every project passes.
 */
export function parseAmountInput(raw: string): RangeInput {
  const text = normal(raw)
  if (text === '') return { kind: 'empty' }
  const [, number = '', unit = ''] = AMOUNT.exec(text) ?? []
  return readNumber(number, PLACES_TO_WAN[unit] ?? 0)
}

/** A score bound, a plain number from 0 to 100: "８５" → 85; "-5" and "120" are invalid ('out-of-range'). */
export function parseScoreInput(raw: string): RangeInput {
  const text = normal(raw)
  if (text === '') return { kind: 'empty' }
  const read = readNumber(text, 0)
  const outside = read.kind === 'invalid' ? read.reason === 'negative' : read.kind === 'value' && read.value > 100
  return outside ? { kind: 'invalid', reason: 'out-of-range' } : read
}

/** An execution-rate bound in percent: "85" and "85%" → 85, "１０２．５％" → 102.5 (rates above 100 are stated); "-5" is 'negative'. */
export function parseRateInput(raw: string): RangeInput {
  const text = normal(raw)
  return text === '' ? { kind: 'empty' } : readNumber(text.replace(/\s*%$/, ''), 0)
}

/** A number of items: "2", "2条", "2 个" → 2; "2.5" is 'not-whole', "-1" 'negative'. */
export function parseCountInput(raw: string): RangeInput {
  const text = normal(raw)
  if (text === '') return { kind: 'empty' }
  const read = readNumber(text.replace(/\s*[条个项]$/, ''), 0)
  return read.kind === 'value' && !Number.isInteger(read.value) ? { kind: 'invalid', reason: 'not-whole' } : read
}

/** The bound a box applies: its value, or none when it is empty or cannot be read. */
export const appliedBound = (input: RangeInput): number | null => (input.kind === 'value' ? input.value : null)
