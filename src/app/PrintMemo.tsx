import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { datasetLabel } from '../domain/dataset-record.ts'
import { UNNAMED } from '../domain/format.ts'
import type { ProjectRow } from '../domain/project-row.ts'
import { citationFor } from '../drilldown/citation.ts'
import type { LoadedDataset } from '../store/app-store.ts'
import type { ViewModel } from '../store/view-model.ts'

export interface PrintMemoProps {
  view: ViewModel
  /** The open project's row: the memo is about it. Undefined: the memo is the current selection. */
  openRow: ProjectRow | undefined
}

const datasetOf = (view: ViewModel, row: ProjectRow): LoadedDataset | undefined => view.inView.find((d) => d.id === row.datasetId)

/** The date printed on the memo: taken again just before printing, so a tab left open overnight prints today. */
function usePrintDate(): string {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const before = () => flushSync(() => setNow(new Date()))
    window.addEventListener('beforeprint', before)
    return () => window.removeEventListener('beforeprint', before)
  }, [])
  return now.toLocaleString('zh-CN', { dateStyle: 'long', timeStyle: 'short' })
}

/**
 * The memo's head, shown in print only (print.css): what it is, when, and what it covers. The page
 * itself supplies the rest: title, source, key figures, then the open project or the charts and table.
 */
export function PrintMemoHeader({ view, openRow }: PrintMemoProps) {
  const printed = usePrintDate()
  const dataset = openRow === undefined ? undefined : datasetOf(view, openRow)
  const scope =
    openRow === undefined
      ? `当前筛选的 ${view.rows.length} / ${view.allRows.length} 个项目（${view.inView.map((d) => datasetLabel(d)).join('；')}）`
      : `项目“${openRow.project.name ?? UNNAMED}”`
  return (
    <div className="print-only print-memo-header">
      <p className="print-memo-kind">
        <strong>审计备忘录</strong>
        <span>打印于 {printed}</span>
      </p>
      <p>范围：{scope}</p>
      {openRow !== undefined && dataset !== undefined && <p>引用：{citationFor(dataset.dataset, openRow.project)}</p>}
    </div>
  )
}

/** For a printed selection, where each listed project comes from: file and page, or lines. */
export function PrintMemoSources({ view, openRow }: PrintMemoProps) {
  if (openRow !== undefined || view.rows.length === 0) return null
  return (
    <section className="print-only print-memo-sources">
      <h2>项目出处</h2>
      <ol>
        {view.rows.map((row) => {
          const dataset = datasetOf(view, row)
          return <li key={row.id}>{dataset === undefined ? (row.project.name ?? UNNAMED) : citationFor(dataset.dataset, row.project)}</li>
        })}
      </ol>
    </section>
  )
}
