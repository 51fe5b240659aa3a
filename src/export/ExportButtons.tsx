import type { ProjectRow } from '../domain/project-row.ts'
import { downloadFile } from '../ui/download.ts'
import type { ExportSource } from './table-export.ts'

/** The formatters (papaparse) load on the first export, not with the page. */
const formatters = () => import('./table-export.ts')

export interface ExportButtonsProps {
  rows: readonly ProjectRow[]
  sources: readonly ExportSource[]
  /** Names the files, e.g. the dataset's department and year. */
  baseName: string
}

const stamp = (): string => new Date().toISOString().slice(0, 10)
const safe = (name: string): string => name.replace(/[\\/:*?"<>|\s]+/g, '-')

/** The current table, filters and sort applied, as CSV or as JSON that jixiao and the CLI read back. */
export function ExportButtons({ rows, sources, baseName }: ExportButtonsProps) {
  const file = `jixiao-${safe(baseName)}-${stamp()}`
  return (
    <div className="export-buttons" role="group" aria-label="导出当前表格">
      <button
        type="button"
        disabled={rows.length === 0}
        onClick={async () => {
          const { tableCsv } = await formatters()
          downloadFile(`${file}.csv`, new Blob([tableCsv(rows, sources)], { type: 'text/csv;charset=utf-8' }))
        }}
      >
        导出 CSV
      </button>
      <button
        type="button"
        disabled={rows.length === 0}
        onClick={async () => {
          const { tableJson } = await formatters()
          downloadFile(`${file}.json`, new Blob([tableJson(rows, sources)], { type: 'application/json' }))
        }}
      >
        导出 JSON
      </button>
      <span className="muted">（{rows.length} 个项目，按当前筛选与排序）</span>
    </div>
  )
}
