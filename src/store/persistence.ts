import { createStore, del, entries, set, type UseStore } from 'idb-keyval'
import type { CellTable } from '../domain/cell-table.ts'
import { type DatasetMeta, type DatasetRecord, SOURCE_KINDS } from '../domain/dataset-record.ts'
import type { LinkDecision } from '../domain/series.ts'
import { type Localized, localized } from '../i18n/catalogue.ts'
import type { fromJson as FromJson } from '../ingest/from-json.ts'
import { toJson } from '../ingest/to-json.ts'

/**
 * Imported datasets live in IndexedDB, one entry per dataset: its meta, its source text, the
 * tables it was read from (a workbook, a Word file, a web page, a ruled PDF) and its records in
 * the CLI's JSON format, so reading them back goes through the same validation as an imported JSON
 * file and a corrupt entry is skipped, never trusted.
 */
interface StoredDataset {
  version: 1
  id: string
  meta: DatasetMeta
  sourceText: string
  json: string
  /** What 查看原文 shows for a record read from a table; absent for text, JSON and CSV. */
  sourceTables?: CellTable[]
}

const ACTIVE_KEY = 'active-dataset'
/** The user's series decisions (confirm, break, make a link), one list for all datasets. */
const LINKS_KEY = 'link-decisions'
let database: UseStore | null = null
const datasetsStore = (): UseStore => (database ??= createStore('jixiao', 'datasets'))
const DATASET_PREFIX = 'dataset:'

export interface StoredLoad {
  records: DatasetRecord[]
  activeId: string | null
  /** One sentence per entry that could not be read. */
  problems: Localized[]
  linkDecisions: LinkDecision[]
}

const isLinkDecision = (value: unknown): value is LinkDecision => {
  const d = value as Partial<Record<'op' | 'row' | 'with', unknown>> | null
  if (typeof d !== 'object' || d === null || typeof d.row !== 'string') return false
  return d.op === 'detach' || (d.op === 'join' && typeof d.with === 'string')
}

/** The decisions as stored; an entry of the wrong shape is dropped alone, never the list. */
const readLinkDecisions = (value: unknown): LinkDecision[] =>
  Array.isArray(value) ? value.filter(isLinkDecision).map((d) => (d.op === 'join' ? { op: 'join', row: d.row, with: d.with } : { op: 'detach', row: d.row })) : []

function isMeta(value: unknown): value is DatasetMeta {
  const m = value as Partial<DatasetMeta> | null
  return (
    typeof m === 'object' && m !== null && m.origin === 'imported' && typeof m.fileName === 'string' &&
    (SOURCE_KINDS as readonly unknown[]).includes(m.kind) && typeof m.importedAt === 'string'
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
  const tables = Array.isArray(stored.sourceTables) && stored.sourceTables.length > 0 ? { sourceTables: stored.sourceTables } : {}
  return { id: stored.id, meta: stored.meta, dataset: result.dataset, diagnostics: result.diagnostics, sourceText: stored.sourceText, ...tables }
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
  let linkDecisions: LinkDecision[] = []
  for (const [key, value] of all) {
    if (key === ACTIVE_KEY) {
      activeId = typeof value === 'string' ? value : null
      continue
    }
    if (key === LINKS_KEY) {
      linkDecisions = readLinkDecisions(value)
      continue
    }
    if (fromJson === null || !String(key).startsWith(DATASET_PREFIX)) continue
    const read = readEntry(String(key), value, fromJson)
    if ('zh' in read) problems.push(read)
    else records.push(read)
  }
  records.sort((a, b) => (importedAt(a) < importedAt(b) ? -1 : importedAt(a) > importedAt(b) ? 1 : 0))
  return { records, activeId, problems, linkDecisions }
}

export async function saveDataset(record: DatasetRecord): Promise<void> {
  const stored: StoredDataset = {
    version: 1,
    id: record.id,
    meta: record.meta,
    sourceText: record.sourceText,
    json: toJson([{ dataset: record.dataset, diagnostics: record.diagnostics }], { compact: true }),
    ...(record.sourceTables === undefined ? {} : { sourceTables: record.sourceTables }),
  }
  await set(`${DATASET_PREFIX}${record.id}`, stored, datasetsStore())
}

export async function deleteStoredDataset(id: string): Promise<void> {
  await del(`${DATASET_PREFIX}${id}`, datasetsStore())
}

export async function saveActiveDataset(id: string): Promise<void> {
  await set(ACTIVE_KEY, id, datasetsStore())
}

export async function saveLinkDecisions(decisions: readonly LinkDecision[]): Promise<void> {
  await set(LINKS_KEY, [...decisions], datasetsStore())
}
