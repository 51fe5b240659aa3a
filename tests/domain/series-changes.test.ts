import { describe, expect, it } from 'vitest'
import { toRows } from '../../src/domain/project-row.ts'
import { linkSeries, type SeriesSource } from '../../src/domain/series.ts'
import { linkCandidates, nameLikeness } from '../../src/domain/series-candidates.ts'
import { changeOfRow, seriesChanges } from '../../src/domain/series-changes.ts'
import { seriesEvidence, seriesFlagLookup } from '../../src/domain/series-flags.ts'
import type { Project } from '../../src/domain/types.ts'
import { makeProject } from '../support/project.ts'

const source = (id: string, year: number, projects: Partial<Project>[], department = '某局'): SeriesSource => ({
  id,
  dataset: { year, department },
  rows: toRows(id, projects.map(makeProject)),
})

const sources = [
  source('a', 2018, [
    { name: '会议经费', score: 88, amountWan: 120.5, grade: '良' },
    { name: '培训经费', score: 91, grade: '优', problems: ['合同约定一次性支付全部款项'], rectifications: ['已修订合同，采取分期付款'] },
    { name: '调研经费', score: 80 },
  ]),
  source('b', 2019, [
    { name: '会议经费', score: 85.7, amountWan: 100.25, grade: '良' },
    { name: '培训经费', score: 89.5, grade: '良', problems: ['合同约定一次性支付全部款项，未按进度付款'] },
    { name: '宣传经费', score: 90 },
  ]),
]
const index = linkSeries(sources)
const changes = seriesChanges(sources, index)

const view = (id: string) => {
  const { scoreDelta, amountDelta, gradeFrom, kinds, previous, next } = changeOfRow(changes, id)
  return { scoreDelta, amountDelta, gradeFrom, kinds, previous: previous?.row.id ?? null, next: next?.row.id ?? null }
}

describe('seriesChanges', () => {
  it('gives each row its deltas from the previous year and its change kinds', () => {
    expect(view('a/0')).toEqual({ scoreDelta: null, amountDelta: null, gradeFrom: null, kinds: [], previous: null, next: 'b/0' })
    expect(view('b/0')).toEqual({ scoreDelta: -2.3, amountDelta: -20.25, gradeFrom: null, kinds: ['fell'], previous: 'a/0', next: null })
    expect(view('b/1')).toEqual({ scoreDelta: -1.5, amountDelta: null, gradeFrom: '优', kinds: ['fell'], previous: 'a/1', next: null })
    expect(view('a/2')).toEqual({ scoreDelta: null, amountDelta: null, gradeFrom: null, kinds: ['gone'], previous: null, next: null })
    expect(view('b/2')).toEqual({ scoreDelta: null, amountDelta: null, gradeFrom: null, kinds: ['new'], previous: null, next: null })
  })
})

describe('series flags', () => {
  it('raises score-fell and problem-recurred with their evidence, never on the first year', () => {
    const flagsOf = seriesFlagLookup(changes)
    const rows = sources.flatMap((s) => s.rows)
    expect(rows.map((r) => [r.id, flagsOf(r)])).toEqual([
      ['a/0', []],
      ['a/1', []],
      ['a/2', []],
      ['b/0', ['score-fell']],
      ['b/1', ['score-fell', 'problem-recurred']],
      ['b/2', []],
    ])
    const evidence = seriesEvidence(changes, rows[4]!)
    expect({ ...evidence, previous: evidence.previous?.id }).toEqual({
      previous: 'a/1',
      previousYear: 2018,
      scoreFell: { from: 91, to: 89.5, delta: -1.5 },
      recurred: [{ problem: 1, previousProblem: 1, rectification: 1, match: { phrases: ['合同约定一次性支付全部款项'], coverage: 26 / 32 } }],
    })
  })
})

describe('linkCandidates', () => {
  it('offers alike names of other datasets not already linked, same department first', () => {
    const more = [
      ...sources,
      source('c', 2020, [{ name: '会议经费支出' }, { name: '培训经费', score: 80 }, { name: '培训经费', score: 81 }]),
      source('d', 2020, [{ name: '会议经费' }], '他局'),
    ]
    const moreIndex = linkSeries(more)
    // Two different 培训经费 in 2020 make the name ambiguous: 2018 and 2019 are not linked either, only offered.
    expect(linkCandidates('b/1', more, moreIndex).map((c) => [c.row.id, c.reason, c.likeness, c.sameDepartment])).toEqual([
      ['a/1', 'same-name', 1, true],
      ['c/1', 'same-name', 1, true],
      ['c/2', 'same-name', 1, true],
    ])
    expect(linkCandidates('b/0', more, moreIndex).map((c) => [c.row.id, c.reason, c.sameDepartment])).toEqual([
      ['c/0', 'similar-name', true],
      ['d/0', 'similar-name', false],
    ])
  })

  it('measures name likeness by shared character pairs', () => {
    expect(nameLikeness('会议经费', '会议经费支出')).toBeCloseTo(6 / 8, 10)
    expect(nameLikeness('会议经费', '培训经费')).toBeCloseTo(2 / 6, 10)
  })
})

describe('changes where nothing can be said', () => {
  it('gives no change to records of an ambiguous key, nor to a record of unknown year', () => {
    const ambiguous = [
      source('a', 2018, [{ name: '会议经费', score: 90 }, { name: '2018年会议经费', score: 80 }, { name: '培训经费' }]),
      source('b', 2019, [{ name: '会议经费', score: 70 }, { name: '宣传经费' }]),
    ]
    const moreChanges = seriesChanges(ambiguous, linkSeries(ambiguous))
    const kinds = (id: string) => changeOfRow(moreChanges, id).kinds
    expect([kinds('a/0'), kinds('a/1'), kinds('b/0'), kinds('a/2'), kinds('b/1')]).toEqual([[], [], [], ['gone'], ['new']])
    const yearless: SeriesSource[] = [
      { id: 'x', dataset: { year: null, department: '某局' }, rows: toRows('x', [makeProject({ name: '会议经费', score: 80 })]) },
      source('y', 2019, [{ name: '会议经费', score: 90 }]),
    ]
    const yearlessIndex = linkSeries(yearless, [{ op: 'join', row: 'x/0', with: 'y/0' }])
    const yearlessChanges = seriesChanges(yearless, yearlessIndex)
    expect([changeOfRow(yearlessChanges, 'x/0').kinds, changeOfRow(yearlessChanges, 'y/0').kinds]).toEqual([[], []])
    expect(changeOfRow(yearlessChanges, 'y/0').previous).toBeNull()
  })
})

describe('linkCandidates order', () => {
  it('offers the nearest years first among records alike', () => {
    const years = [2010, 2011, 2012, 2017, 2018].map((year) => source(`d${year}`, year, [{ name: '会议经费', score: 80 }, { name: '会议经费', score: 81 }]))
    const all = [...years, source('d2019', 2019, [{ name: '会议经费' }])]
    expect(linkCandidates('d2019/0', all, linkSeries(all)).map((c) => [c.row.id, c.yearsApart])).toEqual([
      ['d2018/0', 1],
      ['d2018/1', 1],
      ['d2017/0', 2],
      ['d2017/1', 2],
      ['d2012/0', 7],
    ])
  })
})
