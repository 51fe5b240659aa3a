import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { GradeChart } from '../../src/charts/GradeChart.tsx'
import { RateChart } from '../../src/charts/RateChart.tsx'
import { ScatterChart } from '../../src/charts/ScatterChart.tsx'
import { useAppStore } from '../../src/store/app-store.ts'
import { bundledRows } from '../support/bundled.ts'
import { lastChart } from '../setup/echart-stand-in.ts'
import { rowsOf, XSS_NAME } from '../support/project.ts'

const fire = (event: string, params: unknown) => lastChart.props?.onEvents?.[event]?.(params)

describe('ScatterChart', () => {
  it('has a heading, a caption and a described chart', () => {
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    expect(screen.getByRole('heading', { level: 2, name: '决算金额与评价分值' })).toBeTruthy()
    expect(screen.getByRole('region', { name: '决算金额与评价分值' })).toBeTruthy()
    expect(screen.getByRole('application').getAttribute('aria-label')).toMatch(/^散点图：8个项目/)
    expect(screen.getByText('未框选：显示全部金额与分值。')).toBeTruthy()
  })

  it('opens the clicked project', () => {
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    fire('click', { componentType: 'series', value: [989.28, 90.61, 4] })
    expect(useAppStore.getState().openId).toBe('bundled/5')
  })

  it('stores a drawn rectangle as the brush, and clears it from the toolbox or the button', () => {
    const { rerender } = render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    fire('brushEnd', { areas: [{ brushType: 'rect', coordRange: [[100.004, 400], [85, 95]] }] })
    const brush = useAppStore.getState().filters.brush
    expect(brush).toEqual({ amount: [100, 400], score: [85, 95] })

    rerender(<ScatterChart rows={bundledRows} openId={null} brush={brush} />)
    expect(lastChart.props?.actions).toEqual([
      { type: 'brush', areas: [{ brushType: 'rect', xAxisIndex: 0, yAxisIndex: 0, coordRange: [[100, 400], [85, 95]] }] },
    ])
    expect(screen.getByText(/框选：金额 100\.00–400\.00 万元，分值 85\.00–95\.00/)).toBeTruthy()
    fire('brush', { type: 'brush', command: 'clear', areas: [] })
    expect(useAppStore.getState().filters.brush).toBeNull()

    useAppStore.getState().setBrush(brush)
    fireEvent.click(screen.getByRole('button', { name: '清除框选' }))
    expect(useAppStore.getState().filters.brush).toBeNull()
  })

  it('ignores its own redraw of the brush (no command) and an unchanged rectangle', () => {
    const brush = { amount: [100, 400], score: [85, 95] } as const
    useAppStore.getState().setBrush(brush)
    const filters = useAppStore.getState().filters
    render(<ScatterChart rows={bundledRows} openId={null} brush={brush} />)
    fire('brush', { type: 'brush', areas: [] })
    fire('brushEnd', { areas: [{ brushType: 'rect', coordRange: [[100, 400], [85, 95]] }] })
    expect(useAppStore.getState().filters).toBe(filters)
  })
})

describe('GradeChart', () => {
  it('toggles the grade of a clicked bar or axis label', () => {
    render(<GradeChart rows={bundledRows} selectedGrades={[]} />)
    expect(screen.getByRole('heading', { level: 2, name: '评价等级分布' })).toBeTruthy()
    expect(screen.getByRole('application').getAttribute('aria-label')).toContain('优5项（占金额54.7%）')
    fire('click', { componentType: 'series', name: '良' })
    fire('click', { componentType: 'xAxis', value: '差' })
    expect(useAppStore.getState().filters.grades).toEqual(['良', '差'])
    fire('click', { componentType: 'series', name: '良' })
    expect(useAppStore.getState().filters.grades).toEqual(['差'])
  })
})

describe('charts with no project in view', () => {
  it('say so in one line instead of drawing empty axes or 未披露 shares', () => {
    render(
      <>
        <ScatterChart rows={[]} openId={null} brush={null} />
        <GradeChart rows={[]} selectedGrades={[]} />
        <RateChart rows={[]} openId={null} />
      </>,
    )
    expect(screen.queryByRole('application')).toBeNull()
    expect(screen.getAllByText('当前筛选下没有项目。')).toHaveLength(3)
    expect(screen.queryByText(/未披露/)).toBeNull()
  })
})

describe('RateChart', () => {
  it('lists the projects without a stated rate as 未披露 text beside the chart', () => {
    render(<RateChart rows={bundledRows} openId={null} />)
    expect(screen.getByRole('heading', { level: 2, name: '预算执行率' })).toBeTruthy()
    expect(screen.getByRole('application').getAttribute('aria-label')).toMatch(/^条形图：2个项目/)
    const list = screen.getByRole('list')
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(6)
    expect(items[0]?.textContent).toBe('2018年基层党建及队伍教育管理未披露')
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('未披露（6个项目）')
    fireEvent.click(within(list).getByRole('button', { name: '2018年党代表工作经费' }))
    expect(useAppStore.getState().openId).toBe('bundled/1')
  })

  it('opens the project of a clicked bar', () => {
    render(<RateChart rows={bundledRows} openId={null} />)
    fire('click', { data: { id: 'bundled/3', value: 80.21 } })
    expect(useAppStore.getState().openId).toBe('bundled/3')
  })

  it('renders a hostile name as text, never as markup', () => {
    const { container } = render(<RateChart rows={rowsOf({ name: XSS_NAME })} openId={null} />)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByRole('button', { name: XSS_NAME })).toBeTruthy()
    expect(screen.queryByRole('application')).toBeNull()
    expect(screen.getByText('没有项目披露预算执行率。')).toBeTruthy()
  })
})
