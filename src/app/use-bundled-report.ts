import { useEffect } from 'react'
import { BUNDLED_REPORT_FILE } from '../boot/boot-screen.ts'
import { localized } from '../i18n/catalogue.ts'
import { parseReport } from '../ingest/parse-report.ts'
import { useAppStore } from '../store/app-store.ts'
import { nextTask } from '../ui/when-idle.ts'

const BUNDLED_ID = 'bundled'
const BUNDLED_SOURCE = BUNDLED_REPORT_FILE
const BUNDLED_URL = `${import.meta.env.BASE_URL}data/${BUNDLED_SOURCE}`

/** Fetches the bundled report and parses it with the same parser users run on their own files. */
export function useBundledReport(): void {
  useEffect(() => {
    const controller = new AbortController()
    const { addDatasets, setLoadError } = useAppStore.getState()
    fetch(BUNDLED_URL, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim())
        const sourceText = await response.text()
        // Parsing and the first render are separate tasks, so neither holds the page for long.
        const { dataset, diagnostics } = parseReport(sourceText, { sourceName: BUNDLED_SOURCE })
        await nextTask()
        if (controller.signal.aborted) return
        const meta = { origin: 'bundled', fileName: BUNDLED_SOURCE, kind: 'txt', importedAt: null } as const
        addDatasets([{ id: BUNDLED_ID, meta, dataset, diagnostics, sourceText }])
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        const reason = error instanceof Error ? error.message : String(error)
        setLoadError(localized((t) => t.page.loadError(BUNDLED_SOURCE, reason)))
      })
    return () => controller.abort()
  }, [])
}
