import type { Indicator } from '../domain/types.ts'

export interface IndicatorRow {
  indicator: Indicator
  /**
   * Where the row's 一级指标 is written: the index of the first row of the run of rows sharing it,
   * above which it stands as a heading (this row's own index when it starts the run); null when the
   * row states none.
   */
  level1At: number | null
  /** The same for the 二级指标, whose run never goes past its 一级 group. */
  level2At: number | null
  /** The stated score is below the stated weight. */
  lostPoints: boolean
}

/** The length of the run of rows from `start` on whose key equals the first's (a null key runs alone). */
function runLength(keys: readonly (string | null)[], start: number, end: number): number {
  const key = keys[start]
  if (key === null) return 1
  let n = 1
  while (start + n < end && keys[start + n] === key) n++
  return n
}

/**
 * The indicators as the form groups them: a 一级指标 (and within it a 二级指标) written once, as a
 * heading over the consecutive rows that share it, as the form's merged cells do.
 */
export function indicatorRows(indicators: readonly Indicator[]): IndicatorRow[] {
  const level1 = indicators.map((i) => i.level1)
  const level2 = indicators.map((i) => i.level2)
  const rows: IndicatorRow[] = indicators.map((indicator) => ({
    indicator,
    level1At: null,
    level2At: null,
    lostPoints: indicator.weight !== null && indicator.score !== null && indicator.score < indicator.weight,
  }))
  for (let start = 0; start < rows.length; ) {
    const end = start + runLength(level1, start, rows.length)
    for (let at = start; at < end; at++) rows[at]!.level1At = level1[at] === null ? null : start
    for (let at = start; at < end; ) {
      const span = runLength(level2, at, end)
      for (let n = at; n < at + span; n++) rows[n]!.level2At = level2[n] === null ? null : at
      at += span
    }
    start = end
  }
  return rows
}

const DIRECTIONS = /^[=＝≥≤><]/

/**
 * A stated 指标值 or 完成值 with the form's separate 指标性质 and 度量单位 cells put back around it:
 * '≥' + '95' + '%' → '≥95%'. A value that already carries them keeps its own; a unit is added only
 * after a number (not to 按时完成).
 */
export function indicatorValue(value: string | null, direction: string | null, unit: string | null): string | null {
  if (value === null) return null
  const directed = direction !== null && !DIRECTIONS.test(value) ? `${direction}${value}` : value
  return unit !== null && /[0-9]$/.test(value) ? `${directed}${unit}` : directed
}
