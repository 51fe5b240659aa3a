import { describe, expect, it } from 'vitest'
import { SORT_COLUMNS } from '../../src/domain/view.ts'
import { comparisonColumns, projectColumns } from '../../src/table/columns.tsx'
import { toSortingState, toSortKeys } from '../../src/table/sorting-state.ts'

describe('project columns', () => {
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

describe('sorting state ⇄ store keys', () => {
  it('passes store keys through unchanged', () => {
    const keys = [{ id: 'score' as const, desc: true }]
    expect(toSortingState(keys)).toBe(keys)
  })

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
