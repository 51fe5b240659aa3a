import { describe, expect, it } from 'vitest'
import { SORT_COLUMNS } from '../../src/domain/view.ts'
import { comparisonColumnsFor, projectColumnsFor } from '../../src/table/columns.tsx'
import { toSortKeys } from '../../src/table/sorting-state.ts'

describe.each(['zh', 'en'] as const)('project columns (%s)', (locale) => {
  const projectColumns = projectColumnsFor(locale)
  const comparisonColumns = comparisonColumnsFor(locale)

  it('have the SortColumn ids, in display order', () => {
    expect(projectColumns.map((c) => c.id)).toEqual(SORT_COLUMNS.filter((id) => id !== 'dataset'))
    expect(comparisonColumns.map((c) => c.id)).toEqual([...SORT_COLUMNS])
  })

  it('start descending for numbers and grades, ascending for the name', () => {
    expect(Object.fromEntries(projectColumns.map((c) => [c.id, c.sortDescFirst]))).toEqual({
      name: false,
      amount: true,
      score: true,
      grade: true,
      executionRate: true,
      problemCount: true,
    })
  })
})

describe('column headers', () => {
  it.each([
    ['zh', ['数据集', '项目名称', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数']],
    ['en', ['Dataset', 'Project name', 'Final amount (10k CNY)', 'Score', 'Grade', 'Execution rate', 'Problems']],
  ] as const)('are in the interface language: %s', (locale, headers) => {
    expect(comparisonColumnsFor(locale).map((c) => c.header)).toEqual(headers)
  })

  it('are built once per language', () => {
    expect(projectColumnsFor('en')).toBe(projectColumnsFor('en'))
    expect(projectColumnsFor('en')).not.toBe(projectColumnsFor('zh'))
  })
})

describe('sorting state → store keys', () => {
  it('drops unknown and repeated column ids on the way back', () => {
    expect(
      toSortKeys([
        { id: 'amount', desc: false },
        { id: 'nope', desc: true },
        { id: 'amount', desc: true },
        { id: 'name', desc: true },
      ]),
    ).toEqual([
      { id: 'amount', desc: false },
      { id: 'name', desc: true },
    ])
  })
})
