import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ThemeChart } from '../../src/charts/ThemeChart.tsx'
import { toRows } from '../../src/domain/project-row.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { lastChart } from '../setup/echart-stand-in.ts'
import { bundled, bundledRows } from '../support/bundled.ts'

const fire = (params: unknown) => lastChart.props?.onEvents?.click?.(params)
const store = () => useAppStore.getState()
const cell = (theme: string, rowId: string) => ({ componentType: 'series', data: { theme, rowId, value: [0, 0, 1] } })

describe('ThemeChart', () => {
  it('has a heading, a caption and a described heat map for the bundled report', () => {
    render(<ThemeChart rows={bundledRows} selectedThemes={[]} />)
    expect(screen.getByRole('region', { name: '问题主题' })).toBeTruthy()
    expect(screen.getByRole('application').getAttribute('aria-label')).toMatch(/^热力图：各问题主题在各项目中出现的条数，共8个项目。预算编制6个项目6条/)
    expect(screen.getByText(/点击格子按主题筛选并打开项目/)).toBeTruthy()
    expect(lastChart.props?.height).toBe(280)
    expect(lastChart.props?.exportName).toBe('问题主题')
  })

  it('filters by the theme of a clicked cell and opens its project; a second click lifts the filter', () => {
    const { rerender } = render(<ThemeChart rows={bundledRows} selectedThemes={[]} />)
    fire(cell('contracts', 'bundled/5'))
    expect(store().filters.themes).toEqual(['contracts'])
    expect(store().openId).toBe('bundled/5')
    rerender(<ThemeChart rows={bundledRows} selectedThemes={store().filters.themes} />)
    store().openProject(null)
    fire(cell('contracts', 'bundled/6'))
    expect(store().filters.themes).toEqual([])
    expect(store().openId).toBeNull()
  })

  it('toggles a theme from its name, and opens a project from its name', () => {
    render(<ThemeChart rows={bundledRows} selectedThemes={[]} />)
    fire({ componentType: 'xAxis', value: 'records' })
    expect(store().filters.themes).toEqual(['records'])
    expect(store().openId).toBeNull()
    fire({ componentType: 'yAxis', value: 'bundled/3' })
    expect(store().openId).toBe('bundled/3')
    fire({ componentType: 'visualMap' })
    expect(store().filters.themes).toEqual(['records'])
  })

  it('switches to bars, and says why, above 40 projects', () => {
    const rows = Array.from({ length: 6 }, (_, k) => toRows(`c${k}`, bundled.dataset.projects)).flat()
    render(<ThemeChart rows={rows} selectedThemes={[]} />)
    expect(screen.getByRole('application').getAttribute('aria-label')).toMatch(/^条形图：/)
    expect(screen.getByText(/项目多于40个，按主题显示出现该主题的项目数/)).toBeTruthy()
    fire({ componentType: 'series', name: 'funds', data: { id: 'funds', value: 24 } })
    expect(store().filters.themes).toEqual(['funds'])
    expect(store().openId).toBeNull()
  })

  it('shows no chart without projects', () => {
    render(<ThemeChart rows={[]} selectedThemes={[]} />)
    expect(screen.queryByRole('application')).toBeNull()
    expect(screen.getByText('当前筛选下没有项目。')).toBeTruthy()
  })
})
