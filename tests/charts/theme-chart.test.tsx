// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EChartProps } from '../../src/charts/EChart.tsx'
import { ThemeChart } from '../../src/charts/ThemeChart.tsx'
import { toRows } from '../../src/domain/project-row.ts'
import { useAppStore } from '../../src/store/app-store.ts'
import { bundled, bundledRows } from '../support/bundled.ts'

/** jsdom has no canvas: the stand-in renders the accessible element and hands out the props. */
const last: { props: EChartProps | null } = { props: null }
vi.mock('../../src/charts/EChart.tsx', () => ({
  EChart: (props: EChartProps) => {
    last.props = props
    return <div role="img" aria-label={props.ariaLabel} />
  },
}))

const fire = (params: unknown) => last.props?.onEvents?.click?.(params)
const store = () => useAppStore.getState()
const cell = (theme: string, rowId: string) => ({ componentType: 'series', data: { theme, rowId, value: [0, 0, 1] } })

// jsdom's browser prefers en-US: these tests read the Chinese interface.
const initialState = { ...useAppStore.getState(), locale: 'zh' as const }
beforeEach(() => useAppStore.setState(initialState, true))
afterEach(() => {
  cleanup()
  last.props = null
})

describe('ThemeChart', () => {
  it('has a heading, a caption and a described heat map for the bundled report', () => {
    render(<ThemeChart rows={bundledRows} selectedThemes={[]} />)
    expect(screen.getByRole('region', { name: '问题主题' })).toBeTruthy()
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^热力图：各问题主题在各项目中出现的条数，共8个项目。预算编制6个项目6条/)
    expect(screen.getByText(/点击格子按主题筛选并打开项目/)).toBeTruthy()
    expect(last.props?.height).toBe(272)
    expect(last.props?.exportName).toBe('问题主题')
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
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^条形图：/)
    expect(screen.getByText(/项目多于40个，按主题显示出现该主题的项目数/)).toBeTruthy()
    fire({ componentType: 'series', name: 'funds', data: { id: 'funds', value: 24 } })
    expect(store().filters.themes).toEqual(['funds'])
    expect(store().openId).toBeNull()
  })

  it('shows no chart without projects', () => {
    render(<ThemeChart rows={[]} selectedThemes={[]} />)
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByText('没有项目。')).toBeTruthy()
  })
})
