import type { ProjectRow } from '../domain/project-row.ts'
import { messagesFor } from '../i18n/catalogue.ts'
import type { Locale } from '../i18n/locale.ts'
import { downloadFile } from '../ui/download.ts'
import type { ExportLinks, ExportSource } from './table-export.ts'
import '../ui/ui.css'
import './export.css'

/** The formatters (papaparse) load on the first export, not with the page. */
const formatters = () => import('./table-export.ts')
/** The workbook writer (exceljs, about 250 KB gzip) loads on the first Excel export only. */
const workbook = () => import('./xlsx-export.ts')

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface ExportButtonsProps {
  rows: readonly ProjectRow[]
  sources: readonly ExportSource[]
  /** The series, flags and link decisions the files carry beside the records. */
  links: ExportLinks
  /** Names the files, e.g. the dataset's department and year. */
  baseName: string
  /**
   * The interface language: of the buttons, of the CSV's header and of the workbook's headers and
   * labels. The CSV's cells and the JSON are the CLI's formats whatever it is.
   */
  locale: Locale
}

const stamp = (): string => new Date().toISOString().slice(0, 10)
const safe = (name: string): string => name.replace(/[\\/:*?"<>|\s]+/g, '-')

/** The current table, filters and sort applied, as CSV or JSON that jixiao and the CLI read back, or as an Excel workbook. */
export function ExportButtons({ rows, sources, links, baseName, locale }: ExportButtonsProps) {
  const messages = messagesFor(locale)
  const t = messages.exports
  const file = `jixiao-${safe(baseName)}-${stamp()}`
  return (
    <div className="export-buttons" role="group" aria-label={t.group}>
      <button
        type="button"
        className="secondary-button"
        disabled={rows.length === 0}
        onClick={async () => {
          const { tableCsv } = await formatters()
          downloadFile(`${file}.csv`, new Blob([tableCsv(rows, sources, links, locale)], { type: 'text/csv;charset=utf-8' }))
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
      <button
        type="button"
        className="secondary-button"
        disabled={rows.length === 0}
        onClick={async () => {
          const { buildXlsx } = await workbook()
          const bytes = await buildXlsx({ rows, sources, flagsOf: links.flagsOf, series: links.series, t: messages })
          downloadFile(`${file}.xlsx`, new Blob([bytes], { type: XLSX_TYPE }))
        }}
      >
        {messages.xlsx.button}
      </button>
      <span className="muted">{t.note(rows.length)}</span>
    </div>
  )
}
