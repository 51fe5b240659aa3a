import { memo, useMemo } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import { CHANGE_KINDS } from '../domain/series-changes.ts'
import type { ChangeLookup } from '../domain/view.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { countChanges } from './change-scope.ts'
import { FacetToggles } from './FacetToggles.tsx'

export interface ChangeFacetProps {
  /** Every filter but the change filter applied (ViewModel.changeRows), so a change can be switched back. */
  rows: readonly ProjectRow[]
  /** The same lookup the view filtered with (ViewModel.changesOf), so counts and filter agree. */
  changesOf: ChangeLookup
  /** Whether the projects in view are in series, or new or gone (changeScope(…).facet). */
  offered: boolean
}

/**
 * The change filter: score fell, rose, same, new, gone, each with its number of projects. Without
 * series in view there is nothing to choose, so the facet is not shown — unless its filter is on (a
 * shared link), so it can be seen and switched off where it was set.
 */
export const ChangeFacet = memo(function ChangeFacet({ rows, changesOf, offered }: ChangeFacetProps) {
  const selected = useAppStore((s) => s.filters.changes)
  const toggleChange = useAppStore((s) => s.toggleChange)
  const setChanges = useAppStore((s) => s.setChanges)
  const t = useMessages()
  const counts = useMemo(() => countChanges(rows, changesOf), [rows, changesOf])
  if (!offered && selected.length === 0) return null
  const options = CHANGE_KINDS.map((id) => ({ id, label: t.changes.kinds[id].label, count: counts[id], description: t.changes.kinds[id].description }))
  return (
    <FacetToggles
      label={t.facets.changes}
      groupLabel={t.facets.group(t.facets.changes)}
      allLabel={t.common.all}
      options={options}
      selected={selected}
      onToggle={toggleChange}
      onClear={() => setChanges([])}
      total={rows.length}
    />
  )
})
