import type { BarSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import { DECAL_COLOR, GRADE_DECALS } from '../../src/charts/chart-style.ts'
import { barLabel, buildGradeOption, DIMMED_OPACITY, gradeBars, gradeOfClick } from '../../src/charts/grade-option.ts'
import { en } from '../../src/i18n/en.ts'
import { zh } from '../../src/i18n/zh.ts'
import type { Grade } from '../../src/domain/types.ts'
import { bundledRows } from '../support/bundled.ts'
import { rowsOf } from '../support/project.ts'

const ENV = { reducedMotion: false, dark: false, locale: 'zh' } as const
type Item = {
  id: string
  value: number
  itemStyle: { color: string; opacity: number; borderWidth: number; decal?: object }
  label: { formatter: string }
}
const itemsOf = (selected: readonly Grade[] = [], rows = bundledRows) =>
  ((buildGradeOption(rows, selected, ENV).option.series as BarSeriesOption[])[0]?.data ?? []) as Item[]

describe('gradeBars', () => {
  it('counts the bundled report per grade, 优 良 中 差, with each grade’s share of the total amount', () => {
    expect(gradeBars(bundledRows)).toEqual([
      { grade: '优', count: 5, amountWan: 2012.87, sharePercent: 54.7 },
      { grade: '良', count: 3, amountWan: 1665.6, sharePercent: 45.3 },
      { grade: '中', count: 0, amountWan: 0, sharePercent: 0 },
      { grade: '差', count: 0, amountWan: 0, sharePercent: 0 },
    ])
  })

  it('takes shares of the stated amounts only, and has none when no amount is stated', () => {
    const rows = rowsOf({ grade: '中', amountWan: 30 }, { grade: '差', amountWan: 10 }, { grade: '差', amountWan: null })
    expect(gradeBars(rows).map((b) => [b.count, b.sharePercent])).toEqual([
      [0, 0],
      [0, 0],
      [1, 75],
      [2, 25],
    ])
    expect(gradeBars(rowsOf({ grade: '优' })).map((b) => b.sharePercent)).toEqual([null, null, null, null])
  })
})

describe('buildGradeOption', () => {
  it('draws bars [5, 3, 0, 0] on the categories 优 良 中 差', () => {
    const { option } = buildGradeOption(bundledRows, [], ENV)
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['优', '良', '中', '差'], triggerEvent: true })
    expect(itemsOf().map((d) => [d.id, d.value])).toEqual([
      ['优', 5],
      ['良', 3],
      ['中', 0],
      ['差', 0],
    ])
  })

  it('labels each bar with its count and share of the amount', () => {
    expect(itemsOf().map((d) => d.label.formatter)).toEqual([
      '5项\n占金额 54.7%',
      '3项\n占金额 45.3%',
      '0项\n占金额 0%',
      '0项\n占金额 0%',
    ])
    expect(barLabel({ grade: '优', count: 1, amountWan: 0, sharePercent: null }, zh)).toBe('1项\n占金额 未披露')
    expect(barLabel({ grade: '优', count: 1, amountWan: 0, sharePercent: null }, en)).toBe('1 project\nNot disclosed')
  })

  it('colours the bars by grade and draws them alike without a grade filter', () => {
    expect(itemsOf().map((d) => [d.itemStyle.color, d.itemStyle.opacity, d.itemStyle.borderWidth])).toEqual([
      ['#1a7f37', 1, 0],
      ['#0969da', 1, 0],
      ['#9a6700', 1, 0],
      ['#cf222e', 1, 0],
    ])
  })

  it('gives each grade its own pattern, not colour alone: 优 solid, 良 stripes, 中 dots, 差 a grid', () => {
    expect(itemsOf().map((d) => d.itemStyle.decal)).toEqual([
      undefined,
      { color: DECAL_COLOR, dashArrayX: [1, 0], dashArrayY: [4, 4], rotation: -Math.PI / 4 },
      { color: DECAL_COLOR, symbol: 'circle', symbolSize: 0.8, dashArrayX: [[8, 8], [0, 8, 8, 0]], dashArrayY: [6, 0] },
      { color: DECAL_COLOR, dashArrayX: [[1, 0], [1, 6]], dashArrayY: [1, 0, 6, 0], rotation: Math.PI / 4 },
    ])
    expect(DECAL_COLOR).toBe('rgba(255, 255, 255, 0.5)')
    // Copies: ECharts marks the decal objects it is given, and the table of patterns stays as it is.
    expect(itemsOf()[1]?.itemStyle.decal).not.toBe(GRADE_DECALS.良)
    // The same patterns in the dark scheme (the bars keep their colours there).
    const dark = ((buildGradeOption(bundledRows, [], { ...ENV, dark: true }).option.series as BarSeriesOption[])[0]?.data ?? []) as Item[]
    expect(dark.map((d) => d.itemStyle.decal)).toEqual(itemsOf().map((d) => d.itemStyle.decal))
  })

  it('outlines the bar under the pointer or the keyboard cursor', () => {
    const series = (buildGradeOption(bundledRows, [], ENV).option.series as BarSeriesOption[])[0]
    expect(series?.emphasis).toEqual({ itemStyle: { opacity: 1, borderColor: '#1f2328', borderWidth: 3 } })
    const dark = (buildGradeOption(bundledRows, [], { ...ENV, dark: true }).option.series as BarSeriesOption[])[0]
    expect(dark?.emphasis).toEqual({ itemStyle: { opacity: 1, borderColor: '#e6edf3', borderWidth: 3 } })
  })

  it('outlines the selected grades and dims the others when a filter is active', () => {
    expect(itemsOf(['良', '差']).map((d) => [d.id, d.itemStyle.opacity, d.itemStyle.borderWidth])).toEqual([
      ['优', DIMMED_OPACITY, 0],
      ['良', 1, 2],
      ['中', DIMMED_OPACITY, 0],
      ['差', 1, 2],
    ])
  })

  it('describes the distribution and counts projects without a grade', () => {
    expect(buildGradeOption(bundledRows, [], ENV).description).toBe(
      '柱状图：各评价等级的项目数与决算金额占比。优5项（占金额54.7%），良3项（占金额45.3%），中0项，差0项。',
    )
    const model = buildGradeOption(rowsOf({ grade: '优', amountWan: 1 }, { grade: null, amountWan: 1 }), [], ENV)
    expect(model.ungraded).toBe(1)
    expect(model.description).toContain('；另有1项未注明等级。')
  })

  it('with no project in view, says so and never calls a share 未披露', () => {
    const model = buildGradeOption([], [], ENV)
    expect(model.empty).toBe(true)
    expect(model.description).toBe('当前筛选下没有项目。')
    expect(itemsOf([], []).map((d) => d.label.formatter)).toEqual(['0项\n占金额 —', '0项\n占金额 —', '0项\n占金额 —', '0项\n占金额 —'])
    expect(buildGradeOption(bundledRows, [], ENV).empty).toBe(false)
    expect(buildGradeOption([], [], { ...ENV, locale: 'en' }).description).toBe('No projects in the current view.')
  })

  it('has a tooltip with the count, amount and share of the bar under the pointer', () => {
    const { formatter } = buildGradeOption(bundledRows, [], ENV).option.tooltip as { formatter: (p: unknown) => string }
    expect(formatter({ dataIndex: 0 })).toBe(
      '<strong>优</strong>：5 项<br/>决算金额 2,012.87 万元（占 54.7%）<br/>点击按此等级筛选',
    )
    expect(formatter({ dataIndex: 9 })).toBe('')
  })
})

describe('grade chart in English', () => {
  const model = buildGradeOption(bundledRows, [], { ...ENV, locale: 'en' })
  const axis = model.option.xAxis as { data: string[]; axisLabel: { formatter: (g: string) => string; interval: number } }

  it('keeps the grades as categories, so clicks still name them, and labels them with their English names', () => {
    expect(axis.data).toEqual(['优', '良', '中', '差'])
    expect(axis.data.map((g) => axis.axisLabel.formatter(g))).toEqual(['优\nExcellent', '良\nGood', '中\nFair', '差\nPoor'])
    expect(axis.axisLabel.interval).toBe(0)
    expect((model.option.yAxis as { name: string }).name).toBe('Projects')
  })

  it('labels the bars, describes the chart and fills the tooltip in English', () => {
    const items = ((model.option.series as BarSeriesOption[])[0]?.data ?? []) as Item[]
    expect(items.map((d) => d.label.formatter)).toEqual([
      '5 projects\n54.7%',
      '3 projects\n45.3%',
      '0 projects\n0%',
      '0 projects\n0%',
    ])
    expect(model.description).toBe(
      'Bar chart: projects per grade and their share of the final amount. 优 Excellent: 5 projects (54.7% of amount), 良 Good: 3 projects (45.3% of amount), 中 Fair: 0 projects, 差 Poor: 0 projects.',
    )
    expect(model.option.aria).toEqual({ enabled: true, label: { description: model.description } })
    const { formatter } = model.option.tooltip as { formatter: (p: unknown) => string }
    expect(formatter({ dataIndex: 0 })).toBe(
      '<strong>优 Excellent</strong>: 5 projects<br/>Final amount (10k CNY): 2,012.87, 54.7% of the total<br/>Click to filter by this grade',
    )
  })
})

describe('gradeOfClick', () => {
  it.each([
    [{ componentType: 'series', name: '良', dataIndex: 1 }, '良'],
    [{ componentType: 'xAxis', targetType: 'axisLabel', value: '中' }, '中'],
    [{ componentType: 'series', name: '项目数' }, null],
    [{ componentType: 'yAxis', value: 3 }, null],
    [null, null],
  ])('%j → %s', (params, grade) => {
    expect(gradeOfClick(params)).toBe(grade)
  })
})
