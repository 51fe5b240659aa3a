import { useRef } from 'react'
import type { ImportProgress } from './use-import.ts'
import './import.css'

export interface ImportControlsProps {
  onFiles: (files: File[]) => void
  progress: ImportProgress | null
}

function describe(p: ImportProgress): string {
  const file = p.fileCount > 1 ? `第 ${p.fileIndex + 1}/${p.fileCount} 个文件 ` : ''
  const page = p.page !== null && p.pages !== null ? `，第 ${p.page}/${p.pages} 页` : ''
  return `正在读取 ${file}${p.fileName}${page}…`
}

/** A real file picker for several files at once; the page also takes files dropped anywhere on it. */
export function ImportControls({ onFiles, progress }: ImportControlsProps) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <div className="import-controls">
      <label className="import-button">
        导入报告…
        <input
          ref={input}
          type="file"
          multiple
          accept=".txt,.pdf,.json,.csv,text/plain,application/pdf,application/json,text/csv"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])]
            if (input.current !== null) input.current.value = ''
            if (files.length > 0) onFiles(files)
          }}
        />
      </label>
      <span className="muted import-hint">.txt / .pdf / .json / .csv，可多选，也可拖放到页面上；文件只在本机浏览器中处理，不会上传。</span>
      <p role="status" className="import-progress">
        {progress === null ? '' : describe(progress)}
        {progress?.pages != null && progress.page !== null && <progress max={progress.pages} value={progress.page} />}
      </p>
    </div>
  )
}
