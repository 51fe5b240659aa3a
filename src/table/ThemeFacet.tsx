import { memo, useMemo } from 'react'
import { THEME_IDS, themeTotals } from '../domain/problem-themes.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { FacetToggles } from './FacetToggles.tsx'

export interface ThemeFacetProps {
  /** Every filter but the theme filter applied (ViewModel.themeRows). */
  rows: readonly ProjectRow[]
}

/** The theme filter by keyboard: one toggle per problem theme with the number of projects having it. */
export const ThemeFacet = memo(function ThemeFacet({ rows }: ThemeFacetProps) {
  const selected = useAppStore((s) => s.filters.themes)
  const toggleTheme = useAppStore((s) => s.toggleTheme)
  const setThemes = useAppStore((s) => s.setThemes)
  const t = useMessages()
  const totals = useMemo(() => themeTotals(rows), [rows])
  const options = THEME_IDS.map((id, i) => ({
    id,
    label: t.themes[id].label,
    count: totals[i]?.projects ?? 0,
    description: t.themes[id].description,
  }))
  return (
    <FacetToggles
      label={t.facets.themes}
      groupLabel={t.facets.group(t.facets.themes)}
      allLabel={t.common.all}
      options={options}
      selected={selected}
      onToggle={toggleTheme}
      onClear={() => setThemes([])}
      total={rows.length}
    />
  )
})
