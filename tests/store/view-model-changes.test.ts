import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, type SortKey } from '../../src/domain/view.ts'
import { ALL_DATASETS, createAppStore } from '../../src/store/app-store.ts'
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState } from '../../src/store/url-state.ts'
import { deriveFiltered, deriveScope, deriveView } from '../../src/store/view-model.ts'
import { twoYears } from '../compare/two-years.ts'

const datasets = twoYears()
const scope = deriveScope(datasets, ALL_DATASETS)
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id)

describe('the change filter in the view model', () => {
  it('keeps the rows with any chosen change; changeRows ignore the change filter only', () => {
    const filtered = deriveFiltered(scope, { ...EMPTY_FILTERS, grades: ['良', '中'], changes: ['fell', 'new'] })
    expect(ids(filtered.filteredRows)).toEqual(['y2019/4', 'y2019/7'])
    expect(ids(filtered.changeRows)).toEqual(['bundled/4', 'bundled/6', 'bundled/7', 'y2019/4', 'y2019/5', 'y2019/6', 'y2019/7'])
    expect(ids(filtered.gradeRows)).toEqual(['y2019/4', 'y2019/7'])
  })

  it('gives every row to changeRows when the change filter is off', () => {
    const filtered = deriveFiltered(scope, EMPTY_FILTERS)
    expect(filtered.changeRows).toBe(filtered.filteredRows)
  })
})

const sorted = (sorting: SortKey[]) => ids(deriveView(scope, deriveFiltered(scope, EMPTY_FILTERS), sorting).rows)

describe('sorting by the change columns', () => {
  it.each<[string, SortKey[], string[]]>([
    [
      'score change ascending: the fall first, rows without a previous year last in document order',
      [{ id: 'scoreDelta', desc: false }],
      ['y2019/4', 'y2019/1', 'y2019/2', 'y2019/3', 'y2019/5', 'y2019/6', 'y2019/0'],
    ],
    [
      'score change descending: the rise first',
      [{ id: 'scoreDelta', desc: true }],
      ['y2019/0', 'y2019/1', 'y2019/2', 'y2019/3', 'y2019/5', 'y2019/6', 'y2019/4'],
    ],
    [
      'amount change descending',
      [{ id: 'amountDelta', desc: true }],
      ['y2019/0', 'y2019/1', 'y2019/2', 'y2019/3', 'y2019/4', 'y2019/5', 'y2019/6'],
    ],
  ])('%s', (_name, sorting, expected) => {
    const rows = sorted(sorting)
    expect(rows.slice(0, 7)).toEqual(expected)
    // The 2018 rows and the new 2019 project have no previous year: last, in document order.
    expect(rows.slice(7)).toEqual(['bundled/0', 'bundled/1', 'bundled/2', 'bundled/3', 'bundled/4', 'bundled/5', 'bundled/6', 'bundled/7', 'y2019/7'])
  })
})

describe('store: the change filter', () => {
  it('toggles changes on and off in the order chosen, clears them, and takes them from a URL', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().toggleChange('fell')
    s().toggleChange('gone')
    expect(s().filters.changes).toEqual(['fell', 'gone'])
    s().toggleChange('fell')
    expect(s().filters.changes).toEqual(['gone'])
    s().setChanges(['new', 'rose'])
    expect(s().filters.changes).toEqual(['new', 'rose'])
    s().resetFilters()
    expect(s().filters.changes).toEqual([])
    s().applyUrlState(decodeUrlState('?v=1&change=fell,new&sort=scoreDelta,-amountDelta'))
    expect(s().filters.changes).toEqual(['fell', 'new'])
    expect(s().sorting).toEqual([
      { id: 'scoreDelta', desc: false },
      { id: 'amountDelta', desc: true },
    ])
  })

  it('writes the change sort keys into the URL', () => {
    const state = { ...DEFAULT_URL_STATE, sorting: [{ id: 'scoreDelta', desc: true }] satisfies SortKey[] }
    expect(encodeUrlState(state)).toBe('?sort=-scoreDelta&v=1')
    expect(decodeUrlState(encodeUrlState(state)).sorting).toEqual([{ id: 'scoreDelta', desc: true }])
  })
})
