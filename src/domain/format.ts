/** What the UI shows where a report does not state a value: never 0. */
export const NOT_DISCLOSED = '未披露'
export const MISSING = '—'

const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const upToTwoDecimals = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })

/** 3678.47 → "3,678.47" (万元, two decimals). */
export function formatWan(wan: number | null): string {
  return wan === null ? MISSING : twoDecimals.format(wan)
}

/** 3678.47 万元 → "0.37" 亿元. */
export function formatYi(wan: number): string {
  return twoDecimals.format(wan / 10000)
}

/** "3,678.47万元（约0.37亿元）" once the total reaches 0.1 亿元, where 亿元 reads better. */
export function formatAmountWithYi(wan: number): string {
  return wan >= 1000 ? `${formatWan(wan)}万元（约${formatYi(wan)}亿元）` : `${formatWan(wan)}万元`
}

export function formatScore(score: number | null): string {
  return score === null ? MISSING : upToTwoDecimals.format(score)
}

export function formatPercent(rate: number | null, missing: string = NOT_DISCLOSED): string {
  return rate === null ? missing : `${upToTwoDecimals.format(rate)}%`
}
