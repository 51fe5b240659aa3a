import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ComparisonView } from '../../src/compare/ComparisonView.tsx'
import { EMPTY_FILTERS, filterRows } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { twoYears } from './two-years.ts'

const datasets = twoYears()
const all = datasets.flatMap((d) => d.rows)

/** Each row of a table as its cells' text, header cells included. */
const grid = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent))

describe('ComparisonView', () => {
  it('puts the datasets’ key figures side by side, the grade mix in words', () => {
    render(<ComparisonView datasets={datasets} rows={all} />)
    expect(screen.getByRole('heading', { name: '数据集对比' })).toBeTruthy()
    const table = screen.getByRole('table', { name: '各数据集的关键数字' })
    expect(grid(table)).toEqual([
      ['指标', '中国共产党上海市委员会组织部 2018', '中国共产党上海市委员会组织部 2019'],
      ['项目数', '8', '8'],
      ['决算金额合计（万元）', '3,678.47', '2,811.19'],
      ['平均分', '90.72', '89.82'],
      ['评价结论', '优 5 良 3', '优 4 良 3 中 1'],
      ['平均预算执行率', '81.92%2 / 8 个项目披露', '81.92%2 / 8 个项目披露'],
    ])
    // The table scrolls sideways in its own box, which the keyboard can reach and which is named.
    const box = screen.getByRole('region', { name: '各数据集的关键数字' })
    expect(box.tabIndex).toBe(0)
    expect(box.contains(table)).toBe(true)
  })

  it('draws each grade as a segment as wide as its count, labelled by its grade and count', () => {
    render(<ComparisonView datasets={datasets} rows={all} />)
    const mix = screen.getByRole('table', { name: '各数据集的关键数字' }).querySelectorAll('.grade-mix')[1]!
    expect([...mix.children].map((s) => [s.textContent, s.getAttribute('data-grade'), (s as HTMLElement).style.flexGrow])).toEqual([
      ['优 4', '优', '4'],
      ['良 3', '良', '3'],
      ['中 1', '中', '1'],
    ])
  })

  it('lays out departments by years, each cell its projects, mean score, grades and execution; an empty cell says so', () => {
    render(<ComparisonView datasets={datasets} rows={filterRows(all, { ...EMPTY_FILTERS, grades: ['中'] })} />)
    const table = screen.getByRole('table', { name: '部门 × 年度：项目数、平均分、评价结论与平均预算执行率' })
    expect(grid(table)).toEqual([
      ['部门', '2018 年', '2019 年'],
      ['中国共产党上海市委员会组织部', '—无项目', '1 个项目平均分 79.50中 1执行率 —（0/1 披露）'],
    ])
    expect(within(table).getByText('—').getAttribute('aria-hidden')).toBe('true')
    // The filtered figures: 2018 has no 中 project, 2019 one.
    expect(grid(screen.getByRole('table', { name: '各数据集的关键数字' })).slice(1, 4)).toEqual([
      ['项目数', '0', '1'],
      ['决算金额合计（万元）', '—', '336.18'],
      ['平均分', '—', '79.50'],
    ])
  })

  it('is not shown for one dataset', () => {
    render(<ComparisonView datasets={datasets.slice(0, 1)} rows={datasets[0]!.rows} />)
    expect(screen.queryByRole('heading')).toBeNull()
  })

  it('speaks English; report text stays as written', () => {
    act(() => useAppStore.getState().setLocale('en'))
    render(<ComparisonView datasets={datasets} rows={all} />)
    const table = screen.getByRole('table', { name: 'Key figures of each dataset' })
    expect(grid(table).map((row) => row[0])).toEqual(['Figure', 'Projects', 'Total final amount (10k CNY)', 'Mean score', 'Grades', 'Mean execution rate'])
    expect(grid(table)[4]).toEqual(['Grades', '优 Excellent 5 良 Good 3', '优 Excellent 4 良 Good 3 中 Fair 1'])
    expect(grid(table)[5]![1]).toBe('81.92%2 of 8 stated')
    const departments = screen.getByRole('table', { name: 'Department × year: projects, mean score, grades and mean execution rate' })
    expect(grid(departments)[0]).toEqual(['Department', '2018', '2019'])
    expect(within(departments).getByText('中国共产党上海市委员会组织部').getAttribute('lang')).toBe('zh-CN')
  })
})
