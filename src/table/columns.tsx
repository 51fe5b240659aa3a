import { type ColumnDef, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table'
import { formatPercent, formatScore, formatWan } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import type { SortColumn } from '../domain/view.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Messages } from '../i18n/messages.ts'
import { GradeBadge } from '../ui/GradeBadge.tsx'
import { AmountDeltaCell, GradeChangeCell, ScoreDeltaCell } from './ChangeCells.tsx'
import { headerPieces } from './header-words.ts'
import { NameCell } from './NameCell.tsx'

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

type HeaderKey = keyof Messages['table']['headers']

/**
 * A header whose line may break between its words only (评价 / 分值, 预算 / （万元）), so a narrow
 * table never cuts a word; its text is the header's, unchanged. Each word is an inline block kept on
 * one line, so a line may break between two of them; a <wbr> would do the same but Chromium reads it
 * as a space in the button's accessible name (评价 分值).
 */
function headerLabel(t: Messages, key: HeaderKey) {
  const label = (
    <span className="header-words">
      {headerPieces(t.table.headers[key], t.table.headerWords[key]).map((piece, n) =>
        piece.word ? (
          <span key={n} className="header-word">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </span>
  )
  return () => label
}

/**
 * Which optional columns a table has: the dataset (several compared), the form kind and budget
 * (forms in view), the changes from the previous year (series in view).
 */
export interface ColumnChoice {
  dataset: boolean
  forms: boolean
  changes?: boolean
}

/*
 * First click direction (sortDescFirst): descending for numbers and grades, so the largest amount
 * or budget, the best score or grade, the most problems and the largest rise of amount come first;
 * ascending (pinyin) for the name, and for the score change, so the largest fall comes first. The
 * cycle is first direction → the other → unsorted. The form kind does not sort: its facet filters
 * by it, nor does the grade change (the score change orders the same projects).
 *
 * The sets of columns of each interface language, each built once: headers, the missing-value words
 * and the grade badges follow the language; the ids (the store's SortColumn ids) do not.
 */
function buildColumns(locale: Locale) {
  const t = messagesFor(locale)
  const datasetColumn = helper.accessor((r) => r.datasetLabel, {
    id: sortId('dataset'),
    header: headerLabel(t, 'dataset'),
    sortDescFirst: false,
    cell: (info) => <span lang="zh-CN">{info.getValue()}</span>,
  })

  const nameColumn = helper.accessor((r) => r.project.name, {
    id: sortId('name'),
    header: headerLabel(t, 'name'),
    sortDescFirst: false,
    meta: { rowHeader: true },
    // The name, and under it a search hit found elsewhere in the project (NameCell).
    cell: (info) => <NameCell project={info.row.original.project} t={t} />,
  })

  const formColumns = helper.columns([
    helper.accessor((r) => r.project.form, {
      id: 'form',
      header: headerLabel(t, 'form'),
      enableSorting: false,
      cell: (info) => {
        const form = t.forms[info.getValue()]
        return <span title={form.long}>{form.short}</span>
      },
    }),
    helper.accessor((r) => r.project.budgetWan, {
      id: sortId('budget'),
      header: headerLabel(t, 'budget'),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => formatWan(info.getValue()),
    }),
  ])

  // The cells read the changes from RowChangesContext (ProjectTable provides it): the accessor gives the row id.
  const changeColumns = helper.columns([
    helper.accessor((r) => r.id, {
      id: sortId('scoreDelta'),
      header: headerLabel(t, 'scoreDelta'),
      sortDescFirst: false,
      meta: { numeric: true },
      cell: (info) => <ScoreDeltaCell rowId={info.getValue()} t={t} />,
    }),
    helper.accessor((r) => r.id, {
      id: sortId('amountDelta'),
      header: headerLabel(t, 'amountDelta'),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => <AmountDeltaCell rowId={info.getValue()} t={t} />,
    }),
    helper.accessor((r) => r.id, {
      id: 'gradeChange',
      header: headerLabel(t, 'gradeChange'),
      enableSorting: false,
      cell: (info) => <GradeChangeCell rowId={info.getValue()} grade={info.row.original.project.grade} t={t} />,
    }),
  ])

  const figures = helper.columns([
    helper.accessor((r) => r.project.amountWan, {
      id: sortId('amount'),
      header: headerLabel(t, 'amount'),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => formatWan(info.getValue()),
    }),
    helper.accessor((r) => r.project.score, {
      id: sortId('score'),
      header: headerLabel(t, 'score'),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => formatScore(info.getValue()),
    }),
    helper.accessor((r) => r.project.grade, {
      id: sortId('grade'),
      header: headerLabel(t, 'grade'),
      sortDescFirst: true,
      cell: (info) => <GradeBadge grade={info.getValue()} locale={locale} />,
    }),
  ])
  const rates = helper.columns([
    helper.accessor((r) => r.project.executionRate, {
      id: sortId('executionRate'),
      header: headerLabel(t, 'executionRate'),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => {
        const rate = info.getValue()
        return rate === null ? <span className="missing">{formatPercent(rate, t.common.notDisclosed)}</span> : formatPercent(rate)
      },
    }),
    helper.accessor((r) => r.project.problems.length, {
      id: sortId('problemCount'),
      header: headerLabel(t, 'problemCount'),
      sortDescFirst: true,
      meta: { numeric: true },
      cell: (info) => info.getValue(),
    }),
  ])
  // When several datasets are compared, each row also says which one it comes from.
  return ({ dataset, forms, changes = false }: ColumnChoice) =>
    helper.columns([
      ...(dataset ? [datasetColumn] : []),
      nameColumn,
      ...(forms ? formColumns : []),
      ...figures,
      ...(changes ? changeColumns : []),
      ...rates,
    ])
}

// oxlint-disable-next-line typescript/no-explicit-any -- columns of different value types, as TanStack's own helpers type them.
export type ProjectColumns = ColumnDef<typeof projectTableFeatures, ProjectRow, any>[]

const BUILDERS = { zh: buildColumns('zh'), en: buildColumns('en') } as const satisfies Record<Locale, unknown>
const built = new Map<string, ProjectColumns>()

/**
 * The table's columns in the interface language: a dataset column first, a form kind and budget
 * after the name, the changes after the grade, when chosen. Each set is built once.
 */
export function projectColumnsFor(locale: Locale, choice: ColumnChoice): ProjectColumns {
  const key = `${locale}:${choice.dataset}:${choice.forms}:${choice.changes ?? false}`
  let columns = built.get(key)
  if (columns === undefined) {
    columns = BUILDERS[locale](choice)
    built.set(key, columns)
  }
  return columns
}
