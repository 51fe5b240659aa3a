/**
 * A plain decimal string ("338.62", "0.07", "85.", ".5") times 10^places, read as the exact decimal
 * and rounded to a double once: 0.07亿 is 700 万元, where 0.07 * 10000 is 700.0000000000001.
 */
export const shiftDecimal = (digits: string, places: number): number => Number(`${digits}e${places}`)

/** The power of ten that takes an amount in each unit to 万元. */
export const PLACES_TO_WAN: Readonly<Record<string, number>> = { 元: -4, 万: 0, 万元: 0, 亿: 4, 亿元: 4 }

/** Digits after the decimal point in a number's shortest form (8.6 → 1, 10 → 0), at most 10. */
export function decimalsOf(value: number): number {
  const text = String(value)
  const exponent = text.match(/e-(\d+)$/)
  if (exponent !== null) return Math.min(10, Number(exponent[1]))
  const point = text.indexOf('.')
  return point < 0 ? 0 : Math.min(10, text.length - point - 1)
}

/** a − b as the decimals written: 85.5 − 83.2 is 2.3, not 2.3000000000000114. */
export const difference = (a: number, b: number): number => Number((a - b).toFixed(Math.max(decimalsOf(a), decimalsOf(b))))

/** Half a unit of a stated number's last digit: how far its true value may lie from it after rounding (8.6 → 0.05). */
export const halfUnit = (value: number): number => 0.5 * 10 ** -decimalsOf(value)
