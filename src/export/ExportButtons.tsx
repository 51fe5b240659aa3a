import type { ProjectRow } from '../domain/project-row.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import { downloadFile } from '../ui/download.ts'
import type { ExportLinks, ExportSource } from './table-export.ts'
import '../ui/ui.css'
import './export.css'

/** The formatters (papaparse) load on the first export, not with the page. */
const formatters = () => import('./table-export.ts')

export interface ExportButtonsProps {
  rows: readonly ProjectRow[]
  sources: readonly ExportSource[]
  /** The series, flags and link decisions the files carry beside the records. */
  links: ExportLinks
  /** Names the files, e.g. the dataset's department and year. */
  baseName: string
  /** The interface language of the buttons; the files are the CLI's formats whatever it is. */
  locale: Locale
}

const stamp = (): string => new Date().toISOString().slice(0, 10)
const safe = (name: string): string => name.replace(/[\\/:*?"<>|\s]+/g, '-')

/** The current table, filters and sort applied, as CSV or as JSON that jixiao and the CLI read back. */
export function ExportButtons({ rows, sources, links, baseName, locale }: ExportButtonsProps) {
  const t = messagesFor(locale).exports
  const file = `jixiao-${safe(baseName)}-${stamp()}`
  return (
    <div className="export-buttons" role="group" aria-label={t.group}>
      <button
        type="button"
        className="secondary-button"
        disabled={rows.length === 0}
        onClick={async () => {
          const { tableCsv } = await formatters()
          downloadFile(`${file}.csv`, new Blob([tableCsv(rows, sources, links)], { type: 'text/csv;charset=utf-8' }))
        }}
      >
        {t.csv}
      </button>
      <button
        type="button"
        className="secondary-button"
        disabled={rows.length === 0}
        onClick={async () => {
          const { tableJson } = await formatters()
          downloadFile(`${file}.json`, new Blob([tableJson(rows, sources, links)], { type: 'application/json' }))
        }}
      >
        {t.json}
      </button>
      <span className="muted">{t.note(rows.length)}</span>
    </div>
  )
}
