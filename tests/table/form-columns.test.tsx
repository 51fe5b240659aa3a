import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { useMemo } from 'react'
import { describe, expect, it } from 'vitest'
import type { ProjectRow } from '../../src/domain/project-row.ts'
import { sortRows } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { ProjectTable } from '../../src/table/ProjectTable.tsx'
import { rowsOf } from '../support/project.ts'

const store = () => useAppStore.getState()

const rows = rowsOf(
  { name: '工资性支出', form: 'project-self-evaluation', budgetWan: 120, amountWan: 114, score: 92.5 },
  { name: '培训经费', amountWan: 139.3, score: 94.51, grade: '优' },
  { name: '某某局', form: 'department-self-evaluation', budgetWan: null, amountWan: 1268.72 },
  { name: '办公设备', form: 'project-self-evaluation', budgetWan: 1059.83, amountWan: 1000 },
)

function SortedTable({ list }: { list: ProjectRow[] }) {
  const sorting = useAppStore((s) => s.sorting)
  const sorted = useMemo(() => sortRows(list, sorting), [list, sorting])
  return <ProjectTable rows={sorted} showForms />
}

const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent?.replace(/[↕↑↓]/g, ''))
const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row')
const cells = (row: HTMLElement) => [...row.children].map((c) => c.textContent)

describe('ProjectTable with self-evaluation forms in view', () => {
  it('adds 表类 and 预算（万元） after the name; the form kind in short, its full name as a tooltip', () => {
    render(<ProjectTable rows={rows} showForms />)
    expect(headers()).toEqual(['项目名称', '表类', '预算（万元）', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数'])
    expect(bodyRows().map(cells)).toEqual([
      ['工资性支出', '项目自评', '120.00', '114.00', '92.50', '未披露', '未披露', '0'],
      ['培训经费', '结果表', '—', '139.30', '94.51', '优', '未披露', '0'],
      ['某某局', '部门自评', '—', '1,268.72', '—', '未披露', '未披露', '0'],
      ['办公设备', '项目自评', '1,059.83', '1,000.00', '—', '未披露', '未披露', '0'],
    ])
    const form = bodyRows()[2]!.querySelector('[data-col="form"] span')!
    expect(form.getAttribute('title')).toBe('部门整体支出绩效自评表')
    expect(bodyRows()[0]!.querySelector('[data-col="budget"]')?.className).toBe('num')
  })

  it('keeps today’s columns without forms in view', () => {
    render(<ProjectTable rows={rows} />)
    expect(headers()).toEqual(['项目名称', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数'])
  })

  it('sorts by budget, largest first, a missing budget last; the form kind is a plain header', () => {
    render(<SortedTable list={rows} />)
    const formHeader = screen.getByRole('columnheader', { name: '表类' })
    expect(within(formHeader).queryByRole('button')).toBeNull()
    expect(formHeader.hasAttribute('aria-sort')).toBe(false)
    fireEvent.click(within(screen.getByRole('columnheader', { name: /^预算（万元）/ })).getByRole('button'))
    expect(store().sorting).toEqual([{ id: 'budget', desc: true }])
    expect(bodyRows().map((r) => r.querySelector('th')?.textContent)).toEqual(['办公设备', '工资性支出', '培训经费', '某某局'])
    expect(screen.getByRole('columnheader', { name: /^预算（万元）/ }).getAttribute('aria-sort')).toBe('descending')
  })

  it('labels the columns in English', () => {
    act(() => store().setLocale('en'))
    render(<ProjectTable rows={rows} showForms showDataset />)
    expect(headers()).toEqual([
      'Dataset',
      'Project name',
      'Form',
      'Budget (10k CNY)',
      'Final amount (10k CNY)',
      'Score',
      'Grade',
      'Execution rate',
      'Problems',
    ])
    expect(bodyRows().map((r) => r.querySelector('[data-col="form"]')?.textContent)).toEqual([
      'Project self-eval',
      'Result',
      'Department self-eval',
      'Project self-eval',
    ])
  })

  it('marks every cell with its column, so narrow screens keep only name and score as before', () => {
    render(<ProjectTable rows={rows} showForms />)
    expect([...bodyRows()[0]!.children].map((c) => c.getAttribute('data-col'))).toEqual([
      'name',
      'form',
      'budget',
      'amount',
      'score',
      'grade',
      'executionRate',
      'problemCount',
    ])
    expect(screen.getAllByRole('columnheader').map((th) => th.getAttribute('data-col'))).toEqual([
      'name',
      'form',
      'budget',
      'amount',
      'score',
      'grade',
      'executionRate',
      'problemCount',
    ])
  })
})
