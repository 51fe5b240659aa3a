import { describe, expect, it } from 'vitest'
import type { Indicator } from '../../src/domain/types.ts'
import { indicatorRows, indicatorValue } from '../../src/drilldown/indicator-rows.ts'

const indicator = (level1: string | null, level2: string | null, weight: number | null = null, score: number | null = null): Indicator => ({
  level1,
  level2,
  name: 'x',
  direction: null,
  target: null,
  actual: null,
  unit: null,
  weight,
  score,
  note: null,
})

describe('indicatorRows', () => {
  it('writes 一级 and 二级 once, as headings over the runs of rows sharing them; a 二级 run stops at its 一级 group', () => {
    const rows = indicatorRows([
      indicator('产出指标', '数量指标'),
      indicator('产出指标', '数量指标'),
      indicator('产出指标', '质量指标'),
      indicator('效益指标', '质量指标'),
      indicator(null, null),
      indicator(null, null),
      indicator('满意度指标', '满意度指标'),
      indicator('满意度指标', null),
      indicator(null, '时效指标'),
    ])
    expect(rows.map((r) => [r.level1At, r.level2At])).toEqual([
      [0, 0],
      [0, 0],
      [0, 2],
      [3, 3],
      [null, null],
      [null, null],
      [6, 6],
      [6, null],
      [null, 8],
    ])
  })

  it.each<[number | null, number | null, boolean]>([
    [10, 9, true],
    [10, 10, false],
    [10, null, false],
    [null, 5, false],
    [0, 0, false],
  ])('weight %s, score %s → lost points %s', (weight, score, lost) => {
    expect(indicatorRows([indicator('a', 'b', weight, score)])[0]?.lostPoints).toBe(lost)
  })
})

describe('indicatorValue', () => {
  it.each<[string | null, string | null, string | null, string | null]>([
    ['95', '≥', '%', '≥95%'],
    ['≥95%', '≥', '%', '≥95%'],
    ['120', '=', '人', '=120人'],
    ['2859', null, '篇', '2859篇'],
    ['按时完成', null, '%', '按时完成'],
    ['按时', '=', null, '=按时'],
    ['＝100%', '=', null, '＝100%'],
    [null, '≥', '%', null],
  ])('%s with direction %s and unit %s → %s', (value, direction, unit, expected) => {
    expect(indicatorValue(value, direction, unit)).toBe(expected)
  })
})
