import { describe, expect, it } from 'vitest'
import { toRows } from '../../src/domain/project-row.ts'
import { linkSeries, type LinkDecision, type SeriesSource } from '../../src/domain/series.ts'
import { SERIES_SEARCH_LIMIT, searchOtherRecords } from '../../src/domain/series-search.ts'
import type { Project } from '../../src/domain/types.ts'
import { makeProject } from '../support/project.ts'

const source = (id: string, year: number, projects: Partial<Project>[]): SeriesSource => ({
  id,
  dataset: { year, department: '某局' },
  rows: toRows(id, projects.map(makeProject)),
})

/** 2019 holds the open record (a/0, renamed from 2018's b/1) and another of its own; b/0 is linked to a/0 by name. */
const SOURCES = [
  source('a', 2019, [{ name: '2019年基层服务保障经费' }, { name: '2019年党建服务宣传经费' }]),
  source('b', 2018, [
    { name: '2018年基层服务保障经费' },
    { name: '2018年党建服务工作经费项目' },
    { name: '２０１８年Ｉｔ 运维 服务', code: '31000018R0007' },
    { name: null, code: '31000018R0008' },
  ]),
  source('c', 2017, [{ name: '2017年度党建服务工作经费' }]),
]

/** The ids found for the open record a/0, and whether more matched. */
function found(query: string, decisions: LinkDecision[] = []): [string[], boolean] {
  const open = SOURCES[0]!.rows[0]!
  const { rows, more } = searchOtherRecords(open, query, SOURCES, linkSeries(SOURCES, decisions))
  return [rows.map((r) => r.id), more]
}

describe('searchOtherRecords', () => {
  it.each<[string, string[]]>([
    ['党建服务', ['b/1', 'c/0']],
    ['工作经费项目', ['b/1']],
    // Every term, in any order; full-width, case and spaces folded as the table's search folds them.
    ['经费 党建', ['b/1', 'c/0']],
    ['it运维', ['b/2']],
    ['ＩＴ 运 维', ['b/2']],
    // The code, also for a record without a name.
    ['31000018R', ['b/2', 'b/3']],
    ['r0008', ['b/3']],
    // A year in the name is text like any other.
    ['2017', ['c/0']],
    ['不存在的项目', []],
    ['', []],
    ['  \u3000 ', []],
  ])('%j → %j', (query, ids) => {
    expect(found(query)).toEqual([ids, false])
  })

  it('never lists the open record’s own dataset nor a record already in its series', () => {
    // 基层服务保障: a/0 itself and b/0 (linked by name) are left out; nothing else holds it.
    expect(found('基层服务保障')).toEqual([[], false])
    expect(found('服务')).toEqual([['b/1', 'b/2', 'c/0'], false])
  })

  it('lists a record again once the user took it out of the series, and leaves out what the user joined', () => {
    expect(found('基层服务保障', [{ op: 'detach', row: 'b/0' }])).toEqual([['b/0'], false])
    expect(found('党建', [{ op: 'join', row: 'a/0', with: 'b/1' }])).toEqual([['c/0'], false])
  })

  it(`stops at ${SERIES_SEARCH_LIMIT}, in dataset then document order, and says more matched`, () => {
    const many = [
      source('a', 2019, [{ name: '培训经费' }]),
      source('b', 2018, Array.from({ length: 7 }, (_, i) => ({ name: `培训经费${i}` }))),
      source('c', 2017, Array.from({ length: 5 }, (_, i) => ({ name: `培训经费${i}` }))),
    ]
    const open = many[0]!.rows[0]!
    const search = (sources: SeriesSource[]) => searchOtherRecords(open, '培训', sources, linkSeries(sources))
    const { rows, more } = search(many)
    expect(rows.map((r) => r.id)).toEqual(['b/0', 'b/1', 'b/2', 'b/3', 'b/4', 'b/5', 'b/6', 'c/0', 'c/1', 'c/2'])
    expect(more).toBe(true)
    const exactly = [many[0]!, many[1]!, source('c', 2017, [{ name: '培训经费0' }, { name: '培训经费1' }, { name: '培训经费2' }])]
    expect(search(exactly).rows).toHaveLength(10)
    expect(search(exactly).more).toBe(false)
  })
})
