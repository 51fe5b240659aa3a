import type { ScatterSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import {
  buildScatterOption,
  OPEN_SYMBOL_SIZE,
  scatterTooltipHtml,
  scoreAxisMin,
  SYMBOL_SIZE,
  OPEN_SERIES_ID,
  THRESHOLDS_SERIES_ID,
  UNGRADED,
} from '../../src/charts/scatter-option.ts'
import { en } from '../../src/i18n/en.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { zh } from '../../src/i18n/zh.ts'
import { bundledRows } from '../support/bundled.ts'
import { rowsOf, XSS_ESCAPED, XSS_NAME } from '../support/project.ts'

const ENV = { reducedMotion: false, dark: false, locale: 'zh' } as const
const build = (openId: string | null = null, rows = bundledRows) => buildScatterOption(rows, openId, ENV)
const seriesOf = (openId: string | null = null, rows = bundledRows) =>
  build(openId, rows).option.series as ScatterSeriesOption[]
type Point = [number, number, number]
const pointsOf = (s: ScatterSeriesOption | undefined) => (s?.data ?? []) as Point[]
/** [row id, amount, score] of each point of a series, the id found through the point's k. */
const placed = (model: ReturnType<typeof build>, s: ScatterSeriesOption | undefined) =>
  pointsOf(s).map(([x, y, k]) => [model.points[k]?.id, x, y])
const axis = (a: unknown) => a as { name?: string; min?: number; max?: number }

describe('buildScatterOption on the bundled report', () => {
  it('has one series per grade in the order 优 良 中 差, then the threshold lines', () => {
    expect(seriesOf().map((s) => [s.id, s.name])).toEqual([
      ['grade-优', '优'],
      ['grade-良', '良'],
      ['grade-中', '中'],
      ['grade-差', '差'],
      [THRESHOLDS_SERIES_ID, '等级界线'],
    ])
  })

  it('places every project at [决算金额, 评价分值] in its grade, carrying its row id', () => {
    const model = build()
    const series = model.option.series as ScatterSeriesOption[]
    const byGrade = Object.fromEntries(series.slice(0, 4).map((s) => [s.name, placed(model, s)]))
    expect(byGrade).toEqual({
      优: [
        ['bundled/0', 338.62, 93.17],
        ['bundled/1', 278.31, 92.83],
        ['bundled/2', 139.3, 94.51],
        ['bundled/3', 267.36, 90.13],
        ['bundled/5', 989.28, 90.61],
      ],
      良: [
        ['bundled/4', 336.18, 85.12],
        ['bundled/6', 269.59, 89.6],
        ['bundled/7', 1059.83, 89.81],
      ],
      中: [],
      差: [],
    })
    expect(model.points.map((r) => r.id)).toEqual(['bundled/0', 'bundled/1', 'bundled/2', 'bundled/3', 'bundled/5', 'bundled/4', 'bundled/6', 'bundled/7'])
    expect(pointsOf(series[0])[0]).toEqual([338.62, 93.17, 0])
  })

  it('gives each grade a fixed colour and shape, and a legend of the four grades', () => {
    expect(seriesOf().slice(0, 4).map((s) => [s.name, (s.itemStyle as { color: string }).color, s.symbol])).toEqual([
      ['优', '#1a7f37', 'circle'],
      ['良', '#0969da', 'diamond'],
      ['中', '#9a6700', 'triangle'],
      ['差', '#cf222e', 'rect'],
    ])
    expect(build().option.legend).toMatchObject({ data: ['优', '良', '中', '差'] })
  })

  it('draws dashed horizontal lines at 60, 80 and 90 labelled with their grades', () => {
    const thresholds = seriesOf().find((s) => s.id === THRESHOLDS_SERIES_ID)
    expect(thresholds?.data).toEqual([])
    const lines = (thresholds?.markLine?.data ?? []) as { yAxis: number; name: string }[]
    expect(lines.map((l) => l.yAxis)).toEqual([60, 80, 90])
    expect(lines.map((l) => l.name)).toEqual(['中 ≥60', '良 ≥80', '优 ≥90'])
    expect(thresholds?.markLine).toMatchObject({ silent: true, symbol: 'none', lineStyle: { type: 'dashed' } })
  })

  it('labels the axes and keeps all three lines in the score range', () => {
    const { option } = build()
    expect(axis(option.xAxis)).toMatchObject({ name: '决算金额（万元）', min: 0 })
    expect(axis(option.yAxis)).toMatchObject({ name: '评价分值', min: 55, max: 100 })
  })

  it('emphasises the open project only: bigger symbol, outline and its name', () => {
    const model = build('bundled/5')
    const open = (model.option.series as ScatterSeriesOption[]).filter((s) => s.id === OPEN_SERIES_ID)
    expect(open).toHaveLength(1)
    expect(placed(model, open[0])).toEqual([['bundled/5', 989.28, 90.61]])
    expect(open[0]).toMatchObject({
      symbol: 'circle',
      symbolSize: OPEN_SYMBOL_SIZE,
      itemStyle: { color: '#1a7f37', borderWidth: 2.5 },
      label: { show: true },
    })
    expect((open[0]?.label as { formatter: () => string } | undefined)?.formatter()).toBe('2018年度在线学习工作经费项目')
    expect(seriesOf()[0]?.symbolSize).toBe(SYMBOL_SIZE)
    expect(seriesOf(null).some((s) => s.id === OPEN_SERIES_ID)).toBe(false)
  })

  it('offers a rectangle brush with a clear button and dims what lies outside it, never large mode', () => {
    const { option } = build()
    expect(option.brush).toMatchObject({
      toolbox: ['rect', 'clear'],
      xAxisIndex: 0,
      yAxisIndex: 0,
      brushType: 'rect',
      brushMode: 'single',
      outOfBrush: { colorAlpha: 0.2 },
    })
    expect(option.toolbox).toMatchObject({ feature: { brush: { type: ['rect', 'clear'] } } })
    expect(JSON.stringify(option)).not.toContain('"large"')
  })

  it('describes the chart for screen readers', () => {
    const { option, description, unplotted } = build()
    expect(description).toBe(
      '散点图：8个项目的决算金额（万元，横轴）与评价分值（纵轴），按评价等级区分颜色和形状；虚线标出60、80、90分等级界线。',
    )
    expect(option.aria).toEqual({ enabled: true, label: { description } })
    expect(unplotted).toEqual([])
  })
})

describe('buildScatterOption with no project in view', () => {
  it('says so in its description', () => {
    const { option, description, points } = build(null, [])
    expect(description).toBe('当前筛选下没有项目。')
    expect(option.aria).toEqual({ enabled: true, label: { description } })
    expect(points).toEqual([])
  })
})

describe('scatter tooltip', () => {
  it('shows name, amount in 万元, score and grade of the point under the pointer', () => {
    const formatter = build().option.tooltip as { formatter: (p: unknown) => string; trigger: string }
    expect(formatter.trigger).toBe('item')
    expect(formatter.formatter({ value: [1059.83, 89.81, 7] })).toBe(
      '<strong>2018年组织部门建设和管理工作</strong><br/>决算金额：1,059.83 万元<br/>评价分值：89.81<br/>评价结论：良',
    )
    expect(formatter.formatter({ value: [1, 2, 8] })).toBe('')
    expect(formatter.formatter({ data: { id: 'bundled/7' } })).toBe('')
  })

  it('escapes report text, so a name holding <img onerror> stays text', () => {
    const rows = rowsOf({ name: XSS_NAME, amountWan: 10, score: 91, grade: '优' })
    const html = scatterTooltipHtml(rows[0]!, false, zh)
    expect(html).toContain(`<strong>${XSS_ESCAPED}</strong>`)
    expect(html).not.toContain('<img')
    const { formatter } = buildScatterOption(rows, null, ENV).option.tooltip as { formatter: (p: unknown) => string }
    expect(formatter({ value: [10, 91, 0] })).not.toContain('<img')
    expect(formatter([{ value: [10, 91, 0] }])).toContain(XSS_ESCAPED)
  })

  it('escapes every field, and says 未披露/— for what the report does not state', () => {
    const [row] = rowsOf({ name: '"&\'<>', amountWan: 1, score: 70, grade: null })
    expect(scatterTooltipHtml(row!, false, zh)).toBe(
      '<strong>&quot;&amp;&#39;&lt;&gt;</strong><br/>决算金额：1.00 万元<br/>评价分值：70.00<br/>评价结论：未披露',
    )
    expect(scatterTooltipHtml(row!, true, en)).toBe(
      '<strong>&quot;&amp;&#39;&lt;&gt;</strong><br/>Dataset: t<br/>Final amount: 1.00 (10k CNY)<br/>Score: 70.00<br/>Grade: Not disclosed',
    )
  })
})

describe('the scatter in English', () => {
  const model = buildScatterOption(bundledRows, 'bundled/7', { ...ENV, locale: 'en' })
  const { option } = model
  const legend = option.legend as { data: string[]; formatter: (name: string) => string }

  it('names the axes in 10k CNY and the score, and the legend by grade in English', () => {
    expect([axis(option.xAxis).name, axis(option.yAxis).name]).toEqual(['Final amount (10k CNY)', 'Score'])
    expect(legend.data).toEqual(['优', '良', '中', '差'])
    expect(legend.data.map((name) => legend.formatter(name))).toEqual(['优 Excellent', '良 Good', '中 Fair', '差 Poor'])
    expect(legend.formatter(UNGRADED)).toBe('Ungraded')
    expect(option.toolbox).toMatchObject({ feature: { brush: { title: { rect: 'Select area', clear: 'Clear selection' } } } })
    const series = option.series as ScatterSeriesOption[]
    expect(series.map((s) => s.name).slice(-2)).toEqual(['Open project', 'Grade bands'])
  })

  it('describes the chart and fills the tooltip in English, with the project’s name as published', () => {
    expect(model.description).toBe(
      'Scatter chart: final amount (10k CNY, horizontal axis) and score (vertical axis) of 8 projects, colour and shape by grade; dashed lines mark the grade bands at 60, 80 and 90.',
    )
    expect(option.aria).toEqual({ enabled: true, label: { description: model.description } })
    const { formatter } = option.tooltip as { formatter: (p: unknown) => string }
    expect(formatter({ value: [1059.83, 89.81, 7] })).toBe(
      '<strong>2018年组织部门建设和管理工作</strong><br/>Final amount: 1,059.83 (10k CNY)<br/>Score: 89.81<br/>Grade: 良 Good',
    )
  })
})

describe('projects the chart cannot place or grade', () => {
  const rows = rowsOf(
    { name: 'a', amountWan: 100, score: 95, grade: '优' },
    { name: 'b', amountWan: 200, score: 72, grade: null },
    { name: 'c', amountWan: null, score: 88, grade: '良' },
    { name: 'd', amountWan: 50, score: null, grade: null },
  )

  it('draws a project without a grade in a grey 未评级 series, and leaves out those without amount or score', () => {
    const model = buildScatterOption(rows, null, ENV)
    const { option, unplotted, description } = model
    const series = option.series as ScatterSeriesOption[]
    expect(series.map((s) => s.name)).toEqual(['优', '良', '中', '差', UNGRADED, '等级界线'])
    expect(placed(model, series[4])).toEqual([['t/1', 200, 72]])
    expect(option.legend).toMatchObject({ data: ['优', '良', '中', '差', UNGRADED] })
    expect(unplotted.map((r) => r.id)).toEqual(['t/2', 't/3'])
    expect(description).toContain('另有2个项目缺少金额或分值，未绘出。')
  })

  it('shows empty grade series for an empty dataset', () => {
    const series = buildScatterOption([], null, ENV).option.series as ScatterSeriesOption[]
    expect(series.map((s) => (s.data as unknown[]).length)).toEqual([0, 0, 0, 0, 0])
  })
})

describe('scoreAxisMin', () => {
  it.each([
    [[93.17, 85.12], 55],
    [[], 55],
    [[61], 55],
    [[59.5], 50],
    [[42.3], 35],
    [[3], 0],
  ])('scores %j → axis from %d', (scores, min) => {
    expect(scoreAxisMin(scores)).toBe(min)
  })
})

describe('comparing datasets', () => {
  const first = toRows('a', [{ ...bundledRows[0]!.project, grade: '优' }, { ...bundledRows[1]!.project, grade: null }])
  const second = toRows('b', [{ ...bundledRows[2]!.project, grade: '优' }, { ...bundledRows[3]!.project, grade: null }])
  const model = buildScatterOption([...first, ...second], null, ENV, [
    { id: 'a', label: '甲 2018' },
    { id: 'b', label: '乙 2019' },
  ])
  const series = model.option.series as ScatterSeriesOption[]
  type SymbolOf = (value: unknown) => string
  const symbolsOf = (s: ScatterSeriesOption | undefined) =>
    pointsOf(s).map((point) => [model.points[point[2]]?.id, (s?.symbol as SymbolOf | undefined)?.(point)])

  it('gives every point its dataset’s shape, graded or not', () => {
    expect(symbolsOf(series[0])).toEqual([
      ['a/0', 'circle'],
      ['b/0', 'rect'],
    ])
    expect(series[4]?.name).toBe(UNGRADED)
    expect(symbolsOf(series[4])).toEqual([
      ['a/1', 'circle'],
      ['b/1', 'rect'],
    ])
  })
})
