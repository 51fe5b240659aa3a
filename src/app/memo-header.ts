import { datasetLabel } from '../domain/dataset-record.ts'
import type { SortKey, ViewFilters } from '../domain/view.ts'
import type { Messages } from '../i18n/messages.ts'
import type { LoadedDataset } from '../store/app-store.ts'
import { filterLabels } from './filter-labels.ts'

/** A dataset as the memo names it: the label the switcher shows and the file it was read from. */
interface MemoDataset {
  label: string
  fileName: string
}

export const memoDataset = (dataset: LoadedDataset): MemoDataset => ({
  label: dataset.rows[0]?.datasetLabel ?? datasetLabel(dataset),
  fileName: dataset.meta.fileName,
})

export interface SelectionMemo {
  /** Projects the table lists, of `total` in view. */
  shown: number
  total: number
  datasets: readonly MemoDataset[]
  filters: ViewFilters
  sorting: readonly SortKey[]
}

const datasetsLine = (t: Messages, datasets: readonly MemoDataset[]): string =>
  t.print.datasets(datasets.map((d) => t.print.dataset(d.label, d.fileName)))

/** The lines under the memo's title of a printed selection: what it covers and what produced it. */
export function selectionMemoLines(t: Messages, memo: SelectionMemo): string[] {
  return [
    `${t.print.scope}${t.print.selectionScope(memo.shown, memo.total)}`,
    datasetsLine(t, memo.datasets),
    t.print.filters(filterLabels(memo.filters, t).map((f) => f.label)),
    t.print.sorting(memo.sorting),
  ]
}

interface ProjectMemo {
  name: string
  dataset: MemoDataset
  citation: string
}

/** The lines under the memo's title of a printed project. */
export function projectMemoLines(t: Messages, memo: ProjectMemo): string[] {
  return [`${t.print.scope}${t.print.projectScope(memo.name)}`, datasetsLine(t, [memo.dataset]), `${t.print.citation}${memo.citation}`]
}
