import { memo, useMemo } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import { countBy, type DepartmentOption, departmentKeyOf, type PlaceLookup } from '../domain/row-place.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { FacetToggles } from './FacetToggles.tsx'

export interface DepartmentFacetProps {
  /** Every filter but the department filter applied (ViewModel.departmentRows). */
  rows: readonly ProjectRow[]
  /** The departments of the projects in view, before any filter (ViewModel.departments). */
  options: readonly DepartmentOption[]
  placeOf: PlaceLookup
}

/**
 * The department filter: one toggle per department in view (the record's 主管部门, else its
 * dataset's department), with its number of projects. Departments are compared folded, as the
 * series compare them, so a link's 上海市 财政局 selects 上海市财政局. With one department in view
 * the facet is not shown, unless the filter is on (a shared link), so it can be switched off.
 */
export const DepartmentFacet = memo(function DepartmentFacet({ rows, options, placeOf }: DepartmentFacetProps) {
  const selected = useAppStore((s) => s.filters.departments)
  const setDepartments = useAppStore((s) => s.setDepartments)
  const t = useMessages()
  const counts = useMemo(() => countBy(rows, (row) => placeOf(row).departmentKey || null), [rows, placeOf])
  const selectedKeys = selected.map(departmentKeyOf)
  const absent = selected.filter((label) => !options.some((o) => o.key === departmentKeyOf(label)))
  const shown = [...options, ...absent.map((label) => ({ key: departmentKeyOf(label), label }))]
  if (shown.length < 2 && selected.length === 0) return null
  const toggle = (key: string) => {
    const label = shown.find((o) => o.key === key)?.label ?? key
    setDepartments(selectedKeys.includes(key) ? selected.filter((s) => departmentKeyOf(s) !== key) : [...selected, label])
  }
  const label = t.moreFilters.departments
  return (
    <FacetToggles
      label={label}
      groupLabel={t.facets.group(label)}
      allLabel={t.common.all}
      options={shown.map((o) => ({ id: o.key, label: o.label, count: counts.get(o.key) ?? 0, description: o.label }))}
      selected={selectedKeys}
      onToggle={toggle}
      onClear={() => setDepartments([])}
      total={rows.length}
    />
  )
})
