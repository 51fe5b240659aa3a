import { memo, useMemo } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import type { FormKind } from '../domain/types.ts'
import { countFormKinds, FORM_KINDS } from '../domain/view.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { FacetToggles } from './FacetToggles.tsx'
import { setFormFilter, toggleFormFilter } from './form-filter.ts'

export interface FormFacetProps {
  /** Every filter but the form-kind filter applied (ViewModel.formRows), so a kind can be switched back. */
  rows: readonly ProjectRow[]
  /** The kinds the projects in view were read from, before any filter (ViewModel.formKinds). */
  kinds: readonly FormKind[]
}

const clear = () => setFormFilter([])

/**
 * The form-kind filter: one toggle per kind of document in view, with its number of projects. With
 * one kind in view there is nothing to choose, so the facet is not shown — unless the filter is on
 * (a shared link), so it can be seen and switched off where it was set.
 */
export const FormFacet = memo(function FormFacet({ rows, kinds }: FormFacetProps) {
  const selected = useAppStore((s) => s.filters.forms)
  const t = useMessages()
  const counts = useMemo(() => countFormKinds(rows), [rows])
  const shown = FORM_KINDS.filter((kind) => kinds.includes(kind) || selected.includes(kind))
  if (shown.length < 2 && selected.length === 0) return null
  const options = shown.map((id) => ({ id, label: t.forms[id].short, count: counts[id], description: t.forms[id].long }))
  return (
    <FacetToggles
      label={t.facets.forms}
      groupLabel={t.facets.group(t.facets.forms)}
      allLabel={t.common.all}
      options={options}
      selected={selected}
      onToggle={toggleFormFilter}
      onClear={clear}
      total={rows.length}
    />
  )
})
