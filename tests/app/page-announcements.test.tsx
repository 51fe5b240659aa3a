import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PageAnnouncements } from '../../src/app/PageAnnouncements.tsx'
import { EMPTY_FILTERS, type SortKey, type ViewFilters } from '../../src/domain/view.ts'
import { en } from '../../src/i18n/en.ts'
import { zh } from '../../src/i18n/zh.ts'

const region = () => screen.getByRole('status')
const NO_SORT: SortKey[] = []

beforeEach(() => {
  vi.useFakeTimers()
})

function mount(filters: ViewFilters = EMPTY_FILTERS, sorting: SortKey[] = NO_SORT) {
  const view = render(<PageAnnouncements t={zh} filters={filters} sorting={sorting} shown={8} total={8} />)
  return (next: { filters?: ViewFilters; sorting?: SortKey[]; shown?: number; t?: typeof zh }) =>
    view.rerender(
      <PageAnnouncements t={next.t ?? zh} filters={next.filters ?? filters} sorting={next.sorting ?? sorting} shown={next.shown ?? 8} total={8} />,
    )
}

describe('PageAnnouncements', () => {
  it('says nothing for what the page shows when it mounts, a link’s filters included', () => {
    mount({ ...EMPTY_FILTERS, grades: ['良'] }, [{ id: 'score', desc: true }])
    expect(region().textContent).toBe('')
  })

  it('says a sort and a grade filter at once', () => {
    const update = mount()
    const sorting: SortKey[] = [{ id: 'score', desc: true }]
    update({ sorting })
    expect(region().textContent).toBe('按评价分值降序排列，共 8 个项目。')
    update({ sorting, filters: { ...EMPTY_FILTERS, grades: ['良'] }, shown: 3 })
    expect(region().textContent).toBe('显示 8 个项目中的 3 个。')
  })

  it('says the search result once typing pauses for half a second', () => {
    const update = mount()
    update({ filters: { ...EMPTY_FILTERS, query: '合' }, shown: 4 })
    update({ filters: { ...EMPTY_FILTERS, query: '合同' }, shown: 3 })
    act(() => vi.advanceTimersByTime(499))
    expect(region().textContent).toBe('')
    act(() => vi.advanceTimersByTime(1))
    expect(region().textContent).toBe('显示 8 个项目中的 3 个。')
  })

  it('waits for an IME composition to end', () => {
    const update = mount()
    update({ filters: { ...EMPTY_FILTERS, query: 'a' }, shown: 2 })
    act(() => {
      document.dispatchEvent(new CompositionEvent('compositionstart'))
    })
    act(() => vi.advanceTimersByTime(2000))
    expect(region().textContent).toBe('')
    act(() => {
      document.dispatchEvent(new CompositionEvent('compositionend'))
    })
    update({ filters: { ...EMPTY_FILTERS, query: '合' }, shown: 4 })
    act(() => vi.advanceTimersByTime(500))
    expect(region().textContent).toBe('显示 8 个项目中的 4 个。')
  })

  it('says nothing when only the language changes, and speaks the new language after', () => {
    const update = mount()
    update({ t: en })
    expect(region().textContent).toBe('')
    update({ t: en, sorting: [{ id: 'name', desc: false }] })
    expect(region().textContent).toBe('Sorted by project name, ascending; 8 projects.')
  })
})
