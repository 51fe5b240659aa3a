import type { ScatterSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  BrushComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  ToolboxComponentOption,
  TooltipComponentOption } from 'echarts/components'
import { type ComposeOption, format } from 'echarts/core'
import { formatScore, formatWan } from '../domain/format.ts'
import { GRADES } from '../domain/grade.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { Grade } from '../domain/types.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Messages } from '../i18n/messages.ts'
import {
  baseOption,
  baseTooltip,
  type ChartEnv,
  GRADE_COLORS,
  GRADE_SYMBOLS,
  NEUTRAL_COLOR } from './chart-style.ts'

type ScatterOption = ComposeOption<
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | BrushComponentOption
  | ToolboxComponentOption
  | AriaComponentOption
>

export const UNGRADED = '未评级'
export const THRESHOLDS_SERIES_ID = 'grade-thresholds'
export const OPEN_SERIES_ID = 'open-project'
const seriesIdOf = (grade: Grade | typeof UNGRADED): string => `grade-${grade}`

/** Score where each band starts (财预〔2020〕10号), drawn as dashed lines. */
const GRADE_THRESHOLDS: readonly { grade: Grade; score: number }[] = [
  { grade: '中', score: 60 },
  { grade: '良', score: 80 },
  { grade: '优', score: 90 },
]

/** Above this many points, redraws are not animated. */
const ANIMATED_POINTS_AT_MOST = 2000

export const SYMBOL_SIZE = 12
export const OPEN_SYMBOL_SIZE = 20

/**
 * In the comparison of several datasets, the shape tells the dataset and the colour the grade; the
 * caption names each dataset after its glyph. Glyphs are geometric shapes (U+25A0–25FF) and ★, which
 * every Chinese font draws (an emoji such as 📍 showed as a missing glyph); ECharts has no ▼ or ★,
 * so those two are paths. A ninth dataset takes the first shape again.
 */
const DATASET_SYMBOLS: readonly { symbol: string; glyph: string }[] = [
  { symbol: 'circle', glyph: '●' },
  { symbol: 'rect', glyph: '■' },
  { symbol: 'triangle', glyph: '▲' },
  { symbol: 'diamond', glyph: '◆' },
  { symbol: 'path://M0,0L10,0L5,10Z', glyph: '▼' },
  { symbol: 'path://M50,0L61.8,33.8L97.6,34.5L69,56.2L79.4,90.5L50,70L20.6,90.5L31,56.2L2.4,34.5L38.2,33.8Z', glyph: '★' },
  { symbol: 'emptyCircle', glyph: '○' },
  { symbol: 'emptyRect', glyph: '□' },
]

export interface DatasetKey {
  id: string
  label: string
}

export const datasetSymbol = (index: number) => DATASET_SYMBOLS[index % DATASET_SYMBOLS.length] ?? DATASET_SYMBOLS[0]!

export interface ScatterModel {
  option: ScatterOption
  /** Also the option's aria description and the chart's aria-label. */
  description: string
  /** Projects without an amount or a score: they cannot be placed and are not drawn. */
  unplotted: ProjectRow[]
  /** The drawn projects; each point's value is [amount, score, k] with k its index here. */
  points: ProjectRow[]
  /** Where point k is drawn: its series (by grade) and its index in that series' data. */
  marks: { seriesIndex: number; dataIndex: number }[]
}

/** The project of the point an event or tooltip params point at (the k in its [amount, score, k]). */
export function pointRowOf(params: unknown, points: readonly ProjectRow[]): ProjectRow | undefined {
  const item = Array.isArray(params) ? (params as unknown[])[0] : params
  if (typeof item !== 'object' || item === null) return undefined
  const value = (item as { value?: unknown }).value
  const k = Array.isArray(value) ? value[2] : undefined
  return typeof k === 'number' ? points[k] : undefined
}

const plottable = (r: ProjectRow): r is ProjectRow & { project: { amountWan: number; score: number } } =>
  r.project.amountWan !== null && r.project.score !== null

/**
 * The tooltip of one point. Report text is untrusted (a name may hold `<img onerror>`): every
 * string goes through echarts' format.encodeHTML before it meets the markup.
 */
export function scatterTooltipHtml({ project: p, datasetLabel }: ProjectRow, showDataset: boolean, t: Messages): string {
  const e = format.encodeHTML
  const s = t.charts.scatter
  return [
    `<strong>${e(p.name ?? t.common.unnamed)}</strong>`,
    ...(showDataset ? [e(s.tooltipDataset(datasetLabel))] : []),
    e(s.tooltipAmount(formatWan(p.amountWan))),
    e(s.tooltipScore(formatScore(p.score))),
    e(s.tooltipGrade(p.grade)),
  ].join('<br/>')
}

/** A legend entry: a grade in the interface language, or 未评级 / Ungraded. */
function legendLabel(name: string, t: Messages): string {
  const grade = GRADES.find((g) => g === name)
  if (grade !== undefined) return t.grades.label(grade)
  return name === UNGRADED ? t.charts.scatter.ungraded : name
}

/** The score axis starts 5 below the 中 line (or below the lowest score), so all three lines show. */
export function scoreAxisMin(scores: readonly number[]): number {
  const lowest = Math.min(60, ...scores)
  return Math.max(0, Math.floor((lowest - 5) / 5) * 5)
}


/**
 * Points of the amount × score chart, one series per grade, the open project emphasised. With
 * several datasets, each dataset gets its own shape (DATASET_SYMBOLS, in the order given).
 */
export function buildScatterOption(
  rows: readonly ProjectRow[],
  openId: string | null,
  env: ChartEnv,
  datasets: readonly DatasetKey[] = [],
): ScatterModel {
  const t = messagesFor(env.locale)
  const comparing = datasets.length > 1
  const symbolOf = new Map(datasets.map((d, i) => [d.id, datasetSymbol(i).symbol]))
  const datasetSymbolOf = (value: unknown): string => {
    const k = Array.isArray(value) ? value[2] : undefined
    const row = typeof k === 'number' ? points[k] : undefined
    return (row === undefined ? undefined : symbolOf.get(row.datasetId)) ?? 'circle'
  }
  const plotted = rows.filter(plottable)
  const unplotted = rows.filter((r) => !plottable(r))
  const openBorder = env.dark ? '#ffffff' : '#1f2328'

  // Plain [amount, score, k] arrays, k indexing `points`: an object per item would make ECharts
  // build a model per point, which at 10,000 points costs seconds on every redraw.
  const points: ProjectRow[] = []
  const marks: ScatterModel['marks'] = []
  const pointsOf = (members: readonly (typeof plotted)[number][], seriesIndex: number): [number, number, number][] =>
    members.map((r, dataIndex) => {
      points.push(r)
      marks.push({ seriesIndex, dataIndex })
      return [r.project.amountWan, r.project.score, points.length - 1]
    })
  const gradeSeries: ScatterSeriesOption[] = GRADES.map((grade, seriesIndex) => ({
    id: seriesIdOf(grade),
    type: 'scatter',
    name: grade,
    symbol: comparing ? datasetSymbolOf : GRADE_SYMBOLS[grade],
    symbolSize: SYMBOL_SIZE,
    itemStyle: { color: GRADE_COLORS[grade], opacity: 0.85 },
    emphasis: { scale: 1.3 },
    cursor: 'pointer',
    progressive: 0,
    data: pointsOf(
      plotted.filter((r) => r.project.grade === grade),
      seriesIndex,
    ) }))

  const ungraded = plotted.filter((r) => r.project.grade === null)
  if (ungraded.length > 0) {
    gradeSeries.push({
      id: seriesIdOf(UNGRADED),
      type: 'scatter',
      name: UNGRADED,
      symbol: comparing ? datasetSymbolOf : 'emptyCircle',
      symbolSize: SYMBOL_SIZE,
      itemStyle: { color: NEUTRAL_COLOR },
      cursor: 'pointer',
      progressive: 0,
      data: pointsOf(ungraded, gradeSeries.length) })
  }

  // The open project is drawn once more on top, larger, outlined and named.
  const open = plotted.find((r) => r.id === openId)
  if (open !== undefined) {
    const k = points.indexOf(open)
    gradeSeries.push({
      id: OPEN_SERIES_ID,
      type: 'scatter',
      name: t.charts.scatter.openSeries,
      symbol: comparing ? (symbolOf.get(open.datasetId) ?? 'circle') : open.project.grade === null ? 'emptyCircle' : GRADE_SYMBOLS[open.project.grade],
      symbolSize: OPEN_SYMBOL_SIZE,
      itemStyle: {
        color: open.project.grade === null ? NEUTRAL_COLOR : GRADE_COLORS[open.project.grade],
        borderColor: openBorder,
        borderWidth: 2.5,
        opacity: 1,
      },
      cursor: 'pointer',
      z: 3,
      label: {
        show: true,
        position: 'top',
        // A function, not a template string: a name holding {a} or {b} stays as written.
        formatter: () => open.project.name ?? t.common.unnamed,
        width: 160,
        overflow: 'truncate',
      },
      data: [[open.project.amountWan, open.project.score, k]],
    })
  }

  const thresholds: ScatterSeriesOption = {
    id: THRESHOLDS_SERIES_ID,
    type: 'scatter',
    name: t.charts.scatter.bands,
    data: [],
    silent: true,
    markLine: {
      silent: true,
      symbol: 'none',
      animation: false,
      lineStyle: { type: 'dashed', width: 1 },
      label: { position: 'end', formatter: '{b}', fontSize: 11, distance: 4 },
      data: GRADE_THRESHOLDS.map(({ grade, score }) => ({
        name: `${grade} ≥${score}`,
        yAxis: score,
        lineStyle: { color: GRADE_COLORS[grade] },
        label: { color: GRADE_COLORS[grade] } })) } }

  const shapes = comparing ? t.charts.scatter.shapesDescription(datasets.map((d, i) => `${datasetSymbol(i).glyph}${d.label}`)) : ''
  const description = rows.length === 0 ? t.charts.noProjects : t.charts.scatter.description(plotted.length, unplotted.length) + shapes

  const option: ScatterOption = {
    ...baseOption(env, description),
    // Moving thousands of points costs more than it tells; ECharts' own threshold counts per series.
    ...(plotted.length > ANIMATED_POINTS_AT_MOST && { animation: false }),
    // The right margin holds the threshold labels, outside the plot so they never cover a point.
    grid: { left: 52, right: 48, top: 44, bottom: 46 },
    legend: {
      data: ungraded.length > 0 ? [...GRADES, UNGRADED] : [...GRADES],
      left: 0,
      top: 0,
      itemWidth: 12,
      itemHeight: 12,
      itemGap: 12,
      // The series are named by grade (their ids and the legend's keys); the legend says the grade in the interface language.
      formatter: (name: string) => legendLabel(name, t) },
    toolbox: {
      right: 4,
      top: 0,
      itemSize: 16,
      feature: { brush: { type: ['rect', 'clear'], title: { rect: t.charts.scatter.selectArea, clear: t.charts.scatter.clearBrush } } } },
    brush: {
      toolbox: ['rect', 'clear'],
      xAxisIndex: 0,
      yAxisIndex: 0,
      brushType: 'rect',
      brushMode: 'single',
      throttleType: 'debounce',
      throttleDelay: 200,
      outOfBrush: { colorAlpha: 0.2 },
      // Light enough on both backgrounds that the points under the rectangle stay readable.
      brushStyle: { borderWidth: 1, color: 'rgba(110, 119, 129, 0.12)', borderColor: 'rgba(110, 119, 129, 0.8)' } },
    tooltip: {
      ...baseTooltip(env),
      trigger: 'item',
      formatter: (params: unknown) => {
        const row = pointRowOf(params, points)
        return row === undefined ? '' : scatterTooltipHtml(row, comparing, t)
      } },
    xAxis: {
      type: 'value',
      name: t.charts.scatter.xAxis,
      nameLocation: 'middle',
      nameGap: 28,
      min: 0,
      splitLine: { lineStyle: { type: 'dotted' } } },
    yAxis: {
      type: 'value',
      name: t.charts.scatter.yAxis,
      nameLocation: 'middle',
      nameGap: 34,
      min: scoreAxisMin(plotted.map((r) => r.project.score)),
      max: Math.max(100, ...plotted.map((r) => Math.ceil(r.project.score))),
      splitLine: { lineStyle: { type: 'dotted' } } },
    series: [...gradeSeries, thresholds] }
  return { option, description, unplotted, points, marks }
}
