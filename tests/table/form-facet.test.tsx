import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from '../../src/domain/view.ts'
import { type LoadedDataset, useAppStore } from '../../src/store/app-store.ts'
import { FormFacet } from '../../src/table/FormFacet.tsx'
import { rowsOf } from '../support/project.ts'
import { viewOf } from '../support/view.ts'

const store = () => useAppStore.getState()
const pressed = (group: HTMLElement) =>
  within(group)
    .getAllByRole('button')
    .map((b) => `${b.textContent?.replace(/\s+/g, '')}:${b.getAttribute('aria-pressed')}`)

const mixed = rowsOf(
  { name: '甲', form: 'project-self-evaluation', grade: '优' },
  { name: '乙', grade: '优' },
  { name: '丙', form: 'project-self-evaluation' },
  { name: '丁', form: 'department-self-evaluation', grade: '优' },
)
/** Only what the view model reads of a loaded dataset. */
const dataset = { id: 't', dataset: { year: null, department: null }, rows: mixed, diagnostics: [] } as unknown as LoadedDataset

/** The facet as the app feeds it: the view's rows before the form filter, and the kinds in view. */
function FacetOfStore() {
  const filters = useAppStore((s) => s.filters)
  const view = viewOf([dataset], 't', filters)
  return <FormFacet rows={view.formRows} kinds={view.formKinds} />
}

describe('FormFacet', () => {
  it('offers the kinds in view with their counts and toggles the form filter', () => {
    render(<FacetOfStore />)
    const group = screen.getByRole('group', { name: '按表类筛选' })
    expect(pressed(group)).toEqual(['全部4:true', '结果表1:false', '项目自评2:false', '部门自评1:false'])
    expect(within(group).getByRole('button', { name: /^部门自评/ }).getAttribute('title')).toBe('部门整体支出绩效自评表')
    fireEvent.click(within(group).getByRole('button', { name: /^项目自评/ }))
    fireEvent.click(within(group).getByRole('button', { name: /^部门自评/ }))
    expect(store().filters.forms).toEqual(['project-self-evaluation', 'department-self-evaluation'])
    expect(pressed(group)).toEqual(['全部4:false', '结果表1:false', '项目自评2:true', '部门自评1:true'])
    fireEvent.click(within(group).getByRole('button', { name: /^项目自评/ }))
    expect(store().filters.forms).toEqual(['department-self-evaluation'])
    fireEvent.click(within(group).getByRole('button', { name: /^全部/ }))
    expect(store().filters.forms).toEqual([])
  })

  it('counts under every other filter, not its own', () => {
    act(() => useAppStore.setState({ filters: { ...EMPTY_FILTERS, grades: ['优'], forms: ['result'] } }))
    render(<FacetOfStore />)
    expect(pressed(screen.getByRole('group', { name: '按表类筛选' }))).toEqual([
      '全部3:false',
      '结果表1:true',
      '项目自评1:false',
      '部门自评1:false',
    ])
  })

  it('is not shown when the projects in view are all of one kind', () => {
    render(<FormFacet rows={mixed.slice(1, 2)} kinds={['result']} />)
    expect(screen.queryByRole('group')).toBeNull()
  })

  it('is shown while its filter is on, even with one kind in view, so a shared link’s filter can be switched off', () => {
    act(() => useAppStore.setState({ filters: { ...EMPTY_FILTERS, forms: ['department-self-evaluation'] } }))
    render(<FormFacet rows={mixed.slice(1, 2)} kinds={['result']} />)
    const group = screen.getByRole('group', { name: '按表类筛选' })
    expect(pressed(group)).toEqual(['全部1:false', '结果表1:false', '部门自评0:true'])
    fireEvent.click(within(group).getByRole('button', { name: /^全部/ }))
    expect(store().filters.forms).toEqual([])
    expect(screen.queryByRole('group')).toBeNull()
  })

  it('speaks English', () => {
    act(() => store().setLocale('en'))
    render(<FormFacet rows={mixed} kinds={['project-self-evaluation', 'department-self-evaluation']} />)
    expect(pressed(screen.getByRole('group', { name: 'Filter by form' }))).toEqual([
      'All4:true',
      'Projectself-eval2:false',
      'Departmentself-eval1:false',
    ])
  })
})
