import { describe, expect, it } from 'vitest'
import { formatAmountWithYi, formatPercent, formatScore, formatWan, formatYi } from '../../src/domain/format.ts'

describe('formatting', () => {
  it.each([
    [3678.47, '3,678.47'],
    [139.3, '139.30'],
    [0.0005, '0.00'],
    [null, '—'],
  ])('formatWan(%s) = %s', (wan, text) => expect(formatWan(wan)).toBe(text))

  it.each([
    [3678.47, '3,678.47万元（约0.37亿元）'],
    [338.62, '338.62万元'],
  ])('formatAmountWithYi(%s) = %s', (wan, text) => expect(formatAmountWithYi(wan)).toBe(text))

  it('formats 亿元, scores and percentages', () => {
    expect(formatYi(123456)).toBe('12.35')
    expect(formatScore(89.6)).toBe('89.6')
    expect(formatScore(null)).toBe('—')
    expect(formatPercent(83.63)).toBe('83.63%')
    expect(formatPercent(null)).toBe('未披露')
  })
})
