import { DEFAULT_READ_LIMITS, type ReadLimits, type TableReadResult } from '../domain/cell-table.ts'
import type { TableSourceKind } from './document-kind.ts'

/**
 * Reads a workbook, Word file or web page into paragraphs and tables. Each reader is its own chunk,
 * loaded the first time such a file comes, in the page as in the CLI.
 */
export async function readTableDocument(
  kind: TableSourceKind,
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<TableReadResult> {
  switch (kind) {
    case 'xlsx':
      return (await import('./tables/read-xlsx.ts')).readXlsx(bytes, limits)
    case 'xls':
      return (await import('./tables/read-xls.ts')).readXls(bytes, limits)
    case 'docx':
      return (await import('./tables/read-docx.ts')).readDocx(bytes, limits)
    case 'html':
      return (await import('./tables/read-html.ts')).readHtml(bytes, limits)
  }
}
