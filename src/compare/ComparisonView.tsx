import { useMemo } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import type { LoadedDataset } from '../store/app-store.ts'
import { useMessages } from '../store/use-messages.ts'
import { datasetFigures, departmentYears } from './comparison.ts'
import { DatasetFiguresTable } from './DatasetFiguresTable.tsx'
import { DepartmentYearTable } from './DepartmentYearTable.tsx'
import './compare.css'

export interface ComparisonViewProps {
  /** The datasets compared (ViewModel.inView): shown from two on. */
  datasets: readonly LoadedDataset[]
  /** The projects the filters let through (ViewModel.filteredRows): what the figures count. */
  rows: readonly ProjectRow[]
}

/** Every dataset in view side by side, then departments by year: the figures follow the filters, the layout does not. */
export function ComparisonView({ datasets, rows }: ComparisonViewProps) {
  const t = useMessages()
  const columns = useMemo(() => datasetFigures(datasets, rows), [datasets, rows])
  const table = useMemo(() => departmentYears(datasets, rows), [datasets, rows])
  if (datasets.length < 2) return null
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t.compare.region}</h2>
      <p className="muted compare-note">{t.compare.note}</p>
      <div className="compare-blocks">
        <DatasetFiguresTable columns={columns} t={t} />
        <DepartmentYearTable table={table} t={t} />
      </div>
    </section>
  )
}
