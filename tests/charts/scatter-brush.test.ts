import { describe, expect, it } from 'vitest'
import { brushAction, brushFromAreas, isClearCommand, sameBrush } from '../../src/charts/scatter-brush.ts'
import type { Brush } from '../../src/domain/view.ts'

/** The shape of a 'brushEnd' event's area for a rect drawn on grid 0 (ECharts 6). */
const rect = (coordRange: unknown) => ({ brushType: 'rect', panelId: 'grid--0', coordRange, range: [[10, 200], [20, 120]] })

describe('brushFromAreas', () => {
  it('turns the coordRange of a rect into a Brush, rounded outward to two decimals', () => {
    expect(brushFromAreas([rect([[198.7712, 400.2489], [88.0041, 95.0712]])])).toEqual({
      amount: [198.77, 400.25],
      score: [88, 95.08],
    })
  })

  it('keeps values that are already on two decimals', () => {
    expect(brushFromAreas([rect([[139.3, 338.62], [90.13, 94.51]])])).toEqual({
      amount: [139.3, 338.62],
      score: [90.13, 94.51],
    })
  })

  it('orders each interval low to high', () => {
    expect(brushFromAreas([rect([[500, 100], [95, 80]])])).toEqual({ amount: [100, 500], score: [80, 95] })
  })

  it.each([
    ['no areas (cleared, or removed by a click)', []],
    ['not an array', undefined],
    ['a polygon', [{ brushType: 'polygon', coordRange: [[1, 2], [3, 4], [5, 6]] }]],
    ['a rect without coordRange', [{ brushType: 'rect', range: [[1, 2], [3, 4]] }]],
    ['a non-finite bound', [rect([[Number.NaN, 2], [3, 4]])]],
    ['a one-dimensional range', [rect([1, 2])]],
    ['strings', [rect([['1', '2'], ['3', '4']])]],
  ])('gives null for %s', (_, areas) => {
    expect(brushFromAreas(areas)).toBeNull()
  })

  it('takes the first usable rect', () => {
    expect(brushFromAreas([null, { brushType: 'lineX' }, rect([[0, 1], [2, 3]]), rect([[5, 6], [7, 8]])])).toEqual({
      amount: [0, 1],
      score: [2, 3],
    })
  })
})

describe('brushAction', () => {
  const brush: Brush = { amount: [100, 500], score: [80, 95] }

  it('draws the store brush as a rect on both axes of grid 0', () => {
    expect(brushAction(brush)).toEqual({
      type: 'brush',
      areas: [{ brushType: 'rect', xAxisIndex: 0, yAxisIndex: 0, coordRange: [[100, 500], [80, 95]] }],
    })
  })

  it('removes every area when there is no brush', () => {
    expect(brushAction(null)).toEqual({ type: 'brush', areas: [] })
  })

  it('round-trips through brushFromAreas', () => {
    expect(brushFromAreas(brushAction(brush).areas)).toEqual(brush)
  })
})

describe('isClearCommand', () => {
  it.each([
    [{ type: 'brush', command: 'clear', areas: [] }, true],
    [{ type: 'brush', areas: [] }, false],
    [null, false],
    ['clear', false],
  ])('%j → %s', (params, expected) => {
    expect(isClearCommand(params)).toBe(expected)
  })
})

describe('sameBrush', () => {
  it('compares by value', () => {
    expect(sameBrush(null, null)).toBe(true)
    expect(sameBrush({ amount: [1, 2], score: [3, 4] }, { amount: [1, 2], score: [3, 4] })).toBe(true)
    expect(sameBrush({ amount: [1, 2], score: [3, 4] }, { amount: [1, 2], score: [3, 5] })).toBe(false)
    expect(sameBrush({ amount: [1, 2], score: [3, 4] }, null)).toBe(false)
  })
})
