import type { ProjectRow } from '../domain/project-row.ts'
import { citationFor } from '../drilldown/citation.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import { type LoadedDataset, useAppStore } from '../store/app-store.ts'
import { useLocale } from '../store/use-messages.ts'
import type { ViewModel } from '../store/view-model.ts'
import { usePrinting, usePrintStart } from '../ui/print-media.ts'
import { memoDataset, projectMemoLines, selectionMemoLines } from './memo-header.ts'
import { usePageNumbers } from './page-numbers.ts'

export interface PrintMemoProps {
  view: ViewModel
  /** The open project's row: the memo is about it. Undefined: the memo is the current selection. */
  openRow: ProjectRow | undefined
}

const datasetOf = (view: ViewModel, row: ProjectRow): LoadedDataset | undefined => view.inView.find((d) => d.id === row.datasetId)

/** How many projects the printed source list names; a selection of 10,000 gets a note instead of 300 pages. */
export const MAX_PRINTED_SOURCES = 200

/**
 * The memo's head, shown in print only (print.css): what it is, when it was printed, what it covers
 * and what produced it — the datasets, and for a selection the filters and the order (memo-header.ts).
 * The page itself supplies the rest: title, source, key figures, then the open project or the
 * charts and table. Also numbers the printed pages.
 */
export function PrintMemoHeader({ view, openRow }: PrintMemoProps) {
  const printedAt = usePrintStart()
  const filters = useAppStore((s) => s.filters)
  const sorting = useAppStore((s) => s.sorting)
  const locale = useLocale()
  const t = messagesFor(locale)
  usePageNumbers(t)
  const dataset = openRow === undefined ? undefined : datasetOf(view, openRow)
  const lines =
    openRow === undefined || dataset === undefined
      ? selectionMemoLines(t, {
          shown: view.rows.length,
          total: view.allRows.length,
          datasets: view.inView.map(memoDataset),
          filters,
          sorting,
        })
      : projectMemoLines(t, {
          name: openRow.project.name ?? t.common.unnamed,
          dataset: memoDataset(dataset),
          citation: citationFor(dataset.dataset, openRow.project, locale),
        })
  return (
    <div className="print-only print-memo-header">
      <p className="print-memo-kind">
        <strong>{t.print.memo}</strong>
        {printedAt !== null && <span>{t.print.printedAt(printedAt)}</span>}
      </p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}

/**
 * For a printed selection, where each listed project comes from: file and page, or lines. In the
 * DOM only while printing (a selection may hold 10,000 projects), and capped.
 */
export function PrintMemoSources({ view, openRow }: PrintMemoProps) {
  const printing = usePrinting()
  const locale = useLocale()
  const t = messagesFor(locale)
  if (!printing || openRow !== undefined || view.rows.length === 0) return null
  const listed = view.rows.slice(0, MAX_PRINTED_SOURCES)
  return (
    <section className="print-only print-memo-sources">
      <h2>{t.print.sources}</h2>
      <ol>
        {listed.map((row) => {
          const dataset = datasetOf(view, row)
          return (
            <li key={row.id}>
              {dataset === undefined ? (row.project.name ?? t.common.unnamed) : citationFor(dataset.dataset, row.project, locale)}
            </li>
          )
        })}
      </ol>
      {view.rows.length > listed.length && <p>{t.print.moreSources(view.rows.length - listed.length)}</p>}
    </section>
  )
}
