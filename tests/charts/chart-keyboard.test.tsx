import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { GradeChart } from '../../src/charts/GradeChart.tsx'
import { RateChart } from '../../src/charts/RateChart.tsx'
import { ScatterChart } from '../../src/charts/ScatterChart.tsx'
import { ThemeChart } from '../../src/charts/ThemeChart.tsx'
import { useAppStore } from '../../src/store/app-store.ts'
import { clearAnnouncements, currentAnnouncement } from '../../src/ui/announcer.ts'
import { lastChart } from '../setup/echart-stand-in.ts'
import { bundledRows } from '../support/bundled.ts'

const store = () => useAppStore.getState()
const chart = () => screen.getByRole('application')
/** Presses a key on the chart; true when the chart handled it (default prevented). */
const press = (key: string): boolean => !fireEvent.keyDown(chart(), { key })
const said = () => currentAnnouncement()?.text
const mark = () => lastChart.props?.keyboard?.mark ?? null

describe('the scatter by keyboard', () => {
  it('moves the cursor left to right by amount, says each point and marks its project for the table', () => {
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    chart().focus()
    expect(mark()).toBeNull()
    expect(said()).toBeUndefined()
    expect(press('ArrowRight')).toBe(true)
    expect(said()).toBe('2018年干部考评和人才发展工作经费，决算金额 139.30 万元，评价分值 94.51，评价结论 优，1 / 8')
    expect(mark()).toEqual({ seriesIndex: 0, dataIndex: 2 })
    expect(store().chartCursorId).toBe('bundled/2')
    press('ArrowRight')
    expect(said()).toBe('2018年度领导干部培训经费项目，决算金额 267.36 万元，评价分值 90.13，评价结论 优，2 / 8')
    expect(store().chartCursorId).toBe('bundled/3')
    expect(currentAnnouncement()?.reportText).toBe('2018年度领导干部培训经费项目')
  })

  it('goes up and down by score, to the ends with Home and End, and says the point again at an end', () => {
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    press('ArrowRight')
    press('ArrowRight')
    // From 90.13 the next higher score is 90.61, then 92.83.
    press('ArrowUp')
    expect(store().chartCursorId).toBe('bundled/5')
    press('ArrowUp')
    expect(store().chartCursorId).toBe('bundled/1')
    press('ArrowDown')
    expect(store().chartCursorId).toBe('bundled/5')
    press('End')
    expect(said()).toBe('2018年组织部门建设和管理工作，决算金额 1,059.83 万元，评价分值 89.81，评价结论 良，8 / 8')
    const id = currentAnnouncement()?.id ?? 0
    press('ArrowRight')
    expect(currentAnnouncement()).toMatchObject({ id: id + 1, text: said() })
    expect(store().chartCursorId).toBe('bundled/7')
    press('Home')
    expect(store().chartCursorId).toBe('bundled/2')
  })

  it('opens the project under the cursor with Enter, not before there is one', () => {
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    expect(press('Enter')).toBe(false)
    expect(store().openId).toBeNull()
    press('End')
    expect(press('Enter')).toBe(true)
    expect(store().openId).toBe('bundled/7')
  })

  it('leaves the cursor with Escape, which then goes on to close a drawer', () => {
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    press('ArrowRight')
    expect(press('Escape')).toBe(true)
    expect(mark()).toBeNull()
    expect(store().chartCursorId).toBeNull()
    expect(press('Escape')).toBe(false)
    // The cursor starts again from the first point.
    press('ArrowRight')
    press('ArrowRight')
    expect(store().chartCursorId).toBe('bundled/3')
  })

  it('hides the cursor when the chart loses the focus and shows it where it was when the focus comes back', () => {
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    chart().focus()
    press('ArrowRight')
    press('ArrowRight')
    act(() => chart().blur())
    expect(mark()).toBeNull()
    expect(store().chartCursorId).toBeNull()
    clearAnnouncements()
    act(() => chart().focus())
    expect(mark()).toEqual({ seriesIndex: 0, dataIndex: 3 })
    expect(store().chartCursorId).toBe('bundled/3')
    expect(said()).toBe('2018年度领导干部培训经费项目，决算金额 267.36 万元，评价分值 90.13，评价结论 优，2 / 8')
  })

  it('speaks English in the English interface', () => {
    useAppStore.setState({ locale: 'en' })
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    press('ArrowRight')
    expect(said()).toBe('2018年干部考评和人才发展工作经费, final amount 139.30 (10k CNY), score 94.51, grade 优 Excellent, 1 / 8')
    expect(lastChart.props?.keyboard?.hint).toBe(
      'Keyboard: ←/→ step through the points by final amount, ↑/↓ by score, Home/End go to the first/last, Enter opens the project, Esc leaves.',
    )
  })

  it('ignores keys with Ctrl, Alt or Meta, which belong to the browser', () => {
    render(<ScatterChart rows={bundledRows} openId={null} brush={null} />)
    expect(!fireEvent.keyDown(chart(), { key: 'ArrowRight', ctrlKey: true })).toBe(false)
    expect(mark()).toBeNull()
  })
})

describe('the other charts by keyboard', () => {
  it('grade chart: Enter toggles the grade under the cursor', () => {
    const { rerender } = render(<GradeChart rows={bundledRows} selectedGrades={[]} />)
    press('ArrowRight')
    press('ArrowRight')
    expect(said()).toBe('良：3 个项目，占决算金额 45.3%，2 / 4')
    expect(store().chartCursorId).toBeNull()
    press('Enter')
    expect(store().filters.grades).toEqual(['良'])
    rerender(<GradeChart rows={bundledRows} selectedGrades={store().filters.grades} />)
    press('ArrowLeft')
    press('ArrowRight')
    expect(said()).toBe('良：3 个项目，占决算金额 45.3%，筛选中，2 / 4')
    press(' ')
    expect(store().filters.grades).toEqual([])
    expect(lastChart.props?.keyboard?.hint).toBe('键盘：←/→ 在等级间移动，Enter 按该等级筛选（再按一次取消），Esc 离开。')
  })

  it('rate chart: Down steps through the bars and Enter opens the project', () => {
    render(<RateChart rows={bundledRows} openId={null} />)
    press('ArrowDown')
    press('ArrowDown')
    expect(said()).toBe('2018年度领导干部培训经费项目，预算执行率 80.21%，2 / 2')
    expect(store().chartCursorId).toBe('bundled/3')
    press('Enter')
    expect(store().openId).toBe('bundled/3')
  })

  it('theme heat map: Down goes to the next project, Enter filters by the theme and opens the project; again lifts the filter', () => {
    const { rerender } = render(<ThemeChart rows={bundledRows} selectedThemes={[]} />)
    press('ArrowRight')
    press('ArrowRight')
    expect(said()).toBe('2018年基层党建及队伍教育管理，资金使用与核算：1 条问题，2 / 27')
    press('ArrowDown')
    // The next project has 预算编制 and 绩效目标与指标, both two columns from 资金使用与核算: the left one.
    expect(said()).toBe('2018年党代表工作经费，预算编制：1 条问题，4 / 27')
    expect(store().chartCursorId).toBe('bundled/1')
    press('Enter')
    expect(store().filters.themes).toEqual(['budgeting'])
    expect(store().openId).toBe('bundled/1')
    rerender(<ThemeChart rows={bundledRows} selectedThemes={store().filters.themes} />)
    store().openProject(null)
    press('Enter')
    expect(store().filters.themes).toEqual([])
    expect(store().openId).toBeNull()
  })
})
