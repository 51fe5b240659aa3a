import { functionalUpdate, type OnChangeFn, type SortingState, useTable } from '@tanstack/react-table'
import type { ProjectRow } from '../domain/project-row.ts'
import { useAppStore } from '../store/app-store.ts'
import { comparisonColumns, projectColumns, projectTableFeatures } from './columns.tsx'
import { ProjectTableBody } from './ProjectTableBody.tsx'
import { SortHeader } from './SortHeader.tsx'
import { toSortingState, toSortKeys } from './sorting-state.ts'
import './table.css'

export interface ProjectTableProps {
  /** Already filtered and sorted (ViewModel.rows): the table does not sort. */
  rows: ProjectRow[]
  /** Adds a dataset column, for the view that compares several datasets. */
  showDataset?: boolean
}

const getRowId = (row: ProjectRow): string => row.id

/** Header clicks arrive as TanStack updaters; apply them to the store's current keys and write back. */
const onSortingChange: OnChangeFn<SortingState> = (updater) => {
  const { sorting, setSorting } = useAppStore.getState()
  setSorting(toSortKeys(functionalUpdate(updater, toSortingState(sorting))))
}

/** The project list: sorting state and the open project live in the store; rows come from the view model. */
export function ProjectTable({ rows, showDataset = false }: ProjectTableProps) {
  const sorting = useAppStore((s) => s.sorting)
  const openId = useAppStore((s) => s.openId)
  const openProject = useAppStore((s) => s.openProject)
  const resetFilters = useAppStore((s) => s.resetFilters)

  const table = useTable({
    features: projectTableFeatures,
    columns: showDataset ? comparisonColumns : projectColumns,
    data: rows,
    getRowId,
    manualSorting: true,
    state: { sorting: toSortingState(sorting) },
    onSortingChange,
  })

  return (
    <div className="table-scroll">
      <table className="project-table">
        <caption className="visually-hidden">
          {`项目绩效评价结果，显示 ${rows.length} 个项目。点击列标题排序，再点一次反向；按住 Shift 点击可加入多列排序。`}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} sortCount={sorting.length} />
              ))}
            </tr>
          ))}
        </thead>
        {rows.length > 0 ? (
          <ProjectTableBody rows={table.getRowModel().rows} openId={openId} onOpen={openProject} />
        ) : (
          <tbody>
            <tr>
              <td colSpan={comparisonColumns.length} className="table-empty">
                <span>没有符合条件的项目</span>
                <button type="button" onClick={resetFilters}>
                  清除筛选
                </button>
              </td>
            </tr>
          </tbody>
        )}
      </table>
    </div>
  )
}
