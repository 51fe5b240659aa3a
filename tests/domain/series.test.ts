import { describe, expect, it } from 'vitest'
import { toRows } from '../../src/domain/project-row.ts'
import { linkSeries, type LinkDecision, neighbours, type SeriesSource, seriesName, yearInName } from '../../src/domain/series.ts'
import type { Project } from '../../src/domain/types.ts'
import { makeProject } from '../support/project.ts'

const source = (id: string, year: number | null, projects: Partial<Project>[], department: string | null = '某局'): SeriesSource => ({
  id,
  dataset: { year, department },
  rows: toRows(id, projects.map(makeProject)),
})

/** Each series as the row ids of its members, in order. */
const seriesIds = (sources: SeriesSource[], decisions: LinkDecision[] = []): string[][] =>
  linkSeries(sources, decisions).series.map((s) => s.members.map((m) => m.row.id))

describe('seriesName', () => {
  it.each([
    ['2018年度干部教育培训经费', '干部教育培训经费'],
    ['2019年干部教育培训经费', '干部教育培训经费'],
    ['干部教育培训经费（2020）', '干部教育培训经费'],
    ['干部 教育·培训 经费(2021年)', '干部教育培训经费'],
    ['《2018-2022年干部教育培训规划》项目', '2018干部教育培训规划项目'],
    ['2000亩高标准农田建设', '2000亩高标准农田建设'],
  ])('%s → %s', (name, folded) => {
    expect(seriesName(name)).toBe(folded)
  })
})

describe('yearInName', () => {
  it.each([
    ['2018年度工作经费', 2018],
    ['工作经费（2019）', null],
    ['工作经费', null],
    [null, null],
  ])('%s → %s', (name, year) => {
    expect(yearInName(name)).toBe(year)
  })
})

describe('linkSeries', () => {
  it('links the same name across years whatever year style it carries, in year order', () => {
    const sources = [
      source('b', 2019, [{ name: '2019年会议经费' }, { name: '信息化运维' }]),
      source('a', 2018, [{ name: '2018年度会议经费' }]),
      source('c', 2020, [{ name: '会议经费（2020）' }, { name: '信息化运维' }]),
    ]
    const index = linkSeries(sources)
    expect(index.series.map((s) => ({ key: s.key, members: s.members.map((m) => [m.row.id, m.year, m.basis]) }))).toEqual([
      { key: 'name:result|某局|会议经费', members: [['a/0', 2018, 'name'], ['b/0', 2019, 'name'], ['c/0', 2020, 'name']] },
      { key: 'name:result|某局|信息化运维', members: [['b/1', 2019, 'name'], ['c/1', 2020, 'name']] },
    ])
    expect(neighbours(index, 'b/0')).toMatchObject({ previous: { row: { id: 'a/0' } }, next: { row: { id: 'c/0' } } })
    expect(neighbours(index, 'a/0').previous).toBeNull()
  })

  it('links by code when both have one, even when the name changed', () => {
    expect(
      seriesIds([
        source('a', 2022, [{ name: '工资性支出', code: '51000021R000000019951' }]),
        source('b', 2023, [{ name: '人员工资支出', code: '51000021R000000019951' }]),
      ]),
    ).toEqual([['a/0', 'b/0']])
  })

  it('never links two records with different codes by their name', () => {
    expect(
      seriesIds([
        source('a', 2022, [{ name: '工资性支出', code: '51000021R000000019951' }]),
        source('b', 2023, [{ name: '工资性支出', code: '51000021R000000019999' }]),
      ]),
    ).toEqual([])
  })

  it('links by name when only one of the two has a code', () => {
    expect(
      seriesIds([source('a', 2022, [{ name: '工资性支出' }]), source('b', 2023, [{ name: '工资性支出', code: '51000021R000000019951' }])]),
    ).toEqual([['a/0', 'b/0']])
  })

  it('does not link across departments, nor where no department is stated', () => {
    expect(seriesIds([source('a', 2018, [{ name: '会议经费' }], '甲局'), source('b', 2019, [{ name: '会议经费' }], '乙局')])).toEqual([])
    expect(seriesIds([source('a', 2018, [{ name: '机关运行经费' }], null), source('b', 2019, [{ name: '机关运行经费' }], null)])).toEqual([])
  })

  it('does not link a record whose year is not known', () => {
    expect(seriesIds([source('a', null, [{ name: '会议经费' }]), source('b', 2019, [{ name: '会议经费' }])])).toEqual([])
    expect(seriesIds([source('a', null, [{ name: '会议经费' }]), source('b', null, [{ name: '会议经费' }])])).toEqual([])
  })

  it('does not link a result report with a self-evaluation: their scores are not comparable', () => {
    expect(
      seriesIds([source('a', 2018, [{ name: '会议经费' }]), source('b', 2019, [{ name: '会议经费', form: 'project-self-evaluation' }])]),
    ).toEqual([])
  })

  it('takes the record’s own 主管部门 before the dataset’s department', () => {
    expect(
      seriesIds([
        source('a', 2018, [{ name: '会议经费', department: '乙局' }], '甲局'),
        source('b', 2019, [{ name: '会议经费' }], '乙局'),
      ]),
    ).toEqual([['a/0', 'b/0']])
  })

  it('leaves a key unlinked, every year of it, when one year holds two different records of it', () => {
    const sources = [
      source('a', 2018, [{ name: '2018年会议经费', score: 90 }, { name: '会议经费', score: 80 }]),
      source('b', 2019, [{ name: '会议经费' }]),
      source('c', 2020, [{ name: '会议经费' }]),
    ]
    const index = linkSeries(sources)
    expect(index.series).toEqual([])
    expect([...index.ambiguous]).toEqual(['a/0', 'a/1', 'b/0', 'c/0'])
  })

  it('leaves a chain unlinked that would put two different records of one year in a series', () => {
    expect(
      seriesIds([
        source('a', 2022, [{ name: '工资性支出', code: 'X1' }, { name: '人员经费' }]),
        source('b', 2023, [{ name: '人员经费', code: 'X1' }]),
      ]),
    ).toEqual([])
  })

  it('applies the user’s decisions in order: detach, join, and a join undone by a later detach', () => {
    const sources = [
      source('a', 2018, [{ name: '会议经费' }, { name: '培训费' }]),
      source('b', 2019, [{ name: '会议经费' }, { name: '干部培训经费' }]),
      source('c', 2020, [{ name: '会议经费' }]),
    ]
    expect(seriesIds(sources, [{ op: 'detach', row: 'b/0' }])).toEqual([['a/0', 'c/0']])
    const joined = linkSeries(sources, [{ op: 'join', row: 'b/1', with: 'a/1' }])
    expect(joined.series.map((s) => [s.key, s.members.map((m) => [m.row.id, m.basis])])).toEqual([
      ['name:result|某局|会议经费', [['a/0', 'name'], ['b/0', 'name'], ['c/0', 'name']]],
      ['row:a/1', [['a/1', 'user'], ['b/1', 'user']]],
    ])
    expect(seriesIds(sources, [{ op: 'join', row: 'b/1', with: 'a/1' }, { op: 'detach', row: 'a/1' }])).toEqual([['a/0', 'b/0', 'c/0']])
    // A detached record joined again is back with what it was joined to.
    expect(seriesIds(sources, [{ op: 'detach', row: 'b/0' }, { op: 'join', row: 'b/0', with: 'c/0' }])).toEqual([['a/0', 'b/0', 'c/0']])
  })

  it('keeps a detach for good: a later join links the record to what it names, not back to its automatic links', () => {
    const sources = [
      source('a', 2018, [{ name: '会议经费' }]),
      source('b', 2019, [{ name: '会议经费' }, { name: '会务费' }]),
      source('c', 2020, [{ name: '会务费' }]),
    ]
    expect(seriesIds(sources, [{ op: 'detach', row: 'a/0' }, { op: 'join', row: 'a/0', with: 'c/0' }])).toEqual([['a/0', 'b/1', 'c/0']])
  })

  it('lets the user’s join win a year over an automatic member of it', () => {
    const sources = [source('a', 2018, [{ name: '会议经费' }, { name: '会务费' }]), source('b', 2019, [{ name: '会议经费' }])]
    const index = linkSeries(sources, [{ op: 'join', row: 'a/1', with: 'b/0' }])
    expect(index.series.map((s) => s.members.map((m) => [m.row.id, m.basis]))).toEqual([[['a/1', 'user'], ['b/0', 'user']]])
  })

  it('ignores decisions about records that are not loaded', () => {
    expect(
      seriesIds([source('a', 2018, [{ name: '会议经费' }]), source('b', 2019, [{ name: '其他' }])], [{ op: 'join', row: 'a/0', with: 'gone/3' }]),
    ).toEqual([])
  })

  it('knows the years each kind of document and department has data for', () => {
    const index = linkSeries([source('a', 2018, [{ name: 'x' }]), source('b', 2020, [{ name: 'y' }]), source('c', null, [{ name: 'z' }])])
    expect([...index.yearsByDepartment.entries()].map(([d, years]) => [d, [...years]])).toEqual([['result|某局', [2018, 2020]]])
  })
})

describe('linkSeries with a report imported twice', () => {
  it('puts the copy in its original’s series: the same name, amount, score, grade and problems in one year', () => {
    const report = [{ name: '会议经费', score: 90, problems: ['甲'] }, { name: '培训费', score: 85 }]
    const index = linkSeries([source('txt', 2018, report), source('pdf', 2018, report), source('next', 2019, [{ name: '会议经费', score: 88 }])])
    expect(index.series.map((s) => s.members.map((m) => [m.row.id, m.basis]))).toEqual([
      [['txt/0', 'name'], ['pdf/0', 'copy'], ['next/0', 'name']],
    ])
    expect(neighbours(index, 'next/0').previous?.row.id).toBe('pdf/0')
    expect(neighbours(index, 'pdf/0').previous).toBeNull()
  })
})
