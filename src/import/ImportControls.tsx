import { useRef } from 'react'
import type { Messages } from '../i18n/messages.ts'
import { useMessages } from '../store/use-messages.ts'
import type { ImportProgress } from './use-import.ts'
import './import.css'

export interface ImportControlsProps {
  onFiles: (files: File[]) => void
  progress: ImportProgress | null
}

const describe = (t: Messages, p: ImportProgress): string => t.imports.reading(p.fileName, p.fileIndex, p.fileCount, p.page, p.pages)

/** What the file picker offers: every type the readers take (src/ingest/document-kind.ts), by extension and MIME type. */
const ACCEPTED_FILES = [
  '.txt', '.pdf', '.xlsx', '.xls', '.docx', '.html', '.htm', '.json', '.csv',
  'text/plain', 'application/pdf', 'application/json', 'text/csv', 'text/html',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',')

/** A real file picker for several files at once; the page also takes files dropped anywhere on it. */
export function ImportControls({ onFiles, progress }: ImportControlsProps) {
  const input = useRef<HTMLInputElement>(null)
  const t = useMessages()
  return (
    <div className="import-controls">
      <label className="import-button">
        {t.imports.button}
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])]
            if (input.current !== null) input.current.value = ''
            if (files.length > 0) onFiles(files)
          }}
        />
      </label>
      <span className="muted import-hint">{t.imports.hint}</span>
      <p role="status" className="import-progress">
        {progress === null ? '' : describe(t, progress)}
        {progress?.pages != null && progress.page !== null && <progress max={progress.pages} value={progress.page} />}
      </p>
    </div>
  )
}
