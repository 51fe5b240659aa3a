import { describe, expect, it } from 'vitest'
import { formatBytes, formatMillions, formatPercent, formatScore, formatShare, formatWan, formatYi } from '../../src/domain/format.ts'

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
    expect(formatPercent(null)).toBe('未披露')
  })

  it.each([
    [3678.47, '36.78'],
    [123456, '1,234.56'],
    [0.5, '0.01'],
  ])('formatMillions(%s 万元) = %s million', (wan, text) => expect(formatMillions(wan)).toBe(text))

  it('formats a share, a missing one in the words given', () => {
    expect(formatShare(54.7)).toBe('54.7%')
    expect(formatShare(0)).toBe('0%')
    expect(formatShare(null)).toBe('未披露')
    expect(formatShare(null, 'Not disclosed')).toBe('Not disclosed')
  })
})
