import { memo, useId, useMemo, useRef } from 'react'
import type { ThemeId } from '../domain/problem-themes.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { themeBarCursor, themeCellCursor } from './cursor-targets.ts'
import { EChart, type EChartHandlers } from './EChart.tsx'
import { buildThemeOption, HEATMAP_MAX_PROJECTS, themeAxisFit, themeClickOf } from './theme-option.ts'
import { useChartCursor } from './use-chart-cursor.ts'
import { useChartEnv } from './use-chart-env.ts'
import { useElementWidth } from './use-element-width.ts'
import './charts.css'

export interface ThemeChartProps {
  /**
   * Every filter but the theme filter applied (ViewModel.themeRows), so a dimmed theme can be
   * clicked back; in document order.
   */
  rows: readonly ProjectRow[]
  /** The store's filters.themes: highlighted, the other themes dimmed; empty means no theme filter. */
  selectedThemes: readonly ThemeId[]
}

/**
 * Which problems recur: a themes × projects heat map for up to HEATMAP_MAX_PROJECTS projects, one
 * bar per theme (projects having it) beyond. A click on a cell filters by its theme and opens its
 * project, where the theme's items are marked; a click on a theme's name or bar toggles the theme.
 */
export const ThemeChart = memo(function ThemeChart({ rows, selectedThemes }: ThemeChartProps) {
  const headingId = useId()
  const panel = useRef<HTMLElement>(null)
  const env = useChartEnv()
  const toggleTheme = useAppStore((s) => s.toggleTheme)
  const openProject = useAppStore((s) => s.openProject)
  // The labels' fit changes at a few widths only: the option is rebuilt then, not at every pixel.
  const { upright, nameChars } = themeAxisFit(useElementWidth(panel), env.locale)
  const model = useMemo(
    () => buildThemeOption(rows, selectedThemes, env, { upright, nameChars }),
    [rows, selectedThemes, env, upright, nameChars],
  )
  const messages = messagesFor(env.locale)
  const t = messages.charts.theme
  const heatmap = model.mode === 'heatmap'
  const cursor = useMemo(
    () =>
      model.mode === 'heatmap'
        ? themeCellCursor(model.cells, rows, selectedThemes, env.locale)
        : themeBarCursor(model.totals, selectedThemes, env.locale),
    [model, rows, selectedThemes, env.locale],
  )
  const keyboard = useChartCursor(cursor, heatmap ? t.heatmapKeys : t.barsKeys)

  const onEvents: EChartHandlers = {
    click: (params) => {
      const click = themeClickOf(params)
      if (click === null) return
      if (click.theme === null) {
        if (click.rowId !== null) openProject(click.rowId)
        return
      }
      const turningOn = !selectedThemes.includes(click.theme)
      toggleTheme(click.theme)
      if (turningOn && click.rowId !== null) openProject(click.rowId)
    },
  }

  return (
    <section ref={panel} className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p className="chart-caption">
        {heatmap ? t.heatmapCaption : t.barsCaption(HEATMAP_MAX_PROJECTS)}
        <span className="screen-only">{heatmap ? t.heatmapHint : t.barsHint}</span>
      </p>
      {rows.length === 0 ? (
        <p className="chart-caption">{messages.charts.noProjects}</p>
      ) : (
        <EChart
          option={model.option}
          ariaLabel={model.description}
          height={model.height}
          onEvents={onEvents}
          theme={env.dark ? 'dark' : null}
          exportName={t.file}
          keyboard={keyboard}
        />
      )}
    </section>
  )
})
