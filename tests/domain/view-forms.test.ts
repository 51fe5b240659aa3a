import { describe, expect, it } from 'vitest'
import type { FormKind } from '../../src/domain/types.ts'
import {
  anyFilterOn,
  countFormKinds,
  EMPTY_FILTERS,
  filterRows,
  formKindsOf,
  type SortKey,
  sortRows,
} from '../../src/domain/view.ts'
import { rowsOf } from '../support/project.ts'

const rows = rowsOf(
  { name: '甲', form: 'project-self-evaluation', budgetWan: 120, amountWan: 100, score: 95 },
  { name: '乙', amountWan: 80, score: 88 },
  { name: '丙', form: 'department-self-evaluation', budgetWan: null, amountWan: 300 },
  { name: '丁', form: 'project-self-evaluation', budgetWan: 40.5, amountWan: 40 },
  { name: '戊', form: 'department-self-evaluation', budgetWan: 900, amountWan: 880 },
)
const names = (list: readonly { project: { name: string | null } }[]) => list.map((r) => r.project.name)

describe('filterRows: the form-kind filter', () => {
  it.each<[FormKind[], string[]]>([
    [[], ['甲', '乙', '丙', '丁', '戊']],
    [['result'], ['乙']],
    [['project-self-evaluation'], ['甲', '丁']],
    [['department-self-evaluation', 'project-self-evaluation'], ['甲', '丙', '丁', '戊']],
  ])('forms %j → %j (any of them)', (forms, expected) => {
    expect(names(filterRows(rows, { ...EMPTY_FILTERS, forms }))).toEqual(expected)
  })

  it('combines with the other filters', () => {
    expect(names(filterRows(rows, { ...EMPTY_FILTERS, forms: ['project-self-evaluation'], amount: { min: 50, max: null } }))).toEqual(['甲'])
  })

  it('counts as a filter that is on', () => {
    expect(anyFilterOn(EMPTY_FILTERS)).toBe(false)
    expect(anyFilterOn({ ...EMPTY_FILTERS, forms: ['result'] })).toBe(true)
  })
})

describe('sortRows by budget', () => {
  it.each<[SortKey, string[]]>([
    [{ id: 'budget', desc: true }, ['戊', '甲', '丁', '乙', '丙']],
    [{ id: 'budget', desc: false }, ['丁', '甲', '戊', '乙', '丙']],
  ])('%j puts the records without a stated budget last, in document order', (key, expected) => {
    expect(names(sortRows(rows, [key]))).toEqual(expected)
  })
})

describe('form kinds of rows', () => {
  it('lists the kinds present in facet order, and counts each', () => {
    expect(formKindsOf(rows)).toEqual(['result', 'project-self-evaluation', 'department-self-evaluation'])
    expect(formKindsOf(rows.slice(2, 4))).toEqual(['project-self-evaluation', 'department-self-evaluation'])
    expect(formKindsOf([])).toEqual([])
    expect(countFormKinds(rows)).toEqual({ result: 1, 'project-self-evaluation': 2, 'department-self-evaluation': 2 })
  })
})
