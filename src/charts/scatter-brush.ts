import type { Payload } from 'echarts/core'
import type { Brush } from '../domain/view.ts'

/** Both axes of the scatter's only grid: coordRange comes back in data units (万元, 分). */
const AXES = { xAxisIndex: 0, yAxisIndex: 0 } as const

const isFiniteNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)

function interval(pair: unknown): [number, number] | null {
  if (!Array.isArray(pair) || pair.length !== 2) return null
  const [a, b] = pair as unknown[]
  if (!isFiniteNumber(a) || !isFiniteNumber(b)) return null
  return a <= b ? [a, b] : [b, a]
}

/** Two decimals, rounded outward so a point on the drawn edge stays inside (URLs stay short too). */
const down = (n: number): number => Math.floor(n * 100 + 1e-9) / 100
const up = (n: number): number => Math.ceil(n * 100 - 1e-9) / 100

/**
 * The `areas` of a 'brushEnd' (or 'brush') event → the Brush the store keeps, or null when nothing
 * is selected (the brush was cleared or removed by a click). Only a rect area with a data-unit
 * coordRange [[amountLo, amountHi], [scoreLo, scoreHi]] counts.
 */
export function brushFromAreas(areas: unknown): Brush | null {
  if (!Array.isArray(areas)) return null
  for (const area of areas as unknown[]) {
    if (typeof area !== 'object' || area === null) continue
    const { brushType, coordRange } = area as { brushType?: unknown; coordRange?: unknown }
    if (brushType !== 'rect' || !Array.isArray(coordRange)) continue
    const amount = interval(coordRange[0])
    const score = interval(coordRange[1])
    if (amount === null || score === null) continue
    return { amount: [down(amount[0]), up(amount[1])], score: [down(score[0]), up(score[1])] }
  }
  return null
}

/** The action that draws the store's brush on the chart (or removes it): the store is the truth. */
export function brushAction(brush: Brush | null): Payload {
  return {
    type: 'brush',
    areas:
      brush === null ? [] : [{ brushType: 'rect', ...AXES, coordRange: [[...brush.amount], [...brush.score]] }],
  }
}

/** The toolbox's 清除选择 button dispatches a 'brush' action with command 'clear'. */
export function isClearCommand(params: unknown): boolean {
  return typeof params === 'object' && params !== null && (params as { command?: unknown }).command === 'clear'
}

export const sameBrush = (a: Brush | null, b: Brush | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.amount[0] === b.amount[0] &&
    a.amount[1] === b.amount[1] &&
    a.score[0] === b.score[0] &&
    a.score[1] === b.score[1])
