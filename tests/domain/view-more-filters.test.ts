import { describe, expect, it } from 'vitest'
import { toRows } from '../../src/domain/project-row.ts'
import { countBy, departmentKeyOf, departmentOptions, placeLookup, yearOptions } from '../../src/domain/row-place.ts'
import { departmentKey } from '../../src/domain/series.ts'
import { anyFilterOn, EMPTY_FILTERS, filterRows, type ViewFilters } from '../../src/domain/view.ts'
import { bundledRows } from '../support/bundled.ts'
import { makeProject } from '../support/project.ts'

const filter = (f: Partial<ViewFilters>): number[] => filterRows(bundledRows, { ...EMPTY_FILTERS, ...f }).map((r) => r.index)

describe('filterRows: execution-rate and problem ranges on the bundled report', () => {
  // Rates stated: 2018年干部考评和人才发展工作经费 83.63, 2018年度领导干部培训经费项目 80.21; the six others state none.
  it.each<[ViewFilters['rate'], number[]]>([
    [{ min: 80, max: 100 }, [2, 3]],
    [{ min: 81, max: null }, [2]],
    [{ min: null, max: 80.21 }, [3]],
    [{ min: 0, max: null }, [2, 3]],
    [{ min: 90, max: null }, []],
    [{ min: null, max: null }, [0, 1, 2, 3, 4, 5, 6, 7]],
  ])('rate %j keeps %j: a project that states no rate is outside any range', (rate, expected) => expect(filter({ rate })).toEqual(expected))

  // 存在问题 items: 3, 2, 2, 4, 4, 5, 3, 3.
  it.each<[ViewFilters['problems'], number[]]>([
    [{ min: 4, max: null }, [3, 4, 5]],
    [{ min: null, max: 2 }, [1, 2]],
    [{ min: 3, max: 3 }, [0, 6, 7]],
    [{ min: 0, max: null }, [0, 1, 2, 3, 4, 5, 6, 7]],
    [{ min: 6, max: null }, []],
  ])('problems %j keeps %j', (problems, expected) => expect(filter({ problems })).toEqual(expected))

  it('combines them with the other filters, and counts them as filters', () => {
    expect(filter({ problems: { min: 4, max: null }, query: '满意度' })).toEqual([3, 5])
    expect(filter({ problems: { min: 4, max: null }, rate: { min: 80, max: null } })).toEqual([3])
    expect(anyFilterOn({ ...EMPTY_FILTERS, rate: { min: 80, max: null } })).toBe(true)
    expect(anyFilterOn({ ...EMPTY_FILTERS, problems: { min: null, max: 0 } })).toBe(true)
    expect(anyFilterOn({ ...EMPTY_FILTERS, departments: ['甲'] })).toBe(true)
    expect(anyFilterOn({ ...EMPTY_FILTERS, years: [2019] })).toBe(true)
  })
})

describe('departments and years', () => {
  const a = {
    id: 'a',
    dataset: { department: '上海市财政局', year: 2018 },
    rows: toRows('a', [
      makeProject({ name: '甲' }),
      makeProject({ name: '乙', department: '上海市 教育委员会' }),
      makeProject({ name: '丙', department: ' ' }),
    ]),
  }
  const b = {
    id: 'b',
    dataset: { department: null, year: null },
    rows: toRows('b', [makeProject({ name: '2019年度丁', department: '上海市财政局。' }), makeProject({ name: '戊' })]),
  }
  const rows = [...a.rows, ...b.rows]
  const placeOf = placeLookup([a, b])
  const names = (f: Partial<ViewFilters>) => filterRows(rows, { ...EMPTY_FILTERS, ...f }, undefined, undefined, placeOf).map((r) => r.project.name)

  it('places each record: its 主管部门, else its dataset’s; its dataset’s year, else its name’s', () => {
    expect(rows.map(placeOf)).toEqual([
      { department: '上海市财政局', departmentKey: '上海市财政局', year: 2018 },
      { department: '上海市 教育委员会', departmentKey: '上海市教育委员会', year: 2018 },
      { department: null, departmentKey: '', year: 2018 },
      { department: '上海市财政局。', departmentKey: '上海市财政局', year: 2019 },
      { department: null, departmentKey: '', year: null },
    ])
  })

  it('folds a department as the series do', () => {
    for (const source of [a, b]) {
      for (const row of source.rows) {
        const { department } = placeOf(row)
        if (department !== null) expect(departmentKeyOf(department)).toBe(departmentKey(source, row))
      }
    }
  })

  it('offers the departments in order of first appearance, as first written, and the years ascending', () => {
    expect(departmentOptions(rows, placeOf)).toEqual([
      { key: '上海市财政局', label: '上海市财政局' },
      { key: '上海市教育委员会', label: '上海市 教育委员会' },
    ])
    expect(yearOptions([...b.rows, ...a.rows], placeOf)).toEqual([2018, 2019])
    expect(countBy(rows, (row) => placeOf(row).departmentKey || null)).toEqual(
      new Map([
        ['上海市财政局', 2],
        ['上海市教育委员会', 1],
      ]),
    )
  })

  it.each<[Partial<ViewFilters>, string[]]>([
    [{ departments: ['上海市财政局'] }, ['甲', '2019年度丁']],
    [{ departments: ['上海市教育委员会'] }, ['乙']],
    [{ departments: ['上海市教育委员会', '上海市 财政局'] }, ['甲', '乙', '2019年度丁']],
    [{ departments: ['上海市审计局'] }, []],
    [{ years: [2019] }, ['2019年度丁']],
    [{ years: [2018] }, ['甲', '乙', '丙']],
    [{ years: [2018], departments: ['上海市财政局'] }, ['甲']],
  ])('%j keeps %j', (f, expected) => expect(names(f)).toEqual(expected))

  it('places nothing without datasets: a department or year filter then keeps no project', () => {
    expect(filterRows(rows, { ...EMPTY_FILTERS, years: [2018] })).toEqual([])
  })
})
