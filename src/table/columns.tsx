import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import { formatPercent, formatScore, formatWan, UNNAMED } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { SortColumn } from '../domain/view.ts'
import { GradeBadge } from '../ui/GradeBadge.tsx'

export interface ProjectColumnMeta {
  /** Right-aligned, tabular figures. */
  numeric?: boolean
  /** Rendered as the row's <th scope="row">. */
  rowHeader?: boolean
}

/**
 * Row sorting is registered for its state and header APIs only: no sortedRowModel, because the
 * table runs with manualSorting and the rows arrive sorted by the domain's sortRows.
 */
export const projectTableFeatures = tableFeatures({
  rowSortingFeature,
  columnMeta: {} as ProjectColumnMeta,
})

const helper = createColumnHelper<typeof projectTableFeatures, ProjectRow>()

/** Column ids are the store's SortColumn ids, so TanStack's sorting state maps 1:1 onto SortKey[]. */
const sortId = (id: SortColumn): SortColumn => id

/*
 * First click direction (sortDescFirst): descending for numbers and grades, so the largest amount,
 * the best score or grade and the most problems come first; ascending (pinyin) for the name. The
 * cycle is first direction → the other → unsorted.
 */
const datasetColumn = helper.accessor((r) => r.datasetLabel, {
  id: sortId('dataset'),
  header: '数据集',
  sortDescFirst: false,
})

export const projectColumns = helper.columns([
  helper.accessor((r) => r.project.name, {
    id: sortId('name'),
    header: '项目名称',
    sortDescFirst: false,
    meta: { rowHeader: true },
    cell: (info) => info.getValue() ?? UNNAMED,
  }),
  helper.accessor((r) => r.project.amountWan, {
    id: sortId('amount'),
    header: '决算金额（万元）',
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (info) => formatWan(info.getValue()),
  }),
  helper.accessor((r) => r.project.score, {
    id: sortId('score'),
    header: '评价分值',
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (info) => formatScore(info.getValue()),
  }),
  helper.accessor((r) => r.project.grade, {
    id: sortId('grade'),
    header: '评价结论',
    sortDescFirst: true,
    cell: (info) => <GradeBadge grade={info.getValue()} />,
  }),
  helper.accessor((r) => r.project.executionRate, {
    id: sortId('executionRate'),
    header: '预算执行率',
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (info) => {
      const rate = info.getValue()
      return rate === null ? <span className="missing">{formatPercent(rate)}</span> : formatPercent(rate)
    },
  }),
  helper.accessor((r) => r.project.problems.length, {
    id: sortId('problemCount'),
    header: '问题数',
    sortDescFirst: true,
    meta: { numeric: true },
    cell: (info) => info.getValue(),
  }),
])

/** When several datasets are compared, each row also says which one it comes from. */
export const comparisonColumns = helper.columns([datasetColumn, ...projectColumns])
