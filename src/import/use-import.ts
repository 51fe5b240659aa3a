import { useCallback, useRef, useState } from 'react'
import { formCounts, importLoss, lostAnything } from '../domain/import-summary.ts'
import { anyFilterOn } from '../domain/view.ts'
import { localized } from '../i18n/catalogue.ts'
import { useAppStore } from '../store/app-store.ts'
import { storageProblem } from '../store/storage-problem.ts'
import type { ReadDependencies } from './read-report-file.ts'
import { whenIdle } from '../ui/when-idle.ts'

export interface ImportProgress {
  fileName: string
  fileIndex: number
  fileCount: number
  page: number | null
  pages: number | null
}

/** Progress appears only for work that takes longer than this, so quick imports do not flicker. */
const PROGRESS_DELAY_MS = 500

const dependencies: ReadDependencies = {
  extractPdf: async (bytes, onProgress) => (await import('./pdf-text.ts')).extractPdfText(bytes, onProgress),
  now: () => new Date(),
}

/** Imports files one after another; each good file becomes a dataset at once, each bad one a message. */
export function useImport(): { importFiles: (files: readonly File[]) => Promise<void>; progress: ImportProgress | null } {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const latest = useRef<ImportProgress | null>(null)

  const importFiles = useCallback(async (files: readonly File[]) => {
    const { addDatasets, pushNotice } = useAppStore.getState()
    const timer = setTimeout(() => setProgress(latest.current), PROGRESS_DELAY_MS)
    const report = (next: ImportProgress) => {
      latest.current = next
      setProgress((shown) => (shown === null ? null : next))
    }
    try {
      // The readers (zod, papaparse, pdfjs) and IndexedDB load with the first import, not with the page.
      const [{ readReportFile }, { saveDataset }] = await Promise.all([
        import('./read-report-file.ts'),
        import('../store/persistence.ts'),
      ])
      for (const [fileIndex, file] of files.entries()) {
        report({ fileName: file.name, fileIndex, fileCount: files.length, page: null, pages: null })
        const outcome = await readReportFile(file, dependencies, (page, pages) =>
          report({ fileName: file.name, fileIndex, fileCount: files.length, page, pages }),
        ).catch((error: unknown) => ({ ok: false as const, message: localized((t) => t.imports.readFailed(file.name, String(error))) }))
        if (!outcome.ok) {
          pushNotice('error', outcome.message)
          continue
        }
        // A filter left on (a grade chip, a range, a search…) must not hide the import: it opens unfiltered, and says so.
        const filtered = anyFilterOn(useAppStore.getState().filters)
        addDatasets(outcome.records, { activate: outcome.records.at(-1)?.id, clearFilters: true })
        if (filtered) pushNotice('info', localized((t) => t.imports.filtersCleared))
        // Serialising 10,000 projects for IndexedDB takes 100-400 ms: not before the table and charts show them.
        await whenIdle()
        for (const record of outcome.records) {
          // Removed (×) while waiting: saving it now would bring it back on the next visit.
          if (!useAppStore.getState().datasets.some((d) => d.id === record.id)) continue
          const count = record.dataset.projects.length
          const notes = record.diagnostics.length
          // Said once it is saved, so a reload after the message never loses the import.
          await saveDataset(record).catch((error: unknown) => pushNotice('error', storageProblem(error, () => file.name)))
          // A file that lost values must not read like a clean one.
          const loss = importLoss(record.dataset.projects, record.diagnostics)
          const forms = formCounts(record.dataset.projects)
          if (lostAnything(loss)) pushNotice('warning', localized((t) => t.imports.importedWithLoss(file.name, count, notes, loss, forms)))
          else pushNotice('info', localized((t) => t.imports.imported(file.name, count, notes, forms)))
        }
      }
    } finally {
      clearTimeout(timer)
      latest.current = null
      setProgress(null)
    }
  }, [])

  return { importFiles, progress }
}
