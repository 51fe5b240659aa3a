import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatBytes, formatDecimal, formatMillions, formatPercent, formatScore, formatShare, formatWan, formatYi } from '../../src/domain/format.ts'

describe('formatting', () => {
  it.each([
    [3678.47, '3,678.47'],
    [139.3, '139.30'],
    [0.0005, '0.00'],
    [null, '—'],
  ])('formatWan(%s) = %s', (wan, text) => expect(formatWan(wan)).toBe(text))

  it.each([
    [89.6, '89.60'],
    [93.17, '93.17'],
    [100, '100.00'],
    [null, '—'],
  ])('formatScore(%s) = %s', (score, text) => expect(formatScore(score)).toBe(text))

  it.each([
    [104857601, '100.0 MB'],
    [2048, '2.0 KB'],
    [12, '12 B'],
  ])('formatBytes(%s) = %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text))

  it('formats 亿元 and percentages, a missing rate as 未披露', () => {
    expect(formatYi(123456)).toBe('12.35')
    expect(formatYi(3678.47)).toBe('0.37')
    expect(formatPercent(83.63)).toBe('83.63%')
    expect(formatPercent(100)).toBe('100.00%')
    expect(formatPercent(null, '未披露')).toBe('未披露')
  })

  it.each([
    [3678.47, '36.78'],
    [123456, '1,234.56'],
    [0.5, '0.01'],
  ])('formatMillions(%s 万元) = %s million', (wan, text) => expect(formatMillions(wan)).toBe(text))

  it('formats a share, a missing one in the words given', () => {
    expect(formatShare(54.7)).toBe('54.7%')
    expect(formatShare(0)).toBe('0%')
    expect(formatShare(null, '未披露')).toBe('未披露')
    expect(formatShare(null, 'Not disclosed')).toBe('Not disclosed')
  })
})

/** formatDecimal must write exactly what Intl.NumberFormat('zh-CN') writes, which it replaces for speed. */
describe('formatDecimal matches Intl.NumberFormat', () => {
  const two = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const upToOne = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 })

  it.each([
    [1.005, '1.01'],
    [2.675, '2.68'],
    [999999.995, '1,000,000.00'],
    [-1234.5, '-1,234.50'],
    [-0, '-0.00'],
    [-1e-7, '-0.00'],
    [1.5e22, '15,000,000,000,000,000,000,000.00'],
    [4.927746616764813e24, '4,927,746,616,764,813,000,000,000.00'],
    [Number.NaN, 'NaN'],
    [Number.NEGATIVE_INFINITY, '-∞'],
  ])('formatDecimal(%s, 2) = %s', (value, text) => {
    expect(formatDecimal(value, 2)).toBe(text)
    expect(two.format(value)).toBe(text)
  })

  it('agrees on any double, however large, and on decimals of up to four places (the ties)', () => {
    const doubles = fc.oneof(fc.double({ noNaN: true, min: -1e17, max: 1e17 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
    const decimals = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9999 })).map(([whole, part]) => Number(`${whole}.${String(part).padStart(4, '0')}`))
    fc.assert(
      fc.property(fc.oneof(doubles, decimals), (value) => {
        expect(formatDecimal(value, 2)).toBe(two.format(value))
        expect(formatDecimal(value, 1, true)).toBe(upToOne.format(value))
      }),
      { numRuns: 5000 },
    )
  })
})
