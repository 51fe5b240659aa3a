import type { Brush } from './view.ts'

/** What the UI shows where a report does not state a value: never 0. */
export const NOT_DISCLOSED = '未披露'
export const MISSING = '—'
/** The name shown for a project whose report gives none, everywhere a name is shown. */
export const UNNAMED = '（未注明项目名称）'

const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** 3678.47 → "3,678.47" (万元, two decimals). */
export function formatWan(wan: number | null): string {
  return wan === null ? MISSING : twoDecimals.format(wan)
}

/** 3678.47 万元 → "0.37" 亿元. */
export function formatYi(wan: number): string {
  return twoDecimals.format(wan / 10000)
}

/** 3678.47 万元 → "36.78" million yuan (1 万元 = 10,000 yuan, so 100 万元 = 1 million). */
export function formatMillions(wan: number): string {
  return twoDecimals.format(wan / 100)
}

/** From 1,000 万元 (0.1 亿元, 10 million yuan) on, a total also reads in 亿元 (or CNY millions). */
export const YI_READS_BETTER_FROM = 1000

/** Two decimals always, so a column of scores lines up (89.60 beside 93.17). */
export function formatScore(score: number | null): string {
  return score === null ? MISSING : twoDecimals.format(score)
}

export function formatPercent(rate: number | null, missing: string = NOT_DISCLOSED): string {
  return rate === null ? missing : `${twoDecimals.format(rate)}%`
}

/** 104857601 → "100.0 MB"; 2048 → "2.0 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

const oneDecimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 })

/** A share already rounded to one decimal, in percent: 54.7 → "54.7%", 0 → "0%". */
export function formatShare(percent: number | null, missing: string = NOT_DISCLOSED): string {
  return percent === null ? missing : `${oneDecimal.format(percent)}%`
}

/** The rectangle drawn on the scatter, in words: "金额 100.00–400.00 万元，分值 85.00–95.00". */
export function formatBrush(brush: Brush): string {
  return `金额 ${formatWan(brush.amount[0])}–${formatWan(brush.amount[1])} 万元，分值 ${formatScore(brush.score[0])}–${formatScore(brush.score[1])}`
}

const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/** A decimal typed by a person or found in a URL ("85", "85.", "-3.5", "5e-7"); hex, Infinity and blanks are not numbers here. */
export function readDecimal(text: string): number | null {
  const trimmed = text.trim()
  return DECIMAL.test(trimmed) ? Number(trimmed) : null
}
