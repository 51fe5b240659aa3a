/**
 * Numbers as the interface writes them, in every language. The words around them (未披露, 万元,
 * a missing project name) are interface text: src/i18n.
 */

/** A missing number in a table cell or a figure, in every language: never 0. */
export const MISSING = '—'

/** From 1e21 on String() writes "4.927746616764813e+24": its digits, then zeros, as Intl writes it. */
function wholeDigits(size: number): string {
  const [mantissa = '', exponent = '0'] = String(size).split('e+')
  const [first = '', rest = ''] = mantissa.split('.')
  return (first + rest).padEnd(Number(exponent) + 1, '0')
}

/**
 * `value` with `digits` decimals and a comma between thousands: what Intl.NumberFormat('zh-CN') writes
 * (it rounds the shortest decimal form of the number, half away from zero, so 1.005 → "1.01"),
 * written by hand because Chromium's first Intl.NumberFormat costs about 50 ms of loading ICU data,
 * the longest task of the first screen. `trimZeros` drops trailing zeros (maximumFractionDigits only).
 */
export function formatDecimal(value: number, digits: number, trimZeros = false): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '-∞'
  const sign = value < 0 || Object.is(value, -0) ? '-' : ''
  const size = Math.abs(value)
  // Below 1e-6 String() writes an exponent; such a number rounds to zero at any precision shown here.
  const [whole = '0', fraction = ''] = size < 1e-6 ? ['0'] : size >= 1e21 ? [wholeDigits(size)] : String(size).split('.')
  let units = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'))
  if ((fraction[digits] ?? '0') >= '5') units += 1n
  const text = units.toString().padStart(digits + 1, '0')
  const integer = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',')
  const decimals = trimZeros ? text.slice(text.length - digits).replace(/0+$/, '') : text.slice(text.length - digits)
  return `${sign}${integer}${decimals === '' ? '' : `.${decimals}`}`
}

/** 3678.47 → "3,678.47" (万元, two decimals). */
export function formatWan(wan: number | null): string {
  return wan === null ? MISSING : formatDecimal(wan, 2)
}

/** 3678.47 万元 → "0.37" 亿元. */
export function formatYi(wan: number): string {
  return formatDecimal(wan / 10000, 2)
}

/** 3678.47 万元 → "36.78" million yuan (1 万元 = 10,000 yuan, so 100 万元 = 1 million). */
export function formatMillions(wan: number): string {
  return formatDecimal(wan / 100, 2)
}

/** From 1,000 万元 (0.1 亿元, 10 million yuan) on, a total also reads in 亿元 (or CNY millions). */
export const YI_READS_BETTER_FROM = 1000

/** Two decimals always, so a column of scores lines up (89.60 beside 93.17). */
export function formatScore(score: number | null): string {
  return score === null ? MISSING : formatDecimal(score, 2)
}

/** 83.63 → "83.63%"; a missing rate is written `missing` (the interface's 未披露). */
export function formatPercent(rate: number): string
export function formatPercent(rate: number | null, missing: string): string
export function formatPercent(rate: number | null, missing = MISSING): string {
  return rate === null ? missing : `${formatDecimal(rate, 2)}%`
}

/** 104857601 → "100.0 MB"; 2048 → "2.0 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A share already rounded to one decimal, in percent: 54.7 → "54.7%", 0 → "0%"; a missing one is written `missing`. */
export function formatShare(percent: number): string
export function formatShare(percent: number | null, missing: string): string
export function formatShare(percent: number | null, missing = MISSING): string {
  return percent === null ? missing : `${formatDecimal(percent, 1, true)}%`
}

const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/** A decimal typed by a person or found in a URL ("85", "85.", "-3.5", "5e-7"); hex, Infinity and blanks are not numbers here. */
export function readDecimal(text: string): number | null {
  const trimmed = text.trim()
  return DECIMAL.test(trimmed) ? Number(trimmed) : null
}
