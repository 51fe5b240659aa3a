import { describe, expect, it } from 'vitest'
import { ALL_DATASETS } from '../../src/store/app-store.ts'
import { deriveScope } from '../../src/store/view-model.ts'
import { changeScope, countChanges, deltaOf } from '../../src/table/change-scope.ts'
import { twoYears } from '../compare/two-years.ts'

const datasets = twoYears()
const [first, second] = datasets as [(typeof datasets)[0], (typeof datasets)[0]]

describe('changeScope', () => {
  it.each([
    ['both years in view', ALL_DATASETS, { columns: true, facet: true }],
    ['the later year alone: it has a previous year', 'y2019', { columns: true, facet: true }],
    ['the first year alone: no previous year, but a next one and a project gone', 'bundled', { columns: false, facet: true }],
  ])('%s', (_name, active, expected) => {
    const scope = deriveScope(datasets, active)
    expect(changeScope(scope.allRows, scope.changes)).toEqual(expected)
  })

  it('offers nothing with one year loaded', () => {
    const scope = deriveScope([first], 'bundled')
    expect(changeScope(scope.allRows, scope.changes)).toEqual({ columns: false, facet: false })
  })
})

describe('countChanges', () => {
  it('counts the projects per change kind by the view’s lookup', () => {
    const scope = deriveScope(datasets, ALL_DATASETS)
    expect(countChanges(scope.allRows, scope.changesOf)).toEqual({ fell: 1, rose: 1, same: 5, new: 1, gone: 1 })
    expect(countChanges(second.rows, scope.changesOf)).toEqual({ fell: 1, rose: 1, same: 5, new: 1, gone: 0 })
  })
})

describe('deltaOf', () => {
  it.each([
    [-2.3, { direction: 'down', arrow: '↓', size: 2.3 }],
    [1, { direction: 'up', arrow: '↑', size: 1 }],
    [0, { direction: 'same', arrow: '', size: 0 }],
    [null, null],
  ])('%s', (value, expected) => expect(deltaOf(value)).toEqual(expected))
})
