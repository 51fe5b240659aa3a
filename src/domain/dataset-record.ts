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
