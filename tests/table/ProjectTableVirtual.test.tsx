import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAppStore } from '../../src/store/app-store.ts'
import { ProjectTable } from '../../src/table/ProjectTable.tsx'
import { ESTIMATED_ROW_HEIGHT } from '../../src/table/use-row-virtualizer.ts'
import { rowsOf } from '../support/project.ts'

/*
 * jsdom has no layout: the virtualizer sees the fallback box (800 px) and rows of the estimated
 * height, and cannot scroll. That is enough to check what is rendered, the ARIA counts and that
 * keyboard moves reach rows far outside the rendered window.
 */

const COUNT = 10_000
const manyRows = rowsOf(...Array.from({ length: COUNT }, (_, i) => ({ name: `项目${i}`, score: 60 + (i % 40) })))
const lastId = `t/${COUNT - 1}`

const store = () => useAppStore.getState()

const body = (): HTMLTableSectionElement => screen.getByRole('table').querySelector('tbody')!
/** Every <tr> of the body, spacers included. */
const allBodyTrs = (): HTMLTableRowElement[] => [...body().rows]
/** The project rows a user (and assistive technology) finds. */
const projectRows = (): HTMLElement[] => within(body()).getAllByRole('row')
const rowOf = (id: string): HTMLElement | undefined => projectRows().find((r) => r.dataset.rowId === id)
const focusedRowId = (): string | undefined => (document.activeElement as HTMLElement | null)?.dataset.rowId
const spacerHeights = (): number[] =>
  allBodyTrs()
    .filter((tr) => tr.classList.contains('virtual-spacer'))
    .map((tr) => Number.parseFloat(tr.cells[0]!.style.height))
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key })

describe('ProjectTable with 10,000 rows', () => {
  it('renders at most 100 rows, the first ones in order, with spacers standing in for the rest', () => {
    render(<ProjectTable rows={manyRows} />)
    const rows = projectRows()
    expect(allBodyTrs().length).toBeLessThanOrEqual(100)
    expect(rows.length).toBeGreaterThanOrEqual(10)
    expect(rows.map((r) => r.dataset.rowId)).toEqual(rows.map((_, i) => `t/${i}`))
    // The spacers are hidden from assistive technology and add up to the rows not rendered.
    const spacers = allBodyTrs().filter((tr) => tr.classList.contains('virtual-spacer'))
    expect(spacers.every((tr) => tr.getAttribute('aria-hidden') === 'true')).toBe(true)
    expect(spacerHeights().reduce((a, b) => a + b, 0)).toBe((COUNT - rows.length) * ESTIMATED_ROW_HEIGHT)
  })

  it('tells the size: aria-rowcount is 10,000 rows plus the header row, aria-rowindex counts from the header', () => {
    render(<ProjectTable rows={manyRows} />)
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(COUNT + 1))
    const [headerRow] = within(screen.getAllByRole('rowgroup')[0]!).getAllByRole('row')
    expect(headerRow!.getAttribute('aria-rowindex')).toBe('1')
    expect(projectRows().slice(0, 3).map((r) => r.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4'])
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toContain('10000 个项目')
  })

  it('End focuses the last row, which it renders first; Home goes back to the first', () => {
    render(<ProjectTable rows={manyRows} />)
    expect(rowOf(lastId)).toBeUndefined()
    rowOf('t/0')!.focus()
    act(() => press('End'))
    expect(focusedRowId()).toBe(lastId)
    expect(rowOf(lastId)!.getAttribute('aria-rowindex')).toBe(String(COUNT + 1))
    expect(projectRows().filter((r) => r.tabIndex === 0).map((r) => r.dataset.rowId)).toEqual([lastId])
    expect(allBodyTrs().length).toBeLessThanOrEqual(100)
    act(() => press('ArrowUp'))
    expect(focusedRowId()).toBe(`t/${COUNT - 2}`)
    act(() => press('Home'))
    expect(focusedRowId()).toBe('t/0')
    expect(store().openId).toBeNull()
  })

  it('PageDown and PageUp move by a page of rows, never past the ends', () => {
    render(<ProjectTable rows={manyRows} />)
    rowOf('t/0')!.focus()
    act(() => press('PageDown'))
    const page = Number(focusedRowId()!.slice(2))
    // The 800 px fallback box holds 16 rows of 48 px: a page keeps one of them in sight.
    expect(page).toBe(800 / ESTIMATED_ROW_HEIGHT - 1 | 0)
    act(() => press('PageDown'))
    expect(focusedRowId()).toBe(`t/${2 * page}`)
    act(() => press('PageUp'))
    act(() => press('PageUp'))
    act(() => press('PageUp'))
    expect(focusedRowId()).toBe('t/0')
  })

  it('Enter on the last row opens it', () => {
    render(<ProjectTable rows={manyRows} />)
    rowOf('t/0')!.focus()
    act(() => press('End'))
    act(() => press('Enter'))
    expect(store().openId).toBe(lastId)
    expect(rowOf(lastId)!.getAttribute('aria-current')).toBe('true')
  })

  it('renders, marks and makes the tab stop a row opened from outside, and keeps it after the drawer closes', () => {
    render(<ProjectTable rows={manyRows} />)
    act(() => store().openProject('t/7000'))
    expect(rowOf('t/7000')!.getAttribute('aria-current')).toBe('true')
    expect(rowOf('t/7000')!.tabIndex).toBe(0)
    expect(projectRows().filter((r) => r.hasAttribute('aria-current'))).toHaveLength(1)
    // The drawer's Escape looks the row up by data-row-id to give it the focus back.
    act(() => store().openProject(null))
    expect(document.querySelector('[data-row-id="t/7000"]')).not.toBeNull()
    expect(rowOf('t/7000')!.hasAttribute('aria-current')).toBe(false)
    expect(allBodyTrs().length).toBeLessThanOrEqual(100)
  })

  it('renders and marks the row under a chart’s keyboard cursor, far down, without taking the focus', () => {
    render(<ProjectTable rows={manyRows} />)
    const before = document.activeElement
    act(() => store().setChartCursor('t/8000'))
    expect(rowOf('t/8000')!.getAttribute('data-chart-cursor')).toBe('true')
    expect(rowOf('t/8000')!.classList.contains('is-chart-cursor')).toBe(true)
    expect(projectRows().filter((r) => r.hasAttribute('data-chart-cursor')).map((r) => r.dataset.rowId)).toEqual(['t/8000'])
    expect(document.activeElement).toBe(before)
    expect(rowOf('t/8000')!.tabIndex).toBe(-1)
    act(() => store().setChartCursor(null))
    expect(document.querySelector('[data-chart-cursor]')).toBeNull()
    expect(allBodyTrs().length).toBeLessThanOrEqual(100)
  })

  it('keeps the focused row and the last opened one rendered, far apart, in order with spacers between', () => {
    render(<ProjectTable rows={manyRows} />)
    act(() => store().openProject('t/5000'))
    act(() => store().openProject(null))
    rowOf('t/5000')!.focus()
    act(() => press('End'))
    expect(focusedRowId()).toBe(lastId)
    expect(rowOf('t/5000')).toBeDefined()
    const rows = projectRows()
    const indexes = rows.map((r) => Number(r.getAttribute('aria-rowindex')))
    expect(indexes).toEqual(indexes.toSorted((a, b) => a - b))
    expect(spacerHeights()).toHaveLength(2)
    expect(spacerHeights().reduce((a, b) => a + b, 0)).toBe((COUNT - rows.length) * ESTIMATED_ROW_HEIGHT)
  })

  it('renders every row while the page is printed, and only the rows in view again afterwards', () => {
    const rows = manyRows.slice(0, 300)
    render(<ProjectTable rows={rows} />)
    expect(allBodyTrs().length).toBeLessThan(100)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(projectRows().map((r) => r.dataset.rowId)).toEqual(rows.map((r) => r.id))
    expect(spacerHeights()).toEqual([])
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(allBodyTrs().length).toBeLessThan(100)
  })
})
