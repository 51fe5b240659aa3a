import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseReport } from '../ingest/parse-report.ts'
import { BUNDLED_REPORT_FILE, withBootScreen } from './boot-screen.ts'

/** index.html with the boot screen of the bundled report in `dataDir` (run by vite.config.ts, in Node). */
export function indexWithBootScreen(html: string, dataDir: string): string {
  const { dataset } = parseReport(readFileSync(join(dataDir, BUNDLED_REPORT_FILE), 'utf8'), { sourceName: BUNDLED_REPORT_FILE })
  return withBootScreen(html, dataset.title)
}
