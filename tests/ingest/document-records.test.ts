import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractPdfInNode } from '../../src/cli/pdf-node.ts'
import type { Project } from '../../src/domain/types.ts'
import { type DocumentRecords, documentRecords } from '../../src/ingest/document-records.ts'
import { readTableDocument } from '../../src/ingest/read-table-document.ts'
import { bundled } from '../support/bundled.ts'

const FIXTURES = join(import.meta.dirname, '../fixtures')
const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, path)))
const withoutSource = (projects: readonly Project[]): Omit<Project, 'source'>[] => projects.map(({ source: _source, ...rest }) => rest)

async function read(path: string): Promise<DocumentRecords> {
  if (path.endsWith('.pdf')) {
    const pdf = await extractPdfInNode(bytesOf(path))
    if (!pdf.ok) throw new Error(pdf.detail)
    return documentRecords(pdf.document, path, { text: pdf.text, pageOfLine: pdf.pageOfLine })
  }
  const kind = path.slice(path.lastIndexOf('.') + 1) as 'html' | 'docx' | 'xlsx' | 'xls'
  const document = await readTableDocument(kind, bytesOf(path))
  if (!document.ok) throw new Error(document.detail)
  return documentRecords(document.document, path)
}

/** tests/fixtures/make-report-tables.ts and make-bordered-pdf.ts: the bundled report laid out as bordered tables. */
describe.each([
  'tables/report/report.html',
  'tables/report/report.docx',
  'tables/report/report.xlsx',
  'tables/report/report.xls',
  'shanghai-2018-bordered.pdf',
])('documentRecords: the 2018 report as tables in %s', (path) => {
  it('gives exactly the text file’s 8 records, title, department and year, without a note', async () => {
    const { result, sourceTables } = await read(path)
    expect(withoutSource(result.dataset.projects)).toEqual(withoutSource(bundled.dataset.projects))
    expect({ ...result.dataset, projects: [], sourceName: '' }).toEqual({ ...bundled.dataset, projects: [], sourceName: '' })
    expect(result.diagnostics).toEqual([])
    // Result reports are read from their text: 查看原文 shows the lines, so no table is kept.
    expect(sourceTables).toEqual([])
  })
})

describe('documentRecords: a PDF without rules', () => {
  it('reads its text as before tables were read, each record with its page', async () => {
    const { result, sourceText } = await read('shanghai-2018-table.pdf')
    expect(withoutSource(result.dataset.projects)).toEqual(withoutSource(bundled.dataset.projects))
    expect(result.dataset.projects.map((p) => p.source.page)).toEqual([1, 1, 2, 3, 3, 4, 5, 6])
    expect(sourceText.startsWith('中国共产党上海市委员会组织部2018年度财政支出')).toBe(true)
  })
})
