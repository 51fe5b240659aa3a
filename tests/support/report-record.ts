import { readFileSync } from 'node:fs'
import { contentHash, type DatasetRecord } from '../../src/domain/dataset-record.ts'
import { parseReport } from '../../src/ingest/parse-report.ts'
import { createAppStore, type LoadedDataset } from '../../src/store/app-store.ts'

/** A report's text parsed into the record an import keeps; bundled when it has no import time. */
export const reportRecord = (id: string, fileName: string, text: string, importedAt: string | null): DatasetRecord => ({
  id,
  meta: { origin: importedAt === null ? 'bundled' : 'imported', fileName, kind: 'txt', importedAt },
  ...parseReport(text, { sourceName: fileName }),
  sourceText: text,
})

/** The bundled 2018 report and tests/fixtures/series/shanghai-2019.txt, loaded as the store loads an import. */
export function bundledAnd2019(): LoadedDataset[] {
  const bundledText = readFileSync('public/data/shanghai-organization-department-2018.txt', 'utf8')
  const text2019 = readFileSync('tests/fixtures/series/shanghai-2019.txt', 'utf8')
  const store = createAppStore()
  store.getState().addDatasets([
    reportRecord('bundled', 'shanghai-organization-department-2018.txt', bundledText, null),
    reportRecord(contentHash(text2019), 'shanghai-2019.txt', text2019, '2026-12-03T00:00:00Z'),
  ])
  return store.getState().datasets
}
