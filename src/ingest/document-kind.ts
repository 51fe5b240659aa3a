import type { SourceKind } from '../domain/dataset-record.ts'
import type { TableReadFailureReason } from '../domain/cell-table.ts'
import { sniffDocument } from './tables/sniff.ts'

/** The file types whose readers give paragraphs and tables (src/ingest/tables/). */
export type TableSourceKind = 'xlsx' | 'xls' | 'docx' | 'html'

export type DocumentKind =
  | { ok: true; kind: SourceKind }
  | { ok: false; reason: TableReadFailureReason | 'unsupported'; detail: string }

const BY_EXTENSION: Readonly<Record<string, SourceKind>> = { pdf: 'pdf', json: 'json', csv: 'csv', txt: 'txt' }
const OFFICE_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xls', 'et', 'docx', 'docm', 'doc', 'wps', 'html', 'htm', 'shtml', 'xhtml'])

/**
 * How to read a file: by its extension for text, JSON, CSV and PDF, by its content for workbooks,
 * Word files and web pages, which are often not what their name says (an HTML table saved as
 * .xls, a .docx renamed .doc). A file without an extension is text unless it starts like a PDF.
 */
export function documentKind(fileName: string, bytes: Uint8Array): DocumentKind {
  const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1]
  const byName = extension === undefined ? undefined : BY_EXTENSION[extension]
  if (byName !== undefined) return { ok: true, kind: byName }
  const sniffed = sniffDocument(bytes)
  if (extension === undefined) return { ok: true, kind: sniffed === 'pdf' ? 'pdf' : 'txt' }
  if (!OFFICE_EXTENSIONS.has(extension)) {
    return sniffed === 'pdf' ? { ok: true, kind: 'pdf' } : { ok: false, reason: 'unsupported', detail: `.${extension}` }
  }
  switch (sniffed) {
    case 'xlsx':
    case 'docx':
    case 'xls':
    case 'pdf':
    case 'html':
      return { ok: true, kind: sniffed }
    case 'doc':
      return { ok: false, reason: 'word-97', detail: 'Word 97–2003 (.doc)' }
    case 'encrypted-office':
      return { ok: false, reason: 'encrypted', detail: '文件已加密' }
    case 'macro-enabled':
      return { ok: false, reason: 'macro-enabled', detail: '文件含宏' }
    case 'zip':
      return { ok: false, reason: 'damaged', detail: '是压缩包，但不是 Excel 或 Word 文件' }
    case 'text':
      return extension.startsWith('htm') || extension === 'shtml' || extension === 'xhtml'
        ? { ok: true, kind: 'html' }
        : { ok: false, reason: 'damaged', detail: `内容是纯文本，不是 .${extension} 文件` }
    case 'binary':
      return { ok: false, reason: 'damaged', detail: `内容不是可识别的 .${extension} 文件` }
  }
}
