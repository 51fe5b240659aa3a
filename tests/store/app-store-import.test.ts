import { describe, expect, it } from 'vitest'
import { anyFilterOn, EMPTY_FILTERS } from '../../src/domain/view.ts'
import { createAppStore, urlStateOf } from '../../src/store/app-store.ts'
import { DEFAULT_URL_STATE, encodeUrlState } from '../../src/store/url-state.ts'
import { bundled, bundledText, BUNDLED_NAME } from '../support/bundled.ts'

const record = (id: string, origin: 'bundled' | 'imported') => ({
  id,
  meta: { origin, fileName: origin === 'bundled' ? BUNDLED_NAME : `${id}.txt`, kind: 'txt', importedAt: null },
  ...bundled,
  sourceText: bundledText,
}) as const

/** Every filter on: a grade chip, a search, both ranges, the brush, a theme and a flag. */
function filterEverything(store: ReturnType<typeof createAppStore>) {
  const s = store.getState()
  s.setGrades(['中'])
  s.setQuery('合同')
  s.setAmountRange({ min: 100, max: null })
  s.setScoreRange({ min: null, max: 80 })
  s.setBrush({ amount: [50, 300], score: [80, 95] })
  s.toggleTheme('contracts')
  s.toggleFlag('parse-doubt')
  s.setSorting([{ id: 'score', desc: true }])
}

describe('store: an import clears the filters that would hide it', () => {
  it('addDatasets with clearFilters activates the import with no filter on, keeping the sort', () => {
    const store = createAppStore()
    store.getState().addDatasets([record('bundled', 'bundled')])
    filterEverything(store)
    expect(anyFilterOn(store.getState().filters)).toBe(true)
    expect(encodeUrlState(urlStateOf(store.getState()))).toBe(
      '?grade=%E4%B8%AD&q=%E5%90%88%E5%90%8C&amount=100%7E&score=%7E80&brush=50%7E300%7E80%7E95&theme=contracts&flag=parse-doubt&sort=-score&v=1',
    )

    store.getState().addDatasets([record('import-1', 'imported')], { activate: 'import-1', clearFilters: true })

    expect(store.getState().activeDatasetId).toBe('import-1')
    expect(store.getState().filters).toBe(EMPTY_FILTERS)
    expect(anyFilterOn(store.getState().filters)).toBe(false)
    expect(store.getState().sorting).toEqual([{ id: 'score', desc: true }])
    // The URL follows: only the sort is left.
    expect(urlStateOf(store.getState())).toEqual({ ...DEFAULT_URL_STATE, sorting: [{ id: 'score', desc: true }] })
    expect(encodeUrlState(urlStateOf(store.getState()))).toBe('?sort=-score&v=1')
  })

  it('without clearFilters (stored datasets hydrating, a reload keeping its URL) the filters stay', () => {
    const store = createAppStore()
    store.getState().addDatasets([record('bundled', 'bundled')])
    filterEverything(store)
    const before = store.getState().filters
    store.getState().addDatasets([record('import-1', 'imported')], { activate: 'import-1' })
    expect(store.getState().activeDatasetId).toBe('import-1')
    expect(store.getState().filters).toBe(before)
  })

  it('anyFilterOn is false for filters equal to none, e.g. a chip toggled on and off', () => {
    const store = createAppStore()
    store.getState().toggleGrade('中')
    store.getState().toggleGrade('中')
    expect(store.getState().filters).not.toBe(EMPTY_FILTERS)
    expect(anyFilterOn(store.getState().filters)).toBe(false)
  })
})
