import { type ColumnDef, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import { formatPercent, formatScore, formatWan } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { SortColumn } from '../domain/view.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
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
 *
 * One set of columns per interface language, each built once: headers, the missing-value words and
 * the grade badges follow the language; the ids (the store's SortColumn ids) do not.
 */
function buildColumns(locale: Locale) {
  const t = messagesFor(locale)
  const datasetColumn = helper.accessor((r) => r.datasetLabel, {
    id: sortId('dataset'),
    header: t.table.headers.dataset,
    sortDescFirst: false,
    cell: (info) => <span lang="zh-CN">{info.getValue()}</span>,
  })

  const project = helper.columns([
    helper.accessor((r) => r.project.name, {
      id: sortId('name'),
      header: t.table.headers.name,
      sortDescFirst: false,
      meta: { rowHeader: true },
      cell: (info) => {
        const name = info.getValue()
        return name === null ? t.common.unnamed : <span lang="zh-CN">{name}</span>
      },
    }),
    helper.accessor((r) => r.project.amountWan, {
      id: sortId('amount'),
      header: t.table.headers.amount,
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => formatWan(info.getValue()),
    }),
    helper.accessor((r) => r.project.score, {
      id: sortId('score'),
      header: t.table.headers.score,
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => formatScore(info.getValue()),
    }),
    helper.accessor((r) => r.project.grade, {
      id: sortId('grade'),
      header: t.table.headers.grade,
      sortDescFirst: true,
      cell: (info) => <GradeBadge grade={info.getValue()} locale={locale} />,
    }),
    helper.accessor((r) => r.project.executionRate, {
      id: sortId('executionRate'),
      header: t.table.headers.executionRate,
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => {
        const rate = info.getValue()
        return rate === null ? <span className="missing">{formatPercent(rate, t.common.notDisclosed)}</span> : formatPercent(rate)
      },
    }),
    helper.accessor((r) => r.project.problems.length, {
      id: sortId('problemCount'),
      header: t.table.headers.problemCount,
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => info.getValue(),
    }),
  ])
  // When several datasets are compared, each row also says which one it comes from.
  return { project, comparison: helper.columns([datasetColumn, ...project]) }
}

const COLUMNS = { zh: buildColumns('zh'), en: buildColumns('en') } as const satisfies Record<Locale, unknown>

// oxlint-disable-next-line typescript/no-explicit-any -- columns of different value types, as TanStack's own helpers type them.
export type ProjectColumns = ColumnDef<typeof projectTableFeatures, ProjectRow, any>[]

/** The columns of one dataset's table, in the interface language. */
export const projectColumnsFor = (locale: Locale): ProjectColumns => COLUMNS[locale].project
/** The columns when several datasets are compared: a dataset column first. */
export const comparisonColumnsFor = (locale: Locale): ProjectColumns => COLUMNS[locale].comparison
