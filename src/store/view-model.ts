import { type AuditFlagLookup, auditFlagLookup } from '../domain/audit-flags.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { type Summary, summarize } from '../domain/stats.ts'
import { filterRows, type SortKey, sortRows, type ViewFilters } from '../domain/view.ts'
import { ALL_DATASETS, type LoadedDataset } from './app-store.ts'

export interface ViewModel {
  /** The one dataset in view, or null when every dataset is compared. */
  active: LoadedDataset | null
  /** The datasets whose projects are in view: [active], or all of them. */
  inView: LoadedDataset[]
  /** Every project in view, in document order, dataset after dataset. */
  allRows: ProjectRow[]
  /** What the table lists: all filters applied, in the current sort order. */
  rows: ProjectRow[]
  /** The scatter shows the brush's own dimension unbrushed, so the brush can be redrawn. */
  scatterRows: ProjectRow[]
  /** The grade chart ignores the grade filter, so a grade that is filtered out can be clicked back. */
  gradeRows: ProjectRow[]
  /** Every filter but the theme filter: what the theme chart and facet count. */
  themeRows: ProjectRow[]
  /** Every filter but the audit-flag filter: what the flag facet counts. */
  flagRows: ProjectRow[]
  flagsOf: AuditFlagLookup
  summary: Summary
}

export interface ViewInputs {
  datasets: readonly LoadedDataset[]
  activeDatasetId: string | null
  filters: ViewFilters
  sorting: readonly SortKey[]
}

export function deriveView({ datasets, activeDatasetId, filters, sorting }: ViewInputs): ViewModel {
  const comparing = activeDatasetId === ALL_DATASETS
  const active = comparing ? null : (datasets.find((d) => d.id === activeDatasetId) ?? null)
  const inView = comparing ? [...datasets] : active === null ? [] : [active]
  const allRows = inView.length === 1 ? (inView[0]?.rows ?? []) : inView.flatMap((d) => d.rows)
  const flagsOf = auditFlagLookup(inView)
  const filtered = filterRows(allRows, filters, flagsOf)
  const without = (key: 'brush' | 'grades' | 'themes' | 'flags', empty: boolean): ProjectRow[] =>
    empty ? filtered : filterRows(allRows, { ...filters, [key]: key === 'brush' ? null : [] }, flagsOf)
  return {
    active,
    inView,
    allRows,
    rows: sortRows(filtered, sorting),
    scatterRows: without('brush', filters.brush === null),
    gradeRows: without('grades', filters.grades.length === 0),
    themeRows: without('themes', filters.themes.length === 0),
    flagRows: without('flags', filters.flags.length === 0),
    flagsOf,
    summary: summarize(filtered.map((r) => r.project)),
  }
}
