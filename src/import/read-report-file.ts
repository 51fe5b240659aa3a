import type { CellTable, TableDocument, TableReadFailureReason } from '../domain/cell-table.ts'
import { contentHash, type DatasetRecord, type SourceKind } from '../domain/dataset-record.ts'
import { formatBytes } from '../domain/format.ts'
import type { ParseResult } from '../domain/types.ts'
import { decodeText } from '../ingest/decode-text.ts'
import { fromCsv } from '../ingest/from-csv.ts'
import { fromJson } from '../ingest/from-json.ts'
import { documentKind } from '../ingest/document-kind.ts'
import { type DocumentRecords, documentRecords } from '../ingest/document-records.ts'
import { parseReport } from '../ingest/parse-report.ts'
import { readTableDocument } from '../ingest/read-table-document.ts'
import { type Localized, localized } from '../i18n/catalogue.ts'
import { diagnosticLine } from '../i18n/diagnostic-text.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Messages } from '../i18n/messages.ts'

export const MAX_FILE_BYTES = 100 * 1024 * 1024

/** What the importer needs of a file: a browser File fits, and so does a test double. */
export interface ReportFile {
  name: string
  size: number
  arrayBuffer: () => Promise<ArrayBuffer>
}

export type PdfTextResult =
  | { ok: true; text: string; pageOfLine: number[]; pages: number; document?: TableDocument }
  | { ok: false; reason: 'not-a-pdf' | 'no-text-layer' | 'encrypted' | 'failed'; detail: string }

export interface ReadDependencies {
  extractPdf: (bytes: Uint8Array, onProgress?: (page: number, pages: number) => void) => Promise<PdfTextResult>
  now: () => Date
}

/** A failure says in one sentence, naming the file, why it was not imported: in every interface language. */
export type FileOutcome = { ok: true; records: DatasetRecord[] } | { ok: false; message: Localized }

const PDF_MAGIC = '%PDF-'

/** Text with NULs or mostly control characters and replacement marks is a binary file, not a report. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const sample = text.slice(0, 4096)
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) odd++
  }
  return sample.length > 0 && odd / sample.length > 0.05
}

const fail = (say: (t: Messages, locale: Locale) => string): FileOutcome => ({ ok: false, message: localized(say) })

/**
 * Reads one file the user gave into datasets, or says in one sentence, naming the file, why not.
 * A file over the size limit is refused before a byte of it is read.
 */
export async function readReportFile(
  file: ReportFile,
  deps: ReadDependencies,
  onProgress?: (page: number, pages: number) => void,
): Promise<FileOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return fail((t) => t.imports.tooLarge(file.name, formatBytes(file.size), formatBytes(MAX_FILE_BYTES)))
  }
  if (file.size === 0) return fail((t) => t.imports.empty(file.name))
  const bytes = new Uint8Array(await file.arrayBuffer())
  const detected = documentKind(file.name, bytes)
  if (!detected.ok) {
    const { reason, detail } = detected
    return fail((t) => REFUSALS[reason](t)(file.name, detail))
  }
  const kind = detected.kind
  const importedAt = deps.now().toISOString()
  const record = (result: ParseResult, sourceText: string, as: SourceKind, sourceTables: CellTable[] = []): DatasetRecord => ({
    id: `${as}-${contentHash(`${file.name}\n${sourceText || JSON.stringify(result.dataset)}`)}`,
    meta: { origin: 'imported', fileName: file.name, kind: as, importedAt },
    dataset: { ...result.dataset, sourceName: file.name },
    diagnostics: result.diagnostics,
    sourceText,
    ...(sourceTables.length > 0 ? { sourceTables } : {}),
  })
  const fromDocument = (read: DocumentRecords, as: SourceKind): FileOutcome =>
    read.result.dataset.projects.length === 0
      ? fail((t) => t.imports.noBlocks(file.name))
      : { ok: true, records: [record(read.result, read.sourceText, as, read.sourceTables)] }

  if (kind === 'pdf') {
    if (String.fromCharCode(...bytes.subarray(0, 5)) !== PDF_MAGIC) return fail((t) => t.imports.notPdf(file.name))
    const pdf = await deps.extractPdf(bytes, onProgress)
    if (!pdf.ok) {
      const reason = pdf.reason
      return fail((t) => PDF_FAILURES[reason](t)(file.name))
    }
    const document = pdf.document ?? { parts: [] }
    return fromDocument(documentRecords(document, file.name, { text: pdf.text, pageOfLine: pdf.pageOfLine }), 'pdf')
  }
  if (kind === 'xlsx' || kind === 'xls' || kind === 'docx' || kind === 'html') {
    const read = await readTableDocument(kind, bytes)
    if (!read.ok) {
      const { reason, detail } = read
      return fail((t) => REFUSALS[reason](t)(file.name, detail))
    }
    return fromDocument(documentRecords(read.document, file.name), kind)
  }

  const { text } = decodeText(bytes)
  if (text.trim() === '') return fail((t) => t.imports.noText(file.name))
  if (looksBinary(text)) return fail((t) => t.imports.binary(file.name))
  if (kind === 'json') {
    const json = fromJson(text)
    // The reader's message names the place in the file (datasets[0].projects[3].amountWan) and what it should hold.
    if (!json.ok) return fail((t) => t.imports.badJson(file.name, json.message))
    if (json.results.every((r) => r.dataset.projects.length === 0)) return fail((t) => t.imports.jsonNoProjects(file.name))
    return { ok: true, records: json.results.map((r) => record(r, '', 'json')) }
  }
  if (kind === 'csv') {
    const csv = fromCsv(text)
    if (csv.datasets.length === 0) {
      const why = csv.diagnostics.find((d) => d.level === 'error')
      return fail((t, locale) => t.imports.badCsv(file.name, why === undefined ? t.imports.csvNoProjects : diagnosticLine(why, locale)))
    }
    return { ok: true, records: csv.datasets.map((dataset) => record({ dataset, diagnostics: csv.diagnostics }, '', 'csv')) }
  }
  const result = parseReport(text, { sourceName: file.name })
  if (result.dataset.projects.length === 0) return fail((t) => t.imports.noBlocks(file.name))
  return { ok: true, records: [record(result, text, 'txt')] }
}

const REFUSALS: Record<TableReadFailureReason | 'unsupported', (t: Messages) => (fileName: string, detail: string) => string> = {
  unsupported: (t) => t.imports.unsupported,
  encrypted: (t) => t.imports.documentEncrypted,
  'macro-enabled': (t) => t.imports.macroEnabled,
  'too-large': (t) => t.imports.documentTooLarge,
  damaged: (t) => t.imports.documentDamaged,
  'word-97': (t) => t.imports.word97,
  'not-a-document': (t) => t.imports.notADocument,
}

const PDF_FAILURES: Record<Exclude<PdfTextResult, { ok: true }>['reason'], (t: Messages) => (fileName: string) => string> = {
  'not-a-pdf': (t) => t.imports.notPdf,
  'no-text-layer': (t) => t.imports.noTextLayer,
  encrypted: (t) => t.imports.encrypted,
  failed: (t) => t.imports.pdfFailed,
}
