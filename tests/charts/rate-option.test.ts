import type { BarSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import { buildRateOption, RATE_BARS_AT_MOST, RATE_TARGET, rateBars, rateBins, rateChartHeight } from '../../src/charts/rate-option.ts'
import { bundledRows } from '../support/bundled.ts'
import { rowsOf, XSS_ESCAPED, XSS_NAME } from '../support/project.ts'
import { messagesFor } from '../../src/i18n/catalogue.ts'

const UNNAMED = messagesFor('zh').common.unnamed

const ENV = { reducedMotion: false, dark: false, locale: 'zh' } as const
type Item = { id: string; value: number; label: { formatter: string }; itemStyle?: { borderWidth: number } }
const seriesOf = (openId: string | null = null, rows = bundledRows) =>
  (buildRateOption(rows, openId, ENV).option.series as BarSeriesOption[])[0]
const itemsOf = (openId: string | null = null, rows = bundledRows) => (seriesOf(openId, rows)?.data ?? []) as Item[]

describe('buildRateOption on the bundled report', () => {
  it('draws exactly the two stated rates, highest first', () => {
    const { bars, option } = buildRateOption(bundledRows, null, ENV)
    expect(bars).toEqual([
      { id: 'bundled/2', name: '2018年干部考评和人才发展工作经费', rate: 83.63 },
      { id: 'bundled/3', name: '2018年度领导干部培训经费项目', rate: 80.21 },
    ])
    expect(option.yAxis).toMatchObject({
      type: 'category',
      inverse: true,
      data: ['2018年干部考评和人才发展工作经费', '2018年度领导干部培训经费项目'],
    })
    expect(itemsOf().map((d) => [d.id, d.value])).toEqual([
      ['bundled/2', 83.63],
      ['bundled/3', 80.21],
    ])
  })

  it('labels each bar with its percentage', () => {
    expect(itemsOf().map((d) => d.label.formatter)).toEqual(['83.63%', '80.21%'])
    expect(seriesOf()?.label).toMatchObject({ show: true, position: 'right' })
  })

  it('marks 90% with a line', () => {
    expect(RATE_TARGET).toBe(90)
    expect(seriesOf()?.markLine?.data).toEqual([{ xAxis: 90 }])
    expect(seriesOf()?.markLine?.label).toMatchObject({ formatter: '90%' })
  })

  it('returns the six projects without a stated rate separately, never as a 0 bar', () => {
    const { undisclosed } = buildRateOption(bundledRows, null, ENV)
    expect(undisclosed.map((r) => r.id)).toEqual([
      'bundled/0',
      'bundled/1',
      'bundled/4',
      'bundled/5',
      'bundled/6',
      'bundled/7',
    ])
    expect(itemsOf().some((d) => d.value === 0)).toBe(false)
  })

  it('scales the rate axis 0–100% and outlines the open project', () => {
    expect(buildRateOption(bundledRows, null, ENV).option.xAxis).toMatchObject({ min: 0, max: 100 })
    expect(itemsOf('bundled/3').map((d) => d.itemStyle?.borderWidth)).toEqual([undefined, 2])
  })

  it('describes the chart', () => {
    expect(buildRateOption(bundledRows, null, ENV).description).toBe(
      '条形图：2个项目披露了预算执行率，从高到低排列，最高为2018年干部考评和人才发展工作经费83.63%；竖线标出90%。另有6个项目未披露。',
    )
  })
})

describe('rateBars', () => {
  it('sorts descending and keeps document order on ties', () => {
    const rows = rowsOf(
      { name: 'a', executionRate: 70 },
      { name: 'b', executionRate: 99.5 },
      { name: 'c', executionRate: null },
      { name: 'd', executionRate: 70 },
      { name: 'e', executionRate: 0 },
    )
    expect(rateBars(rows, UNNAMED).map((b) => [b.name, b.rate])).toEqual([
      ['b', 99.5],
      ['a', 70],
      ['d', 70],
      ['e', 0],
    ])
  })

  it('widens the axis past 100% when a report states more', () => {
    const { option } = buildRateOption(rowsOf({ executionRate: 112.4 }), null, ENV)
    expect(option.xAxis).toMatchObject({ max: 113 })
  })

  it('says so when no project states a rate', () => {
    const model = buildRateOption(rowsOf({ name: 'a' }, { name: 'b' }), null, ENV)
    expect(model.bars).toEqual([])
    expect(model.undisclosed).toHaveLength(2)
    expect(model.description).toBe('预算执行率：2个项目均未披露预算执行率。')
  })

  it('grows the canvas with the number of bars', () => {
    expect([1, 2, 10].map(rateChartHeight)).toEqual([100, 136, 424])
  })
})

describe('rate tooltip', () => {
  it('escapes the project name', () => {
    const rows = rowsOf({ name: XSS_NAME, executionRate: 95 })
    const { formatter } = buildRateOption(rows, null, ENV).option.tooltip as { formatter: (p: unknown) => string }
    expect(formatter({ dataIndex: 0 })).toBe(`<strong>${XSS_ESCAPED}</strong><br/>预算执行率：95.00%`)
  })
})

describe('buildRateOption beyond RATE_BARS_AT_MOST stated rates', () => {
  const rates = [12, 49.99, 50, 59.99, 60, 75, 80, 89.99, 90, 94.5, 95, 99.99, 100, 100, 100.5]
  // 41 projects with a rate and 2 without: enough to switch to the histogram.
  const many = rowsOf(
    ...Array.from({ length: RATE_BARS_AT_MOST + 1 }, (_, i) => ({ name: `项目${i}`, executionRate: rates[i % rates.length]! })),
    { name: '无执行率甲', executionRate: null },
    { name: '无执行率乙', executionRate: null },
  )

  it('keeps one bar per project up to the limit', () => {
    expect(RATE_BARS_AT_MOST).toBe(40)
    expect(buildRateOption(many.slice(0, RATE_BARS_AT_MOST), null, ENV).mode).toBe('bars')
  })

  it('counts the projects per band, 100% exactly on its own', () => {
    expect(rateBins(rateBars(many, UNNAMED))).toEqual([
      { label: '<50%', onTarget: false, count: 6 },
      { label: '50–60%', onTarget: false, count: 6 },
      { label: '60–70%', onTarget: false, count: 3 },
      { label: '70–80%', onTarget: false, count: 3 },
      { label: '80–90%', onTarget: false, count: 6 },
      { label: '90–95%', onTarget: true, count: 6 },
      { label: '95–<100%', onTarget: true, count: 5 },
      { label: '100%', onTarget: true, count: 4 },
      { label: '>100%', onTarget: true, count: 2 },
    ])
  })

  it('leaves out the band above 100% when no rate is in it', () => {
    expect(rateBins(rateBars(rowsOf({ executionRate: 100 }), UNNAMED)).map((b) => b.label)).toEqual([
      '<50%', '50–60%', '60–70%', '70–80%', '80–90%', '90–95%', '95–<100%', '100%',
    ])
  })

  it('draws the bands as columns, and states the counts in its description', () => {
    const model = buildRateOption(many, null, ENV)
    expect(model.mode).toBe('bins')
    expect(model.bars).toHaveLength(41)
    expect(model.undisclosed.map((r) => r.project.name)).toEqual(['无执行率甲', '无执行率乙'])
    const series = (model.option.series as BarSeriesOption[])[0]
    expect(((series?.data ?? []) as { value: number }[]).map((d) => d.value)).toEqual([6, 6, 3, 3, 6, 6, 5, 4, 2])
    expect(model.description).toBe(
      '柱状图：41个项目披露了预算执行率，按区间计数：<50% 6个，50–60% 6个，60–70% 3个，70–80% 3个，80–90% 6个，90–95% 6个，95–<100% 5个，100% 4个，>100% 2个。另有2个项目未披露。',
    )
  })
})
