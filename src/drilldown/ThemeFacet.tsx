import { useMemo } from 'react'
import { THEMES, themeTotals } from '../domain/problem-themes.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { useAppStore } from '../store/app-store.ts'
import { FacetToggles } from './FacetToggles.tsx'

export interface ThemeFacetProps {
  /** Every filter but the theme filter applied (ViewModel.themeRows). */
  rows: readonly ProjectRow[]
}

/** The theme filter by keyboard: one toggle per problem theme with the number of projects having it. */
export function ThemeFacet({ rows }: ThemeFacetProps) {
  const selected = useAppStore((s) => s.filters.themes)
  const toggleTheme = useAppStore((s) => s.toggleTheme)
  const setThemes = useAppStore((s) => s.setThemes)
  const options = useMemo(() => {
    const totals = themeTotals(rows)
    return THEMES.map((t, i) => ({ id: t.id, label: t.label, count: totals[i]?.projects ?? 0, description: t.description }))
  }, [rows])
  return (
    <FacetToggles
      label="问题主题"
      options={options}
      selected={selected}
      onToggle={toggleTheme}
      onClear={() => setThemes([])}
      total={rows.length}
    />
  )
}
