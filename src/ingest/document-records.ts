import type { CellTable, TableDocument } from '../domain/cell-table.ts'
import type { ParseResult } from '../domain/types.ts'
import { recogniseForms } from './forms/recognise-forms.ts'
import { parseReport } from './parse-report.ts'

export interface DocumentRecords {
  result: ParseResult
  /** The text the records' source lines point into. */
  sourceText: string
  /** The tables the forms were read from, kept for 查看原文; empty when the records come from text. */
  sourceTables: CellTable[]
}

/**
 * The records of a document read into paragraphs and tables (a workbook, a Word file, a web page, a
 * PDF): its self-evaluation forms when it holds any, else the 绩效评价结果 report its text holds,
 * with each record's page. `plainText` is a PDF's text as lines (with their pages): a PDF without
 * ruled tables reads from it exactly as before tables were read.
 */
export function documentRecords(
  document: TableDocument,
  sourceName: string,
  plainText?: { text: string; pageOfLine: readonly number[] },
): DocumentRecords {
  const sourceTables = document.parts.flatMap((part) => (part.kind === 'table' ? [part.table] : []))
  const forms = recogniseForms(document, sourceName)
  if (forms.dataset.projects.length > 0) {
    return { result: { dataset: forms.dataset, diagnostics: forms.diagnostics }, sourceText: forms.text, sourceTables }
  }
  const useLines = plainText !== undefined && sourceTables.length === 0
  const text = useLines ? plainText.text : forms.text
  const pageOf = (line: number): number | null => (useLines ? (plainText.pageOfLine[line - 1] ?? null) : (forms.pageOfLine[line - 1] ?? null))
  const result = parseReport(text, { sourceName })
  const projects = result.dataset.projects.map((project) => {
    const page = pageOf(project.source.startLine)
    return page === null ? project : { ...project, source: { ...project.source, page } }
  })
  return { result: { ...result, dataset: { ...result.dataset, projects } }, sourceText: text, sourceTables: [] }
}
