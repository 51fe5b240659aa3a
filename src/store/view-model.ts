import type { ProjectRow } from '../domain/project-row.ts'
import { type Summary, summarize } from '../domain/stats.ts'
import { filterRows, type SortKey, sortRows, type ViewFilters } from '../domain/view.ts'
import type { LoadedDataset } from './app-store.ts'

export interface ViewModel {
  active: LoadedDataset | null
  /** Every project of the active dataset, in document order. */
  allRows: ProjectRow[]
  /** What the table lists: all filters applied, in the current sort order. */
  rows: ProjectRow[]
  /** The scatter shows the brush's own dimension unbrushed, so the brush can be redrawn. */
  scatterRows: ProjectRow[]
  /** The grade chart ignores the grade filter, so a grade that is filtered out can be clicked back. */
  gradeRows: ProjectRow[]
  summary: Summary
}

export interface ViewInputs {
  datasets: readonly LoadedDataset[]
  activeDatasetId: string | null
  filters: ViewFilters
  sorting: readonly SortKey[]
}

export function deriveView({ datasets, activeDatasetId, filters, sorting }: ViewInputs): ViewModel {
  const active = datasets.find((d) => d.id === activeDatasetId) ?? null
  const allRows = active?.rows ?? []
  const filtered = filterRows(allRows, filters)
  return {
    active,
    allRows,
    rows: sortRows(filtered, sorting),
    scatterRows: filters.brush === null ? filtered : filterRows(allRows, { ...filters, brush: null }),
    gradeRows: filters.grades.length === 0 ? filtered : filterRows(allRows, { ...filters, grades: [] }),
    summary: summarize(filtered.map((r) => r.project)),
  }
}
