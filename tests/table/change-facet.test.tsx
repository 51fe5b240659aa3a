import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { ALL_DATASETS, useAppStore } from '../../src/store/app-store.ts'
import { ChangeFacet } from '../../src/table/ChangeFacet.tsx'
import { changeScope } from '../../src/table/change-scope.ts'
import { twoYears } from '../compare/two-years.ts'
import { viewOf } from '../support/view.ts'

const store = () => useAppStore.getState()
const datasets = twoYears()
const pressed = (group: HTMLElement) =>
  within(group)
    .getAllByRole('button')
    .map((b) => `${b.textContent?.replace(/\s+/g, '')}:${b.getAttribute('aria-pressed')}`)

/** The facet as the app feeds it: the rows before the change filter, offered when the view has changes. */
function FacetOfStore({ loaded = datasets, active = ALL_DATASETS }: { loaded?: typeof datasets; active?: string }) {
  const filters = useAppStore((s) => s.filters)
  const view = viewOf(loaded, active, filters)
  return <ChangeFacet rows={view.changeRows} changesOf={view.changesOf} offered={changeScope(view.allRows, view.changes).facet} />
}

describe('ChangeFacet', () => {
  it('offers fell, rose, same, new and gone with their counts, as toggles named by label and count', () => {
    render(<FacetOfStore />)
    const group = screen.getByRole('group', { name: '按年度变化筛选' })
    expect(pressed(group)).toEqual(['全部16:true', '分值下降1:false', '分值上升1:false', '持平5:false', '新增1:false', '不再出现1:false'])
    const fell = within(group).getByRole('button', { name: '分值下降 1' })
    expect(fell.getAttribute('title')).toBe('评价分值低于同一项目上一年度的分值')
    fireEvent.click(fell)
    fireEvent.click(within(group).getByRole('button', { name: '不再出现 1' }))
    expect(store().filters.changes).toEqual(['fell', 'gone'])
    expect(pressed(group)).toEqual(['全部16:false', '分值下降1:true', '分值上升1:false', '持平5:false', '新增1:false', '不再出现1:true'])
    fireEvent.click(fell)
    expect(store().filters.changes).toEqual(['gone'])
    fireEvent.click(within(group).getByRole('button', { name: /^全部/ }))
    expect(store().filters.changes).toEqual([])
  })

  it('counts under every other filter, not its own', () => {
    act(() => useAppStore.setState({ filters: { ...EMPTY_FILTERS, grades: ['良', '中'], changes: ['fell'] } }))
    render(<FacetOfStore />)
    expect(pressed(screen.getByRole('group', { name: '按年度变化筛选' }))).toEqual([
      '全部7:false',
      '分值下降1:true',
      '分值上升0:false',
      '持平2:false',
      '新增1:false',
      '不再出现0:false',
    ])
  })

  it('is not shown with one year loaded, unless its filter is on (a shared link), so it can be switched off', () => {
    const { unmount } = render(<FacetOfStore loaded={datasets.slice(0, 1)} active="bundled" />)
    expect(screen.queryByRole('group')).toBeNull()
    unmount()
    act(() => useAppStore.setState({ filters: { ...EMPTY_FILTERS, changes: ['new'] } }))
    render(<FacetOfStore loaded={datasets.slice(0, 1)} active="bundled" />)
    const group = screen.getByRole('group', { name: '按年度变化筛选' })
    expect(pressed(group)).toEqual(['全部8:false', '分值下降0:false', '分值上升0:false', '持平0:false', '新增0:true', '不再出现0:false'])
    fireEvent.click(within(group).getByRole('button', { name: /^全部/ }))
    expect(screen.queryByRole('group')).toBeNull()
  })

  it('speaks English', () => {
    act(() => store().setLocale('en'))
    render(<FacetOfStore />)
    expect(pressed(screen.getByRole('group', { name: 'Filter by change from the previous year' }))).toEqual([
      'All16:true',
      'Scoredown1:false',
      'Scoreup1:false',
      'Samescore5:false',
      'New1:false',
      'Gone1:false',
    ])
  })
})
