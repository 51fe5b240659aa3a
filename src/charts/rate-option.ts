import type { BarSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  GridComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption } from 'echarts/components'
import { type ComposeOption, format } from 'echarts/core'
import { formatPercent } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Messages } from '../i18n/messages.ts'
import { baseOption, type ChartEnv, itemTooltip, NEUTRAL_COLOR } from './chart-style.ts'

type RateOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption | AriaComponentOption
>

/** The usual expectation for 预算执行率, drawn as a reference line. */
export const RATE_TARGET = 90
const RATE_COLOR = '#0969da'

export interface RateBar {
  id: string
  name: string
  rate: number
}

export interface RateBin {
  label: string
  /** Whether the band starts at or above RATE_TARGET (drawn in the rate colour, the rest in grey). */
  onTarget: boolean
  count: number
}

/**
 * Beyond this many stated rates a bar per project is unreadable (and thousands of bars are slow):
 * the chart shows how many projects fall in each band of rates instead.
 */
export const RATE_BARS_AT_MOST = 40

/** Bands of the histogram, each from its lower bound up to the next band's; 100% exactly is its own band. */
const RATE_BANDS: readonly { label: string; contains: (rate: number) => boolean }[] = [
  { label: '<50%', contains: (r) => r < 50 },
  ...[50, 60, 70, 80].map((from) => ({ label: `${from}–${from + 10}%`, contains: (r: number) => r >= from && r < from + 10 })),
  { label: '90–95%', contains: (r) => r >= 90 && r < 95 },
  { label: '95–<100%', contains: (r) => r >= 95 && r < 100 },
  { label: '100%', contains: (r) => r === 100 },
  { label: '>100%', contains: (r) => r > 100 },
]
const FIRST_ON_TARGET = RATE_BANDS.findIndex((b) => b.label === '90–95%')

/** How many of the bars fall in each band; the band above 100% only when one does. */
export function rateBins(bars: readonly RateBar[]): RateBin[] {
  const bins = RATE_BANDS.map(({ label, contains }, i) => ({
    label,
    onTarget: i >= FIRST_ON_TARGET,
    count: bars.filter((b) => contains(b.rate)).length,
  }))
  return bins.filter((b) => b.label !== '>100%' || b.count > 0)
}

export interface RateModel {
  option: RateOption
  /** 'bars': one bar per project; 'bins': more than RATE_BARS_AT_MOST rates, counted per band. */
  mode: 'bars' | 'bins'
  /** Projects that state a rate, highest first (document order on ties). */
  bars: RateBar[]
  /** Projects whose text states no rate: listed as 未披露 beside the chart, never drawn as 0. */
  undisclosed: ProjectRow[]
  description: string
}

/** Rows that state a rate, highest first; equal rates keep document order. `unnamed` stands for a missing name. */
export function rateBars(rows: readonly ProjectRow[], unnamed: string): RateBar[] {
  const bars: (RateBar & { index: number })[] = []
  for (const r of rows) {
    const rate = r.project.executionRate
    if (rate !== null) bars.push({ id: r.id, name: r.project.name ?? unnamed, rate, index: r.index })
  }
  return bars.toSorted((a, b) => b.rate - a.rate || a.index - b.index).map(({ id, name, rate }) => ({ id, name, rate }))
}

function tooltipHtml(bar: RateBar, t: Messages): string {
  const e = format.encodeHTML
  return `<strong>${e(bar.name)}</strong><br/>${e(t.charts.rate.tooltip(formatPercent(bar.rate)))}`
}

function describe(bars: readonly RateBar[], undisclosed: number, t: Messages): string {
  const top = bars[0]
  if (top === undefined) return t.charts.rate.descriptionNone(undisclosed)
  return t.charts.rate.description(bars.length, top.name, formatPercent(top.rate), RATE_TARGET, undisclosed)
}

/** Pixel height the chart needs for `count` bars (the component never goes below its own height). */
export const rateChartHeight = (count: number): number => 64 + 36 * count

/** Projects per band of 预算执行率, for more than RATE_BARS_AT_MOST projects; bands below 90% in grey. */
function buildBinsOption(bars: readonly RateBar[], undisclosed: ProjectRow[], env: ChartEnv, t: Messages): RateModel {
  const bins = rateBins(bars)
  const description = t.charts.rate.binsDescription(bars.length, bins, undisclosed.length)
  const option: RateOption = {
    ...baseOption(env, description),
    grid: { left: 8, right: 16, top: 24, bottom: 24, containLabel: true },
    tooltip: itemTooltip(env, bins, (b) => format.encodeHTML(t.charts.rate.binTooltip(b.label, b.count))),
    xAxis: { type: 'category', data: bins.map((b) => b.label), axisTick: { show: false }, axisLabel: { fontSize: 11, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dotted' } } },
    series: [
      {
        id: 'execution-rate-bins',
        type: 'bar',
        name: t.charts.rate.axis,
        barMaxWidth: 36,
        label: { show: true, position: 'top', fontSize: 11 },
        data: bins.map((b) => ({
          value: b.count,
          itemStyle: { color: b.onTarget ? RATE_COLOR : NEUTRAL_COLOR },
        })),
      },
    ],
  }
  return { option, mode: 'bins', bars: [...bars], undisclosed, description }
}

/**
 * One horizontal bar per project that states 预算执行率, highest at the top, labelled "83.63%";
 * beyond RATE_BARS_AT_MOST such projects, a histogram of them by band.
 */
export function buildRateOption(rows: readonly ProjectRow[], openId: string | null, env: ChartEnv): RateModel {
  const t = messagesFor(env.locale)
  const bars = rateBars(rows, t.common.unnamed)
  const undisclosed = rows.filter((r) => r.project.executionRate === null)
  if (bars.length > RATE_BARS_AT_MOST) return buildBinsOption(bars, undisclosed, env, t)
  const description = describe(bars, undisclosed.length, t)
  const outline = env.dark ? '#ffffff' : '#1f2328'
  const highest = Math.max(100, ...bars.map((b) => Math.ceil(b.rate)))

  const option: RateOption = {
    ...baseOption(env, description),
    grid: { left: 8, right: 56, top: 24, bottom: 24 },
    tooltip: itemTooltip(env, bars, (bar) => tooltipHtml(bar, t)),
    xAxis: {
      type: 'value',
      min: 0,
      max: highest,
      splitNumber: 4,
      axisLabel: { formatter: '{value}%', hideOverlap: true },
      splitLine: { lineStyle: { type: 'dotted' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.name),
      axisTick: { show: false },
      axisLabel: { width: 120, overflow: 'break', lineHeight: 14, fontSize: 12 } },
    series: [
      {
        id: 'execution-rate',
        type: 'bar',
        name: t.charts.rate.series,
        barMaxWidth: 22,
        cursor: 'pointer',
        itemStyle: { color: RATE_COLOR },
        label: { show: true, position: 'right', fontSize: 12 },
        data: bars.map((b) => ({
          id: b.id,
          value: b.rate,
          label: { formatter: formatPercent(b.rate) },
          ...(b.id === openId && { itemStyle: { borderColor: outline, borderWidth: 2 } }) })),
        markLine: {
          silent: true,
          symbol: 'none',
          animation: false,
          lineStyle: { type: 'dashed', color: NEUTRAL_COLOR, width: 1 },
          // With the category axis inverted the line starts at the top: 'start' puts the label there.
          label: { position: 'start', formatter: `${RATE_TARGET}%`, color: NEUTRAL_COLOR },
          data: [{ xAxis: RATE_TARGET }] } },
    ] }
  return { option, mode: 'bars', bars, undisclosed, description }
}
