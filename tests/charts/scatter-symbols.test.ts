import type { ScatterSeriesOption } from 'echarts/charts'
import { describe, expect, it } from 'vitest'
import { buildScatterOption, datasetSymbol } from '../../src/charts/scatter-option.ts'
import { toRows } from '../../src/domain/project-row.ts'
import { makeProject } from '../support/project.ts'

const ENV = { reducedMotion: false, dark: false, locale: 'zh' } as const

/** The shapes ECharts draws by name (an `empty` prefix draws the outline), else a `path://`. */
const ECHARTS_SYMBOLS = ['circle', 'rect', 'roundRect', 'triangle', 'diamond', 'pin', 'arrow']
const echartsKnows = (symbol: string): boolean =>
  symbol.startsWith('path://') || ECHARTS_SYMBOLS.includes(symbol) || ECHARTS_SYMBOLS.includes(symbol.replace(/^empty(\w)/, (_, c: string) => c.toLowerCase()))

/** A glyph every Chinese font draws: the Geometric Shapes block, or ★. */
const drawable = (glyph: string): boolean => {
  const cp = glyph.codePointAt(0) ?? 0
  return [...glyph].length === 1 && ((cp >= 0x25a0 && cp <= 0x25ff) || cp === 0x2605)
}

describe('the shapes of datasets compared', () => {
  // Nine datasets of one project each, every one graded 优: one series, a point per dataset.
  const datasets = Array.from({ length: 9 }, (_, i) => ({ id: `d${i}`, label: `局${i}` }))
  const rows = datasets.flatMap((d, i) => toRows(d.id, [makeProject({ name: `项目${i}`, amountWan: 10 + i, score: 95, grade: '优' })]))
  const model = buildScatterOption(rows, null, ENV, datasets)
  const [excellent] = model.option.series as ScatterSeriesOption[]
  const symbolOf = excellent?.symbol as (value: unknown) => string
  const symbols = ((excellent?.data ?? []) as unknown[]).map((point) => symbolOf(point))

  it('gives eight datasets eight shapes ECharts draws, the ninth the first again', () => {
    expect(symbols.map(echartsKnows)).toEqual(Array.from({ length: 9 }, () => true))
    expect(new Set(symbols.slice(0, 8)).size).toBe(8)
    expect(symbols[8]).toBe(symbols[0])
    expect(symbols.map((s) => (s.startsWith('path://') ? 'path' : s))).toEqual([
      'circle',
      'rect',
      'triangle',
      'diamond',
      'path',
      'path',
      'emptyCircle',
      'emptyRect',
      'circle',
    ])
  })

  it('names each dataset after a glyph that renders, the same shape as its points', () => {
    const glyphs = datasets.map((_, i) => datasetSymbol(i).glyph)
    expect(glyphs).toEqual(['●', '■', '▲', '◆', '▼', '★', '○', '□', '●'])
    expect(glyphs.every(drawable)).toBe(true)
    // The chart's description (its aria-label) names them the same way.
    expect(model.description.slice(model.description.indexOf('形状区分数据集'))).toBe(
      '形状区分数据集：●局0，■局1，▲局2，◆局3，▼局4，★局5，○局6，□局7，●局8。',
    )
  })
})
