import { useMemo } from 'react'
import { AUDIT_FLAGS, type AuditFlagLookup, countAuditFlags } from '../domain/audit-flags.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { useAppStore } from '../store/app-store.ts'
import { FacetToggles } from './FacetToggles.tsx'

export interface AuditFlagFacetProps {
  /** Every filter but the flag filter applied (ViewModel.flagRows), so a flag can be switched back. */
  rows: readonly ProjectRow[]
  /** The same lookup the view filtered with (ViewModel.flagsOf), so counts and filter agree. */
  flagsOf: AuditFlagLookup
}

/** The audit flags as toggle buttons with the number of projects in view having each. */
export function AuditFlagFacet({ rows, flagsOf }: AuditFlagFacetProps) {
  const selected = useAppStore((s) => s.filters.flags)
  const toggleFlag = useAppStore((s) => s.toggleFlag)
  const setFlags = useAppStore((s) => s.setFlags)
  const options = useMemo(() => {
    const counts = countAuditFlags(rows, flagsOf)
    return AUDIT_FLAGS.map((f) => ({ id: f.id, label: f.label, count: counts[f.id], description: f.description }))
  }, [rows, flagsOf])
  return (
    <FacetToggles
      label="审计提示"
      options={options}
      selected={selected}
      onToggle={toggleFlag}
      onClear={() => setFlags([])}
      total={rows.length}
    />
  )
}
