import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { useMemo } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { ProjectRow } from '../../src/domain/project-row.ts'
import { sortRows } from '../../src/domain/view.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { ProjectTable } from '../../src/table/ProjectTable.tsx'
import { bundledRows } from '../support/bundled.ts'

const store = () => useAppStore.getState()

/** What the app does: rows sorted from the store's keys, as deriveView would. */
function SortedTable({ rows }: { rows: ProjectRow[] }) {
  const sorting = useAppStore((s) => s.sorting)
  const sorted = useMemo(() => sortRows(rows, sorting), [rows, sorting])
  return <ProjectTable rows={sorted} />
}

const bodyRows = (): HTMLElement[] => {
  const [, body] = screen.getAllByRole('rowgroup')
  return within(body!).getAllByRole('row')
}
const rowNames = (): string[] => bodyRows().map((r) => within(r).getByRole('rowheader').textContent ?? '')
const header = (name: RegExp): HTMLElement => screen.getByRole('columnheader', { name })
const sortButton = (name: RegExp): HTMLElement => within(header(name)).getByRole('button')
const rowOf = (id: string): HTMLElement => bodyRows().find((r) => r.dataset.rowId === id)!
const ariaSorts = (): (string | null)[] => screen.getAllByRole('columnheader').map((th) => th.getAttribute('aria-sort'))
const tabStops = (): HTMLElement[] => bodyRows().filter((r) => r.tabIndex === 0)

describe('ProjectTable rendering', () => {
  it('renders a captioned table with the six columns and the eight rows in the order given', () => {
    render(<ProjectTable rows={bundledRows} />)
    const table = screen.getByRole('table')
    expect(table.querySelector('caption')?.textContent).toContain('8 个项目')
    expect(screen.getAllByRole('columnheader').map((th) => within(th).getByRole('button').firstChild?.textContent)).toEqual([
      '项目名称',
      '决算金额（万元）',
      '评价分值',
      '评价结论',
      '预算执行率',
      '问题数',
    ])
    expect(rowNames()).toEqual(bundledRows.map((r) => r.project.name))
  })

  it('does not sort by itself: reversed input stays reversed', () => {
    render(<ProjectTable rows={bundledRows.toReversed()} />)
    expect(rowNames()).toEqual(bundledRows.toReversed().map((r) => r.project.name))
  })

  it('formats amounts, scores, grades, rates and problem counts', () => {
    render(<ProjectTable rows={bundledRows} />)
    const cells = (id: string) => within(rowOf(id)).getAllByRole('cell').map((c) => c.textContent)
    expect(cells('bundled/7')).toEqual(['1,059.83', '89.81', '良', '未披露', '3'])
    expect(cells('bundled/2')).toEqual(['139.30', '94.51', '优', '83.63%', '2'])
    const amount = within(rowOf('bundled/7')).getAllByRole('cell')[0]!
    expect(amount.className).toContain('num')
  })

  it('shows 未披露, greyed, never 0, for a project whose report states no execution rate', () => {
    render(<ProjectTable rows={bundledRows} />)
    const rateCell = within(rowOf('bundled/0')).getAllByRole('cell')[3]!
    expect(rateCell.textContent).toBe('未披露')
    expect(within(rateCell).getByText('未披露').className).toContain('missing')
  })

  it('shows an empty state whose 清除筛选 resets the filters', () => {
    act(() => store().setQuery('不存在的词'))
    render(<ProjectTable rows={[]} />)
    expect(screen.getByText('没有符合条件的项目')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }))
    expect(store().filters.query).toBe('')
  })
})

describe('ProjectTable sorting (manual: the store owns the keys)', () => {
  it('first click on 评价分值 sorts descending, the second ascending, the third clears', () => {
    const setSorting = vi.spyOn(store(), 'setSorting')
    useAppStore.setState({ setSorting })
    render(<SortedTable rows={bundledRows} />)
    fireEvent.click(sortButton(/^评价分值/))
    expect(setSorting).toHaveBeenLastCalledWith([{ id: 'score', desc: true }])
    fireEvent.click(sortButton(/^评价分值/))
    expect(setSorting).toHaveBeenLastCalledWith([{ id: 'score', desc: false }])
    fireEvent.click(sortButton(/^评价分值/))
    expect(setSorting).toHaveBeenLastCalledWith([])
  })

  it('first click on 项目名称 sorts ascending', () => {
    render(<SortedTable rows={bundledRows} />)
    fireEvent.click(sortButton(/^项目名称/))
    expect(store().sorting).toEqual([{ id: 'name', desc: false }])
  })

  it('Shift-click on 决算金额 appends a secondary key and numbers the sorted headers', () => {
    render(<SortedTable rows={bundledRows} />)
    fireEvent.click(sortButton(/^评价分值/))
    fireEvent.click(sortButton(/^决算金额/), { shiftKey: true })
    expect(store().sorting).toEqual([
      { id: 'score', desc: true },
      { id: 'amount', desc: true },
    ])
    expect(header(/^评价分值/).getAttribute('aria-sort')).toBe('descending')
    expect(header(/^决算金额/).getAttribute('aria-sort')).toBe('none')
    expect(header(/^决算金额/).querySelector('.sort-order')?.textContent).toBe('2')
    // The button's name is the header whole, with the secondary key's place and direction.
    expect(sortButton(/^决算金额/).getAttribute('aria-label')).toBe('决算金额（万元）（第 2 排序，降序）')
    expect(sortButton(/^评价分值/).getAttribute('aria-label')).toBe('评价分值')
    // A plain click replaces the multi-sort.
    fireEvent.click(sortButton(/^问题数/))
    expect(store().sorting).toEqual([{ id: 'problemCount', desc: true }])
  })

  it('reorders the rows through the store', () => {
    render(<SortedTable rows={bundledRows} />)
    fireEvent.click(sortButton(/^评价分值/))
    const scores = bundledRows.map((r) => r.project.score!).toSorted((a, b) => b - a)
    expect(rowNames()).toEqual(
      scores.map((s) => bundledRows.find((r) => r.project.score === s)!.project.name),
    )
  })

  it('aria-sort on each th reflects the store, on first render and after outside changes', () => {
    act(() => store().setSorting([{ id: 'executionRate', desc: false }]))
    render(<SortedTable rows={bundledRows} />)
    expect(ariaSorts()).toEqual(['none', 'none', 'none', 'none', 'ascending', 'none'])
    act(() => store().setSorting([{ id: 'grade', desc: true }]))
    expect(ariaSorts()).toEqual(['none', 'none', 'none', 'descending', 'none', 'none'])
    act(() => store().setSorting([]))
    expect(ariaSorts()).toEqual(['none', 'none', 'none', 'none', 'none', 'none'])
  })
})

describe('ProjectTable rows: open, keyboard, scroll', () => {
  it('a click opens the row and marks it current', () => {
    render(<ProjectTable rows={bundledRows} />)
    fireEvent.click(rowOf('bundled/3'))
    expect(store().openId).toBe('bundled/3')
    expect(rowOf('bundled/3').getAttribute('aria-current')).toBe('true')
    expect(bodyRows().filter((r) => r.hasAttribute('aria-current'))).toHaveLength(1)
  })

  it('a click that ends a drag-select inside the row (copying a cell) does not open it; a plain click does, on selected text too', () => {
    render(<ProjectTable rows={bundledRows} />)
    const cell = within(rowOf('bundled/3')).getAllByRole('cell')[0]!
    const range = document.createRange()
    range.selectNodeContents(cell.firstChild!)
    const selection = document.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    expect(selection.toString()).toBe(cell.textContent)
    fireEvent.click(cell)
    expect(store().openId).toBeNull()
    expect(rowOf('bundled/3').hasAttribute('aria-current')).toBe(false)
    // Text selected elsewhere (outside the row) does not stop it, nor does a collapsed selection.
    range.selectNodeContents(screen.getByRole('table').querySelector('caption')!)
    fireEvent.click(rowOf('bundled/4'))
    expect(store().openId).toBe('bundled/4')
    selection.collapseToStart()
    fireEvent.click(cell)
    expect(store().openId).toBe('bundled/3')
    // A click on text selected before the press (the selection made for copying) opens the row.
    range.selectNodeContents(cell.firstChild!)
    fireEvent.mouseDown(rowOf('bundled/5'))
    fireEvent.click(rowOf('bundled/5'))
    expect(store().openId).toBe('bundled/5')
    fireEvent.mouseDown(cell)
    fireEvent.click(cell)
    expect(store().openId).toBe('bundled/3')
    selection.removeAllRanges()
  })

  it('Enter on a focused row opens it', () => {
    render(<ProjectTable rows={bundledRows} />)
    const row = rowOf('bundled/5')
    row.focus()
    fireEvent.keyDown(row, { key: 'Enter' })
    expect(store().openId).toBe('bundled/5')
  })

  it('ArrowDown/ArrowUp/Home/End move focus between rows, with one tab stop', () => {
    render(<ProjectTable rows={bundledRows} />)
    expect(tabStops()).toEqual([rowOf('bundled/0')])
    rowOf('bundled/0').focus()
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(rowOf('bundled/1'))
    expect(tabStops()).toEqual([rowOf('bundled/1')])
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(rowOf('bundled/0'))
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(rowOf('bundled/0'))
    fireEvent.keyDown(document.activeElement!, { key: 'End' })
    expect(document.activeElement).toBe(rowOf('bundled/7'))
    fireEvent.keyDown(document.activeElement!, { key: 'Home' })
    expect(document.activeElement).toBe(rowOf('bundled/0'))
    expect(store().openId).toBeNull()
  })

  it('scrolls the open row into view when openId changes from outside, and makes it the tab stop', () => {
    const scrollIntoView = vi.spyOn(Element.prototype, 'scrollIntoView')
    render(<ProjectTable rows={bundledRows} />)
    act(() => store().openProject('bundled/6'))
    expect(scrollIntoView).toHaveBeenCalledTimes(1)
    expect(scrollIntoView.mock.contexts[0]).toBe(rowOf('bundled/6'))
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' })
    expect(rowOf('bundled/6').tabIndex).toBe(0)
    expect(rowOf('bundled/6').getAttribute('aria-current')).toBe('true')
  })
})
