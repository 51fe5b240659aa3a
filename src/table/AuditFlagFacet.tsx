import { memo, useMemo } from 'react'
import { AUDIT_FLAG_IDS, type AuditFlagId, type AuditFlagLookup, countAuditFlags } from '../domain/audit-flags.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { useAppStore } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { FacetToggles } from './FacetToggles.tsx'

export interface AuditFlagFacetProps {
  /** Every filter but the flag filter applied (ViewModel.flagRows), so a flag can be switched back. */
  rows: readonly ProjectRow[]
  /** The same lookup the view filtered with (ViewModel.flagsOf), so counts and filter agree. */
  flagsOf: AuditFlagLookup
}

const ALWAYS_LISTED: ReadonlySet<AuditFlagId> = new Set([
  'grade-band-mismatch',
  'suggestions-mismatch',
  'rectifications-mismatch',
  'no-execution-rate',
  'missing-field',
  'parse-doubt',
])

/** The audit flags as toggle buttons with the number of projects in view having each. */
export const AuditFlagFacet = memo(function AuditFlagFacet({ rows, flagsOf }: AuditFlagFacetProps) {
  const selected = useAppStore((s) => s.filters.flags)
  const toggleFlag = useAppStore((s) => s.toggleFlag)
  const setFlags = useAppStore((s) => s.setFlags)
  const t = useMessages()
  const counts = useMemo(() => countAuditFlags(rows, flagsOf), [rows, flagsOf])
  // The flags that compare years or check self-evaluations show only when a project in view has one (or it is selected):
  // a single result report would otherwise list seven flags that cannot apply to it.
  const options = AUDIT_FLAG_IDS.filter((id) => ALWAYS_LISTED.has(id) || counts[id] > 0 || selected.includes(id)).map((id) => ({
    id,
    label: t.flags[id].label,
    count: counts[id],
    description: t.flags[id].description,
  }))
  return (
    <FacetToggles
      label={t.facets.flags}
      groupLabel={t.facets.group(t.facets.flags)}
      allLabel={t.common.all}
      options={options}
      selected={selected}
      onToggle={toggleFlag}
      onClear={() => setFlags([])}
      total={rows.length}
    />
  )
})
