import { useId, useMemo } from 'react'
import type { ThemeId } from '../domain/problem-themes.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { EChart, type EChartHandlers } from './EChart.tsx'
import { buildThemeOption, HEATMAP_MAX_PROJECTS, themeClickOf } from './theme-option.ts'
import { useChartEnv } from './use-chart-env.ts'
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
export function ThemeChart({ rows, selectedThemes }: ThemeChartProps) {
  const headingId = useId()
  const env = useChartEnv()
  const toggleTheme = useAppStore((s) => s.toggleTheme)
  const openProject = useAppStore((s) => s.openProject)
  const model = useMemo(() => buildThemeOption(rows, selectedThemes, env), [rows, selectedThemes, env])
  const messages = messagesFor(env.locale)
  const t = messages.charts.theme

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

  const heatmap = model.mode === 'heatmap'
  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p className="chart-caption">{heatmap ? t.heatmapCaption : t.barsCaption(HEATMAP_MAX_PROJECTS)}</p>
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
        />
      )}
    </section>
  )
}
