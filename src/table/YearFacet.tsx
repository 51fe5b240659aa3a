import { memo, useMemo } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import { countBy, type PlaceLookup } from '../domain/row-place.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { FacetToggles } from './FacetToggles.tsx'

export interface YearFacetProps {
  /** Every filter but the year filter applied (ViewModel.yearRows). */
  rows: readonly ProjectRow[]
  /** The years of the projects in view, before any filter, ascending (ViewModel.years). */
  years: readonly number[]
  placeOf: PlaceLookup
}

/**
 * The year filter: one toggle per year in view (the dataset's year, else the year the project's
 * name states), with its number of projects. With one year in view the facet is not shown, unless
 * the filter is on (a shared link), so it can be switched off where it was set.
 */
export const YearFacet = memo(function YearFacet({ rows, years, placeOf }: YearFacetProps) {
  const selected = useAppStore((s) => s.filters.years)
  const setYears = useAppStore((s) => s.setYears)
  const t = useMessages()
  const counts = useMemo(() => countBy(rows, (row) => placeOf(row).year), [rows, placeOf])
  const shown = [...new Set([...years, ...selected])].toSorted((a, b) => a - b)
  if (shown.length < 2 && selected.length === 0) return null
  const toggle = (id: string) => {
    const year = Number(id)
    setYears(selected.includes(year) ? selected.filter((y) => y !== year) : [...selected, year].toSorted((a, b) => a - b))
  }
  const label = t.moreFilters.years
  return (
    <FacetToggles
      label={label}
      groupLabel={t.facets.group(label)}
      allLabel={t.common.all}
      options={shown.map((year) => ({ id: String(year), label: String(year), count: counts.get(year) ?? 0, description: String(year) }))}
      selected={selected.map(String)}
      onToggle={toggle}
      onClear={() => setYears([])}
      total={rows.length}
    />
  )
})
