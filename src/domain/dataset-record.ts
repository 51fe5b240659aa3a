import type { CellTable } from './cell-table.ts'
import type { Dataset, Diagnostic } from './types.ts'

export const SOURCE_KINDS = ['txt', 'pdf', 'json', 'csv', 'xlsx', 'xls', 'docx', 'html'] as const

export type SourceKind = (typeof SOURCE_KINDS)[number]

/** Where a dataset came from: what the switcher lists and what a citation names. */
export interface DatasetMeta {
  origin: 'bundled' | 'imported'
  fileName: string
  kind: SourceKind
  /** ISO time of the import; null for the bundled report. */
  importedAt: string | null
}

/** A dataset as it is kept: the records, the diagnostics, and the text they were read from. */
export interface DatasetRecord {
  id: string
  meta: DatasetMeta
  dataset: Dataset
  diagnostics: Diagnostic[]
  /** The report text the records came from (extracted text for a PDF; '' for JSON or CSV). */
  sourceText: string
  /**
   * The tables the records were read from (a workbook, a Word file, a web page, a ruled PDF): what
   * 查看原文 shows for a record whose source names a table. Absent for text, JSON and CSV.
   */
  sourceTables?: CellTable[]
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable id for the same file imported twice. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/** The label a user sees for a dataset: department and year when known, else the file name. */
export function datasetLabel(record: Pick<DatasetRecord, 'dataset' | 'meta'>): string {
  const { department, year } = record.dataset
  if (department !== null && year !== null) return `${department} ${year}`
  if (department !== null) return department
  return record.meta.fileName
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** An import time as a label shows it, in local time: "2024-05-01 14:03:07". */
function importTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

type Labelled = Pick<DatasetRecord, 'dataset' | 'meta'>

const shared = (labels: readonly string[], label: string): boolean => labels.indexOf(label) !== labels.lastIndexOf(label)

/** Ways to tell apart datasets whose labels are equal, tried in turn: the file name, then the import time. */
const DISTINGUISHERS: readonly ((record: Labelled, label: string) => string)[] = [
  (record, label) => (label === record.meta.fileName ? label : `${label} · ${record.meta.fileName}`),
  (record, label) => (record.meta.importedAt === null ? label : `${label} · ${importTime(record.meta.importedAt)}`),
]

/**
 * The labels of a list of datasets, in its order, no two alike: datasetLabel, and where two share
 * it (a report's .txt, its PDF, a copy) the file name after it, then the import time where even
 * that is shared; datasets alike in all three are numbered in list order. `fileNameShown`: the
 * place shows each file name beside the label already (the switcher), so it is not repeated.
 */
export function datasetLabels(records: readonly Labelled[], { fileNameShown = false }: { fileNameShown?: boolean } = {}): string[] {
  let labels = records.map(datasetLabel)
  for (const distinguish of DISTINGUISHERS) {
    const before = labels
    labels = before.map((label, i) => (shared(before, label) ? distinguish(records[i]!, label) : label))
  }
  const seen = new Map<string, number>()
  const distinct = labels.map((label) => {
    if (!shared(labels, label)) return label
    const n = (seen.get(label) ?? 0) + 1
    seen.set(label, n)
    return `${label} (${n})`
  })
  return fileNameShown ? distinct.map((label, i) => label.replace(` · ${records[i]!.meta.fileName}`, '')) : distinct
}
