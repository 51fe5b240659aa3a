import { createStore, del, entries, set, type UseStore } from 'idb-keyval'
import type { DatasetMeta, DatasetRecord } from '../domain/dataset-record.ts'
import { type Localized, localized } from '../i18n/catalogue.ts'
import type { fromJson as FromJson } from '../ingest/from-json.ts'
import { toJson } from '../ingest/to-json.ts'

/**
 * Imported datasets live in IndexedDB, one entry per dataset: its meta, its source text and its
 * records in the CLI's JSON format, so reading them back goes through the same validation as an
 * imported JSON file and a corrupt entry is skipped, never trusted.
 */
interface StoredDataset {
  version: 1
  id: string
  meta: DatasetMeta
  sourceText: string
  json: string
}

const ACTIVE_KEY = 'active-dataset'
let database: UseStore | null = null
const datasetsStore = (): UseStore => (database ??= createStore('jixiao', 'datasets'))
const DATASET_PREFIX = 'dataset:'

export interface StoredLoad {
  records: DatasetRecord[]
  activeId: string | null
  /** One sentence per entry that could not be read. */
  problems: Localized[]
}

function isMeta(value: unknown): value is DatasetMeta {
  const m = value as Partial<DatasetMeta> | null
  return (
    typeof m === 'object' && m !== null && m.origin === 'imported' && typeof m.fileName === 'string' &&
    (m.kind === 'txt' || m.kind === 'pdf' || m.kind === 'json' || m.kind === 'csv') && typeof m.importedAt === 'string'
  )
}

function readEntry(key: string, value: unknown, fromJson: typeof FromJson): DatasetRecord | Localized {
  const stored = value as Partial<StoredDataset> | null
  if (typeof stored !== 'object' || stored === null || stored.version !== 1 || typeof stored.id !== 'string' ||
      typeof stored.json !== 'string' || typeof stored.sourceText !== 'string' || !isMeta(stored.meta)) {
    return localized((t) => t.storage.corruptEntry(key))
  }
  const parsed = fromJson(stored.json)
  const result = parsed.ok ? parsed.results[0] : undefined
  if (result === undefined) {
    const { fileName } = stored.meta
    return localized((t) => t.storage.corruptDataset(fileName, parsed.ok ? null : parsed.message))
  }
  return { id: stored.id, meta: stored.meta, dataset: result.dataset, diagnostics: result.diagnostics, sourceText: stored.sourceText }
}

// ISO timestamps order as plain strings; localeCompare would load a collator for nothing.
const importedAt = (r: DatasetRecord): string => r.meta.importedAt ?? ''

export async function loadStoredDatasets(): Promise<StoredLoad> {
  const all = await entries<string, unknown>(datasetsStore())
  // The JSON reader (with its schemas) is loaded only when there is something to read: most visits have nothing stored.
  const hasDatasets = all.some(([key]) => String(key).startsWith(DATASET_PREFIX))
  const fromJson = hasDatasets ? (await import('../ingest/from-json.ts')).fromJson : null
  const records: DatasetRecord[] = []
  const problems: Localized[] = []
  let activeId: string | null = null
  for (const [key, value] of all) {
    if (key === ACTIVE_KEY) {
      activeId = typeof value === 'string' ? value : null
      continue
    }
    if (fromJson === null || !String(key).startsWith(DATASET_PREFIX)) continue
    const read = readEntry(String(key), value, fromJson)
    if ('zh' in read) problems.push(read)
    else records.push(read)
  }
  records.sort((a, b) => (importedAt(a) < importedAt(b) ? -1 : importedAt(a) > importedAt(b) ? 1 : 0))
  return { records, activeId, problems }
}

export async function saveDataset(record: DatasetRecord): Promise<void> {
  const stored: StoredDataset = {
    version: 1,
    id: record.id,
    meta: record.meta,
    sourceText: record.sourceText,
    json: toJson([{ dataset: record.dataset, diagnostics: record.diagnostics }], { compact: true }),
  }
  await set(`${DATASET_PREFIX}${record.id}`, stored, datasetsStore())
}

export async function deleteStoredDataset(id: string): Promise<void> {
  await del(`${DATASET_PREFIX}${id}`, datasetsStore())
}

export async function saveActiveDataset(id: string): Promise<void> {
  await set(ACTIVE_KEY, id, datasetsStore())
}
