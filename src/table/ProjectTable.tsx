import { functionalUpdate, type OnChangeFn, type SortingState, useTable } from '@tanstack/react-table'
import { useState } from 'react'
import type { ProjectRow } from '../domain/project-row.ts'
import type { RowChange } from '../domain/series-changes.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { useLocale } from '../store/use-messages.ts'
import { projectColumnsFor, projectTableFeatures } from './columns.tsx'
import { ProjectTableBody } from './ProjectTableBody.tsx'
import { RowChangesContext } from './row-changes.ts'
import { SortHeader } from './SortHeader.tsx'
import { toSortingState, toSortKeys } from './sorting-state.ts'
import './table.css'

export interface ProjectTableProps {
  /** Already filtered and sorted (ViewModel.rows): the table does not sort. */
  rows: ProjectRow[]
  /** Adds a dataset column, for the view that compares several datasets. */
  showDataset?: boolean
  /** Adds the form kind and budget columns, for a view holding self-evaluation forms (ViewModel.formKinds). */
  showForms?: boolean
  /**
   * The projects' changes from the previous year (ViewModel.changes) when a project in view has one
   * (changeScope): adds the change columns. Null or absent: no change columns.
   */
  changes?: ReadonlyMap<string, RowChange> | null
}

const NO_CHANGES: ReadonlyMap<string, RowChange> = new Map()

/** The header's table has no rows: the body builds TanStack rows for the rendered projects only. */
const NO_ROWS: ProjectRow[] = []

/** Header clicks arrive as TanStack updaters; apply them to the store's current keys and write back. */
const onSortingChange: OnChangeFn<SortingState> = (updater) => {
  const { sorting, setSorting } = useAppStore.getState()
  setSorting(toSortKeys(functionalUpdate(updater, toSortingState(sorting))))
}

/**
 * The project list: sorting state and the open project live in the store; rows come from the view
 * model. The table scrolls in its own box under a sticky header, and only the rows in view are
 * rendered (ProjectTableBody): aria-rowcount and aria-rowindex tell assistive technology the rest.
 */
export function ProjectTable({ rows, showDataset = false, showForms = false, changes = null }: ProjectTableProps) {
  // State, not a ref: the body's virtualizer needs the box, which mounts after the body's effects run.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null)
  const locale = useLocale()
  const t = messagesFor(locale)
  const columns = projectColumnsFor(locale, { dataset: showDataset, forms: showForms, changes: changes !== null })
  const sorting = useAppStore((s) => s.sorting)
  const openId = useAppStore((s) => s.openId)
  const chartCursorId = useAppStore((s) => s.chartCursorId)
  const openProject = useAppStore((s) => s.openProject)
  const resetFilters = useAppStore((s) => s.resetFilters)

  const table = useTable({
    features: projectTableFeatures,
    columns,
    data: NO_ROWS,
    manualSorting: true,
    state: { sorting: toSortingState(sorting) },
    onSortingChange,
  })

  return (
    <RowChangesContext value={changes ?? NO_CHANGES}>
      <div className="table-scroll project-table-scroll" ref={setScrollElement}>
        {/* Row 1 is the header row; the empty state's row is not counted. */}
        <table className="project-table" aria-rowcount={rows.length > 0 ? rows.length + 1 : undefined}>
          <caption className="visually-hidden">
            {t.table.caption(rows.length)}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <SortHeader
                    key={header.id}
                    header={header}
                    sortCount={sorting.length}
                    sortOrder={t.table.sortOrder}
                    label={(t.table.headers as Readonly<Record<string, string>>)[header.column.id] ?? header.column.id}
                  />
                ))}
              </tr>
            ))}
          </thead>
          {rows.length > 0 ? (
            <ProjectTableBody
              projects={rows}
              columns={columns}
              scrollElement={scrollElement}
              openId={openId}
              cursorId={chartCursorId}
              onOpen={openProject}
            />
          ) : (
            <tbody>
              <tr>
                <td colSpan={columns.length} className="table-empty">
                  <span>{t.table.empty}</span>
                  <button type="button" onClick={resetFilters}>
                    {t.table.clearFilters}
                  </button>
                </td>
              </tr>
            </tbody>
          )}
        </table>
      </div>
    </RowChangesContext>
  )
}
