import type { Indicator } from '../domain/types.ts'

export interface IndicatorRow {
  indicator: Indicator
  /** Rows the 一级指标 cell spans from this row; 0 where the row above's cell covers it. */
  level1Span: number
  /** The same for the 二级指标 cell, which never spans past its 一级 group. */
  level2Span: number
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
 * The indicators as the form groups them: a 一级指标 (and within it a 二级指标) written once over
 * the consecutive rows that share it, as the form's merged cells do.
 */
export function indicatorRows(indicators: readonly Indicator[]): IndicatorRow[] {
  const level1 = indicators.map((i) => i.level1)
  const level2 = indicators.map((i) => i.level2)
  const rows = indicators.map((indicator) => ({
    indicator,
    level1Span: 0,
    level2Span: 0,
    lostPoints: indicator.weight !== null && indicator.score !== null && indicator.score < indicator.weight,
  }))
  for (let start = 0; start < rows.length; ) {
    const end = start + runLength(level1, start, rows.length)
    rows[start]!.level1Span = end - start
    for (let at = start; at < end; ) {
      const span = runLength(level2, at, end)
      rows[at]!.level2Span = span
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
