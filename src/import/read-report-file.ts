import { contentHash, type DatasetRecord, type SourceKind } from '../domain/dataset-record.ts'
import { formatBytes } from '../domain/format.ts'
import type { ParseResult } from '../domain/types.ts'
import { decodeText } from '../ingest/decode-text.ts'
import { fromCsv } from '../ingest/from-csv.ts'
import { fromJson } from '../ingest/from-json.ts'
import { parseReport } from '../ingest/parse-report.ts'

export const MAX_FILE_BYTES = 100 * 1024 * 1024

/** What the importer needs of a file: a browser File fits, and so does a test double. */
export interface ReportFile {
  name: string
  size: number
  arrayBuffer: () => Promise<ArrayBuffer>
}

export type PdfTextResult =
  | { ok: true; text: string; pageOfLine: number[]; pages: number }
  | { ok: false; reason: 'not-a-pdf' | 'no-text-layer' | 'encrypted' | 'failed'; detail: string }

export interface ReadDependencies {
  extractPdf: (bytes: Uint8Array, onProgress?: (page: number, pages: number) => void) => Promise<PdfTextResult>
  now: () => Date
}

export type FileOutcome = { ok: true; records: DatasetRecord[] } | { ok: false; message: string }

const PDF_MAGIC = '%PDF-'

function kindOf(name: string, bytes: Uint8Array): SourceKind | 'unknown' {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1]
  if (extension === 'pdf' || extension === 'json' || extension === 'csv' || extension === 'txt') return extension
  if (String.fromCharCode(...bytes.subarray(0, 5)) === PDF_MAGIC) return 'pdf'
  return extension === undefined ? 'txt' : 'unknown'
}

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

const fail = (name: string, what: string): FileOutcome => ({ ok: false, message: `${name}：${what}` })

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
    return fail(file.name, `文件大小为 ${formatBytes(file.size)}，超过 ${formatBytes(MAX_FILE_BYTES)} 的上限，未导入。`)
  }
  if (file.size === 0) return fail(file.name, '文件是空的，未导入。')
  const bytes = new Uint8Array(await file.arrayBuffer())
  const kind = kindOf(file.name, bytes)
  const importedAt = deps.now().toISOString()
  const record = (result: ParseResult, sourceText: string, as: SourceKind): DatasetRecord => ({
    id: `${as}-${contentHash(`${file.name}\n${sourceText || JSON.stringify(result.dataset)}`)}`,
    meta: { origin: 'imported', fileName: file.name, kind: as, importedAt },
    dataset: { ...result.dataset, sourceName: file.name },
    diagnostics: result.diagnostics,
    sourceText,
  })

  if (kind === 'unknown') return fail(file.name, '不支持的文件类型：请导入 .txt、.pdf、.json 或 .csv 文件。')
  if (kind === 'pdf') {
    if (String.fromCharCode(...bytes.subarray(0, 5)) !== PDF_MAGIC) return fail(file.name, PDF_FAILURES['not-a-pdf'])
    const pdf = await deps.extractPdf(bytes, onProgress)
    if (!pdf.ok) return fail(file.name, PDF_FAILURES[pdf.reason])
    const result = parseReport(pdf.text, { sourceName: file.name })
    if (result.dataset.projects.length === 0) return fail(file.name, NO_BLOCK)
    const projects = result.dataset.projects.map((p) => ({
      ...p,
      source: { ...p.source, page: pdf.pageOfLine[p.source.startLine - 1] ?? 1 },
    }))
    return { ok: true, records: [record({ ...result, dataset: { ...result.dataset, projects } }, pdf.text, 'pdf')] }
  }

  const { text } = decodeText(bytes)
  if (text.trim() === '') return fail(file.name, '文件里没有文字，未导入。')
  if (looksBinary(text)) return fail(file.name, '这不是文本文件（含有二进制内容），未导入。')
  if (kind === 'json') {
    const json = fromJson(text)
    if (!json.ok) return fail(file.name, `JSON 内容不符合 jixiao 的格式：${json.message}`)
    if (json.results.every((r) => r.dataset.projects.length === 0)) return fail(file.name, 'JSON 中没有任何项目，未导入。')
    return { ok: true, records: json.results.map((r) => record(r, '', 'json')) }
  }
  if (kind === 'csv') {
    const csv = fromCsv(text)
    if (csv.datasets.length === 0) {
      const why = csv.diagnostics.find((d) => d.level === 'error')?.message ?? '没有任何项目。'
      return fail(file.name, `CSV 无法导入：${why}`)
    }
    return { ok: true, records: csv.datasets.map((dataset) => record({ dataset, diagnostics: csv.diagnostics }, '', 'csv')) }
  }
  const result = parseReport(text, { sourceName: file.name })
  if (result.dataset.projects.length === 0) return fail(file.name, NO_BLOCK)
  return { ok: true, records: [record(result, text, 'txt')] }
}

const NO_BLOCK = '没有找到可识别的绩效评价结果信息表（项目名称、决算金额、评价分值……），未导入。'

const PDF_FAILURES: Record<Exclude<PdfTextResult, { ok: true }>['reason'], string> = {
  'not-a-pdf': '这不是有效的 PDF 文件，未导入。',
  'no-text-layer': '这个 PDF 没有文字层（可能是扫描件），无法读取文字。请先做文字识别（OCR）再导入。',
  encrypted: '这个 PDF 有密码保护，无法读取。',
  failed: '读取 PDF 时出错，未导入。',
}
