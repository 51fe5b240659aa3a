import { datasetLabel } from '../domain/dataset-record.ts'
import { UNNAMED } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { citationFor } from '../drilldown/citation.ts'
import type { LoadedDataset } from '../store/app-store.ts'
import type { ViewModel } from '../store/view-model.ts'
import { usePrintStart } from './use-printing.ts'

export interface PrintMemoProps {
  view: ViewModel
  /** The open project's row: the memo is about it. Undefined: the memo is the current selection. */
  openRow: ProjectRow | undefined
}

const datasetOf = (view: ViewModel, row: ProjectRow): LoadedDataset | undefined => view.inView.find((d) => d.id === row.datasetId)

/** How many projects the printed source list names; a selection of 10,000 gets a note instead of 300 pages. */
export const MAX_PRINTED_SOURCES = 200

/**
 * The memo's head, shown in print only (print.css): what it is, when, and what it covers. The page
 * itself supplies the rest: title, source, key figures, then the open project or the charts and table.
 */
export function PrintMemoHeader({ view, openRow }: PrintMemoProps) {
  const printedAt = usePrintStart()
  const dataset = openRow === undefined ? undefined : datasetOf(view, openRow)
  const scope =
    openRow === undefined
      ? `当前筛选的 ${view.rows.length} / ${view.allRows.length} 个项目（${view.inView.map((d) => datasetLabel(d)).join('；')}）`
      : `项目“${openRow.project.name ?? UNNAMED}”`
  return (
    <div className="print-only print-memo-header">
      <p className="print-memo-kind">
        <strong>审计备忘录</strong>
        {printedAt !== null && <span>打印于 {printedAt.toLocaleString('zh-CN', { dateStyle: 'long', timeStyle: 'short' })}</span>}
      </p>
      <p>范围：{scope}</p>
      {openRow !== undefined && dataset !== undefined && <p>引用：{citationFor(dataset.dataset, openRow.project)}</p>}
    </div>
  )
}

/**
 * For a printed selection, where each listed project comes from: file and page, or lines. In the
 * DOM only while printing (a selection may hold 10,000 projects), and capped.
 */
export function PrintMemoSources({ view, openRow }: PrintMemoProps) {
  const printing = usePrintStart() !== null
  if (!printing || openRow !== undefined || view.rows.length === 0) return null
  const listed = view.rows.slice(0, MAX_PRINTED_SOURCES)
  return (
    <section className="print-only print-memo-sources">
      <h2>项目出处</h2>
      <ol>
        {listed.map((row) => {
          const dataset = datasetOf(view, row)
          return <li key={row.id}>{dataset === undefined ? (row.project.name ?? UNNAMED) : citationFor(dataset.dataset, row.project)}</li>
        })}
      </ol>
      {view.rows.length > listed.length && (
        <p>另有 {view.rows.length - listed.length} 个项目未列出，其出处见导出的 CSV 或 JSON。</p>
      )}
    </section>
  )
}
