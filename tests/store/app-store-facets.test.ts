import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../src/store/app-store.ts'
import { DEFAULT_URL_STATE } from '../../src/store/url-state.ts'

describe('store: theme and flag filters', () => {
  it('toggles themes and flags on and off, keeping the order of selection', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().toggleTheme('contracts')
    s().toggleTheme('budgeting')
    expect(s().filters.themes).toEqual(['contracts', 'budgeting'])
    s().toggleTheme('contracts')
    expect(s().filters.themes).toEqual(['budgeting'])
    s().toggleFlag('parse-doubt')
    expect(s().filters.flags).toEqual(['parse-doubt'])
    s().setThemes(['records'])
    s().setFlags([])
    expect(s().filters).toMatchObject({ themes: ['records'], flags: [] })
  })

  it('clears both with the other filters, and takes both from a decoded URL', () => {
    const store = createAppStore()
    store.getState().toggleTheme('records')
    store.getState().toggleFlag('missing-field')
    store.getState().resetFilters()
    expect(store.getState().filters).toMatchObject({ themes: [], flags: [] })
    store.getState().applyUrlState({
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, themes: ['targets'], flags: ['no-execution-rate'] },
    })
    expect(store.getState().filters).toMatchObject({ themes: ['targets'], flags: ['no-execution-rate'] })
  })
})
