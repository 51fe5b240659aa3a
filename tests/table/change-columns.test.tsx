import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ALL_DATASETS, useAppStore } from '../../src/store/app-store.ts'
import { changeScope } from '../../src/table/change-scope.ts'
import { ProjectTable } from '../../src/table/ProjectTable.tsx'
import { twoYears } from '../compare/two-years.ts'
import { viewOf } from '../support/view.ts'

const store = () => useAppStore.getState()
const datasets = twoYears()

/** The table as the app feeds it: the view's sorted rows, and the changes when the view has series. */
function TableOfStore({ active }: { active: string }) {
  const filters = useAppStore((s) => s.filters)
  const sorting = useAppStore((s) => s.sorting)
  const view = viewOf(datasets, active, filters, sorting)
  const scope = changeScope(view.allRows, view.changes)
  return <ProjectTable rows={view.rows} showDataset={view.active === null} changes={scope.columns ? view.changes : null} />
}

const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent?.replace(/[↕↑↓]$/, ''))
const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row')
const column = (id: string) => bodyRows().map((r) => r.querySelector(`[data-col="${id}"]`)?.textContent)
const names = () => bodyRows().map((r) => r.querySelector('th')?.textContent)

describe('the change columns', () => {
  it('follow the grade when the view holds a previous year: score Δ, amount Δ and grade, in text', () => {
    render(<TableOfStore active="y2019" />)
    expect(headers()).toEqual([
      '项目名称',
      '决算金额（万元）',
      '评价分值',
      '评价结论',
      '分值变化',
      '金额变化（万元）',
      '等级变化',
      '预算执行率',
      '问题数',
    ])
    // The arrow is shown, the word after it is read (visually hidden): the direction is never colour alone.
    expect(column('scoreDelta')).toEqual(['↑上升1.00', '0.00', '0.00', '0.00', '↓下降5.62', '0.00', '0.00', '—'])
    expect(column('amountDelta')).toEqual(['↑上升2.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '—'])
    expect(column('gradeChange')).toEqual(['—', '—', '—', '—', '良→中评价结论由良变为中', '—', '—', '—'])
    const fell = bodyRows()[4]!.querySelector('[data-col="scoreDelta"]')!
    expect(fell.className).toBe('num')
    expect(within(fell as HTMLElement).getByText('↓').getAttribute('aria-hidden')).toBe('true')
    expect(bodyRows()[4]!.querySelector('[data-col="gradeChange"] [title]')?.getAttribute('title')).toBe('评价结论由良变为中')
    // A fall in score is coloured as a fall; more money is neither good nor bad, so it has no colour.
    expect(fell.querySelector('.delta')?.className).toBe('delta delta-down')
    expect(bodyRows()[0]!.querySelector('[data-col="amountDelta"] .delta')?.className).toBe('delta')
  })

  it('are not there when no project in view has a previous year', () => {
    render(<TableOfStore active="bundled" />)
    expect(headers()).toEqual(['项目名称', '决算金额（万元）', '评价分值', '评价结论', '预算执行率', '问题数'])
  })

  it('sort: the score change starts with the largest fall, then the largest rise; missing last both ways', () => {
    render(<TableOfStore active={ALL_DATASETS} />)
    const button = within(screen.getByRole('columnheader', { name: /^分值变化/ })).getByRole('button')
    fireEvent.click(button)
    expect(store().sorting).toEqual([{ id: 'scoreDelta', desc: false }])
    expect(screen.getByRole('columnheader', { name: /^分值变化/ }).getAttribute('aria-sort')).toBe('ascending')
    expect(column('scoreDelta').slice(0, 2)).toEqual(['↓下降5.62', '0.00'])
    expect(column('scoreDelta').slice(-2)).toEqual(['—', '—'])
    fireEvent.click(button)
    expect(column('scoreDelta').slice(0, 2)).toEqual(['↑上升1.00', '0.00'])
    expect(column('scoreDelta').slice(-2)).toEqual(['—', '—'])
    expect(names()[0]).toBe('2018年基层党建及队伍教育管理')
  })

  it('sort by the amount change, the largest rise first; the grade change does not sort', () => {
    render(<TableOfStore active="y2019" />)
    fireEvent.click(within(screen.getByRole('columnheader', { name: /^金额变化/ })).getByRole('button'))
    expect(store().sorting).toEqual([{ id: 'amountDelta', desc: true }])
    expect(column('amountDelta')[0]).toBe('↑上升2.00')
    expect(within(screen.getByRole('columnheader', { name: '等级变化' })).queryByRole('button')).toBeNull()
  })

  it('speak English', () => {
    act(() => store().setLocale('en'))
    render(<TableOfStore active="y2019" />)
    expect(headers().slice(4, 7)).toEqual(['Score Δ', 'Amount Δ (10k CNY)', 'Grade change'])
    expect(column('scoreDelta')[4]).toBe('↓down 5.62')
    expect(column('gradeChange')[4]).toBe('良→中Grade went from 良 Good to 中 Fair')
  })
})
