import { describe, expect, it } from 'vitest'
import { toRows } from '../../src/domain/project-row.ts'
import type { Project } from '../../src/domain/types.ts'
import { highlightSegments } from '../../src/domain/search-text.ts'
import { EMPTY_FILTERS, filterRows, type SortKey, sortRows, type ViewFilters } from '../../src/domain/view.ts'
import { bundledRows } from '../support/bundled.ts'

const indexes = (rows: { index: number }[]): number[] => rows.map((r) => r.index)
const filter = (f: Partial<ViewFilters>): number[] => indexes(filterRows(bundledRows, { ...EMPTY_FILTERS, ...f }))
const sort = (sorting: SortKey[]): number[] => indexes(sortRows(bundledRows, sorting))

describe('filterRows on the bundled report', () => {
  it.each([
    ['合同', [0, 2, 5, 6, 7]],
    ['台账', [4]],
    ['预算执行率', [2, 3]],
    ['满意度 合同', [2, 5]],
    ['ＥＲＰ', []],
    ['  ', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['基层党建', [0, 4]],
  ])('search %s', (query, expected) => expect(filter({ query })).toEqual(expected))

  it('filters by grade, ranges and brush together', () => {
    expect(filter({ grades: ['良'] })).toEqual([4, 6, 7])
    expect(filter({ grades: ['良', '优'] })).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(filter({ grades: ['中', '差'] })).toEqual([])
    expect(filter({ amount: { min: 300, max: null } })).toEqual([0, 4, 5, 7])
    expect(filter({ score: { min: null, max: 90 } })).toEqual([4, 6, 7])
    expect(filter({ brush: { amount: [200, 400], score: [85, 91] } })).toEqual([3, 4, 6])
    expect(filter({ brush: { amount: [200, 400], score: [85, 91] }, grades: ['优'] })).toEqual([3])
  })
})

describe('sortRows', () => {
  it.each<[string, SortKey[], number[]]>([
    ['score ascending', [{ id: 'score', desc: false }], [4, 6, 7, 3, 5, 1, 0, 2]],
    ['score descending', [{ id: 'score', desc: true }], [2, 0, 1, 5, 3, 7, 6, 4]],
    ['amount descending', [{ id: 'amount', desc: true }], [7, 5, 0, 4, 1, 6, 3, 2]],
    ['name in pinyin order', [{ id: 'name', desc: false }], [1, 4, 3, 5, 2, 0, 6, 7]],
    ['grade 优 first, then score ascending', [{ id: 'grade', desc: true }, { id: 'score', desc: false }], [3, 5, 1, 0, 2, 4, 6, 7]],
    ['grade 差 first keeps document order within a grade', [{ id: 'grade', desc: false }], [4, 6, 7, 0, 1, 2, 3, 5]],
    ['problem count descending', [{ id: 'problemCount', desc: true }], [5, 3, 4, 0, 6, 7, 1, 2]],
    ['no sort: document order', [], [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('%s', (_name, sorting, expected) => expect(sort(sorting)).toEqual(expected))

  it('puts missing rates last in both directions', () => {
    expect(sort([{ id: 'executionRate', desc: true }])).toEqual([2, 3, 0, 1, 4, 5, 6, 7])
    expect(sort([{ id: 'executionRate', desc: false }])).toEqual([3, 2, 0, 1, 4, 5, 6, 7])
  })

  it('puts missing scores and names last in both directions', () => {
    const base: Project = { ...bundledRows[0]!.project }
    const rows = toRows('t', [
      { ...base, name: null, score: null },
      { ...base, name: '乙', score: 50 },
      { ...base, name: '甲', score: 70 },
    ])
    expect(indexes(sortRows(rows, [{ id: 'score', desc: false }]))).toEqual([1, 2, 0])
    expect(indexes(sortRows(rows, [{ id: 'score', desc: true }]))).toEqual([2, 1, 0])
    expect(indexes(sortRows(rows, [{ id: 'name', desc: false }]))).toEqual([2, 1, 0])
    expect(indexes(sortRows(rows, [{ id: 'name', desc: true }]))).toEqual([1, 2, 0])
  })
})

describe('highlightSegments', () => {
  it.each([
    ['加强合同管理，优化合同条款', ['合同'], [['加强', false], ['合同', true], ['管理，优化', false], ['合同', true], ['条款', false]]],
    ['ERP System', ['erp', 'sys'], [['ERP', true], [' ', false], ['Sys', true], ['tem', false]]],
    ['预算执行率', ['预算', '算执'], [['预算执', true], ['行率', false]]],
    ['无匹配', ['合同'], [['无匹配', false]]],
    ['', ['合同'], []],
    ['优化合同条款，采取分期', ['合同条款,采取'], [['优化', false], ['合同条款，采取', true], ['分期', false]]],
    ['ＥＲＰ 系统', ['erp系'], [['ＥＲＰ 系', true], ['统', false]]],
  ] as const)('%s with %o', (text, terms, expected) => {
    expect(highlightSegments(text, terms).map((s) => [s.text, s.match])).toEqual(expected)
  })
})

describe('sortRows by name: names the collator holds equal', () => {
  const rows = toRows('t', [
    { name: '第1批项目' },
    { name: '长沙项目' },
    { name: '第01批项目' },
    { name: '常沙项目' },
  ].map((p, i) => ({ ...bundledRows[0]!.project, ...p, source: { startLine: i + 1, endLine: i + 1 } }) as Project))
  const names = (desc: boolean) => sortRows(rows, [{ id: 'name', desc }]).map((r) => r.project.name)

  it('keeps them in document order, whichever the direction', () => {
    expect(names(false)).toEqual(['长沙项目', '常沙项目', '第1批项目', '第01批项目'])
    expect(names(true)).toEqual(['第1批项目', '第01批项目', '长沙项目', '常沙项目'])
  })
})
