import { describe, expect, it } from 'vitest'
import { allChartsDrawn, chartMounted, chartSettled } from '../../src/charts/first-draws.ts'

describe('first draws', () => {
  it('resolves once every mounted chart has settled, and at once when none is pending', async () => {
    const order: string[] = []
    await allChartsDrawn().then(() => order.push('none pending'))
    chartMounted()
    chartMounted()
    const both = allChartsDrawn().then(() => order.push('both drawn'))
    chartSettled()
    await Promise.resolve()
    expect(order).toEqual(['none pending'])
    chartSettled()
    await both
    expect(order).toEqual(['none pending', 'both drawn'])
  })
})
