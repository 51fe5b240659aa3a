import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, type ViewFilters } from '../../src/domain/view.ts'
import { ActiveFilters } from '../../src/app/ActiveFilters.tsx'
import { useAppStore } from '../../src/store/app-store.ts'

const store = () => useAppStore.getState()

function FiltersOfStore() {
  const filters = useAppStore((s) => s.filters)
  return <ActiveFilters filters={filters} />
}

const pills = () => [...document.querySelectorAll('.filter-pill')].map((p) => p.firstChild?.textContent)

describe('ActiveFilters: the form-kind filter', () => {
  it('says which form kinds are on, after the flags, and removes them in one click', () => {
    const filters: ViewFilters = { ...EMPTY_FILTERS, flags: ['parse-doubt'], forms: ['project-self-evaluation', 'department-self-evaluation'] }
    act(() => useAppStore.setState({ filters }))
    render(<FiltersOfStore />)
    expect(pills()).toEqual(['审计提示：解析存疑', '表类：项目自评、部门自评'])
    fireEvent.click(screen.getByRole('button', { name: '清除表类：项目自评、部门自评' }))
    expect(store().filters).toEqual({ ...EMPTY_FILTERS, flags: ['parse-doubt'] })
    expect(pills()).toEqual(['审计提示：解析存疑'])
  })

  it('is cleared with every other filter', () => {
    act(() => useAppStore.setState({ filters: { ...EMPTY_FILTERS, query: '工资', forms: ['result'] } }))
    render(<FiltersOfStore />)
    fireEvent.click(within(screen.getByRole('group', { name: '当前筛选' })).getByRole('button', { name: '清除全部筛选' }))
    expect(store().filters).toEqual(EMPTY_FILTERS)
  })

  it('names the kinds in English', () => {
    act(() => {
      store().setLocale('en')
      useAppStore.setState({ filters: { ...EMPTY_FILTERS, forms: ['result'] } })
    })
    render(<FiltersOfStore />)
    expect(pills()).toEqual(['Form: Result'])
  })
})

describe('ActiveFilters: the change filter', () => {
  it('says which changes are on, after the form kinds, and removes them in one click', () => {
    act(() => useAppStore.setState({ filters: { ...EMPTY_FILTERS, forms: ['result'], changes: ['fell', 'gone'] } }))
    render(<FiltersOfStore />)
    expect(pills()).toEqual(['表类：结果表', '年度变化：分值下降、不再出现'])
    fireEvent.click(screen.getByRole('button', { name: '清除年度变化：分值下降、不再出现' }))
    expect(store().filters).toEqual({ ...EMPTY_FILTERS, forms: ['result'] })
    expect(pills()).toEqual(['表类：结果表'])
  })

  it('names the changes in English', () => {
    act(() => {
      store().setLocale('en')
      useAppStore.setState({ filters: { ...EMPTY_FILTERS, changes: ['rose', 'new'] } })
    })
    render(<FiltersOfStore />)
    expect(pills()).toEqual(['Change: Score up, New'])
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: Change: Score up, New' }))
    expect(store().filters.changes).toEqual([])
  })
})

describe('ActiveFilters: rate and problem ranges, departments and years', () => {
  it('says each after its kind (ranges after the score, departments and years after the changes), each removable', () => {
    const filters: ViewFilters = {
      ...EMPTY_FILTERS,
      score: { min: 80, max: null },
      rate: { min: 80, max: 100 },
      problems: { min: 2, max: null },
      changes: ['fell'],
      departments: ['上海市财政局', '上海市教育委员会'],
      years: [2018, 2019],
    }
    act(() => useAppStore.setState({ filters }))
    render(<FiltersOfStore />)
    expect(pills()).toEqual([
      '评价分值 ≥ 80.00',
      '预算执行率 80.00%–100.00%',
      '问题 ≥ 2 条',
      '年度变化：分值下降',
      '主管部门：上海市财政局、上海市教育委员会',
      '年度：2018、2019',
    ])
    fireEvent.click(screen.getByRole('button', { name: '清除预算执行率 80.00%–100.00%' }))
    fireEvent.click(screen.getByRole('button', { name: '清除问题 ≥ 2 条' }))
    fireEvent.click(screen.getByRole('button', { name: '清除主管部门：上海市财政局、上海市教育委员会' }))
    fireEvent.click(screen.getByRole('button', { name: '清除年度：2018、2019' }))
    expect(store().filters).toEqual({ ...EMPTY_FILTERS, score: { min: 80, max: null }, changes: ['fell'] })
  })

  it('speaks English', () => {
    act(() => {
      store().setLocale('en')
      useAppStore.setState({ filters: { ...EMPTY_FILTERS, rate: { min: null, max: 90 }, problems: { min: 1, max: 3 }, years: [2019] } })
    })
    render(<FiltersOfStore />)
    expect(pills()).toEqual(['Execution rate ≤ 90.00%', 'Problems 1–3', 'Year: 2019'])
  })
})
